import { Command, Option } from 'commander';

import { assertGrantable } from '../auth/authorize-url.js';
import { FlickrUsageError } from '../errors.js';
import type { OAuthToken } from '../tokens/token.js';
import { browserOpener, canOpenBrowser } from './browser-opener.js';
import { createCliClient } from './client.js';
import type { CliContext } from './context.js';
import { examples } from './help.js';
import { accountName } from './login-hint.js';
import { tokenCacheFile } from './options.js';

/** "jamalfanaian (Jamal Fanaian, 21207597@N07)": who a token belongs to. */
export function describeUser(token: OAuthToken): string {
  const details = [token.fullname, token.userNsid].filter((part) => part !== '').join(', ');

  return details === '' ? token.username : `${token.username} (${details})`;
}

interface LoginOptions {
  perms: string;
  console?: boolean;
  wait: string;
}

function parseWait(text: string): number {
  const minutes = Number(text);
  if (!Number.isFinite(minutes) || minutes <= 0) {
    throw new FlickrUsageError(`--wait "${text}": expected minutes, e.g. 5`);
  }

  return Math.round(minutes * 60_000);
}

/**
 * `flickr login`: makes sure a token with the asked permission is cached. A cached token that
 * Flickr confirms is kept and no flow runs; otherwise the browser flow (a callback server on
 * 127.0.0.1), or the out-of-band flow with `--console` or when no browser can be opened.
 */
export function loginCommand(context: CliContext): Command {
  return new Command('login')
    .description('authorize this app on Flickr and cache the token')
    .addOption(
      new Option('-p, --perms <perms>', 'permission to ask for')
        .choices(['read', 'write', 'delete'])
        .default('read'),
    )
    .option('-c, --console', 'type the code Flickr shows instead of using a browser here')
    .option('--wait <minutes>', 'how long to wait for the browser', '5')
    .addHelpText(
      'after',
      `
Without a browser on this machine (e.g. over SSH) the out-of-band flow is used: open the
address shown on any device, approve, and type the code Flickr shows (like 123-456-789).
$BROWSER, when set, is the browser used. The token is cached in ~/.flickr (see --token-cache).
${examples([
  ['flickr login --perms write', 'Logged in as jamalfanaian (Jamal Fanaian, 21207597@N07) ...'],
  ['flickr login --console --perms delete'],
  ['flickr --username work login    # a second account, kept apart from the default one'],
])}`,
    )
    .action(async (options: LoginOptions) => {
      const perms = options.perms;
      assertGrantable(perms, 'login --perms');
      const wait = parseWait(options.wait);
      const { output } = context;
      const { flickr, tokens } = createCliClient(context);

      if (await flickr.tokenValid(perms)) {
        const token = flickr.token;
        if (token !== undefined) {
          output.addSecret(token.tokenSecret);
          output.line(`Already logged in as ${describeUser(token)} with ${token.perms} ` +
            'permission (the cached token is valid).');

          return;
        }
      }

      const rejected = tokens?.removed[0];
      if (rejected !== undefined) {
        output.note(`The cached token for ${accountName(context.settings())} ` +
          `(${describeUser(rejected)}) was rejected by Flickr and removed; logging in again.`);
      }

      const env = output.io.env;
      const flowOutput = { write: (text: string) => output.prompt(text) };
      const token = options.console === true || !canOpenBrowser(env)
        ? await flickr.authenticateConsole({
          perms,
          input: output.io.stdin,
          output: flowOutput,
          // The command confirms on stdout below; the flow's own line would say it twice.
          confirm: false,
        })
        : await flickr.authenticateViaBrowser({
          perms,
          timeout: wait,
          openBrowser: browserOpener(env),
          output: flowOutput,
        });
      output.addSecret(token.tokenSecret);

      const settings = context.settings();
      output.line(`Logged in as ${describeUser(token)} with ${token.perms} permission.`);
      output.note(settings.storeToken
        ? `Token cached in ${tokenCacheFile(settings)}.`
        : 'Token not cached (--no-store-token): it was used for this run only.');
    });
}
