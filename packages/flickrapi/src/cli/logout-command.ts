import { Command } from 'commander';

import { FlickrUsageError } from '../errors.js';
import { SqliteTokenCache } from '../tokens/sqlite-token-cache.js';
import type { CliContext } from './context.js';
import { examples } from './help.js';
import { describeUser } from './login-command.js';
import { tokenCacheFile } from './options.js';

/**
 * `flickr logout`: forgets the account's token in the token cache. Flickr has no API to
 * revoke a token; the user does that on Flickr's "Apps you're using" page.
 */
export function logoutCommand(context: CliContext): Command {
  return new Command('logout')
    .description('remove the cached token of the account (see --username)')
    .addHelpText(
      'after',
      `
Only the cached copy is removed; to revoke the app's access altogether, remove it on
https://www.flickr.com/services/auth/list.gne
${examples([
  ['flickr logout', 'Logged out jamalfanaian: token removed from ~/.flickr/oauth-tokens.sqlite.'],
  ['flickr --username work logout'],
])}`,
    )
    .action(async () => {
      const settings = context.keyedSettings();
      if (!settings.storeToken) {
        throw new FlickrUsageError(
          'logout: there is no cached token to remove with --no-store-token',
        );
      }

      const location = tokenCacheFile(settings);
      const cache = new SqliteTokenCache({ location });
      context.onClose(() => cache.close());
      const token = await cache.get(settings.apiKey, settings.username);
      if (token === undefined) {
        const account = settings.username === '' ? '' : ` for account "${settings.username}"`;
        context.output.line(`Not logged in${account}: no token in ${location}.`);

        return;
      }

      await cache.delete(settings.apiKey, settings.username);
      context.output.line(`Logged out ${describeUser(token)}: token removed from ${location}.`);
    });
}
