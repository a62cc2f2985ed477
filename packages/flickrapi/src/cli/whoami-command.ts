import { Command } from 'commander';

import { FlickrError } from '../errors.js';
import { createCliClient } from './client.js';
import type { CliContext } from './context.js';
import { examples } from './help.js';
import { accountName, loginCommandLine } from './login-hint.js';
import { describeUser } from './login-command.js';

/**
 * `flickr whoami`: asks Flickr (`flickr.auth.oauth.checkToken`) whether the cached token
 * still works, and prints whose it is and what it may do. A token Flickr rejects is removed
 * from the cache.
 */
export function whoamiCommand(context: CliContext): Command {
  return new Command('whoami')
    .description('check the cached token with Flickr and show whose it is')
    .option('--json', 'print the token\'s owner and permission as JSON')
    .addHelpText(
      'after',
      examples([
        ['flickr whoami', 'jamalfanaian (Jamal Fanaian, 21207597@N07) with write permission'],
        ['flickr whoami --json | jq -r .userNsid'],
      ]),
    )
    .action(async (options: { json?: boolean }) => {
      const { flickr, tokens } = createCliClient(context);
      const valid = await flickr.tokenValid('read');
      const token = flickr.token;
      if (!valid || token === undefined) {
        const settings = context.settings();
        const login = loginCommandLine(settings);
        const rejected = tokens?.removed[0];
        throw new FlickrError('oauth', rejected === undefined
          ? `not logged in (no valid token cached): run "${login}"`
          : `not logged in: the cached token for ${accountName(settings)} ` +
            `(${describeUser(rejected)}) was rejected by Flickr and removed; run "${login}"`);
      }

      context.output.addSecret(token.tokenSecret);
      if (options.json === true) {
        const { username, userNsid, fullname, perms } = token;
        context.output.json({ username, userNsid, fullname, perms });
      } else {
        context.output.line(`${describeUser(token)} with ${token.perms} permission`);
      }
    });
}
