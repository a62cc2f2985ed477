import { Command } from 'commander';

import { FlickrUsageError } from '../errors.js';
import type { StoredToken } from '../tokens/token-store.js';
import { SqliteTokenCache } from '../tokens/sqlite-token-cache.js';
import type { CliContext } from './context.js';
import { examples } from './help.js';
import { tokenCacheFile } from './options.js';

/**
 * A token as `flickr tokens` shows it: who it belongs to and what it may do. The token
 * secret is never part of it, and the token itself only by its first characters, enough to
 * tell two apart.
 */
export interface TokenListing {
  readonly apiKey: string;
  readonly account: string;
  readonly username: string;
  readonly userNsid: string;
  readonly fullname: string;
  readonly perms: string;
  readonly token: string;
}

/** The first 8 characters of a token followed by `…`. */
export function tokenHint(token: string): string {
  return token.length <= 8 ? '…' : `${token.slice(0, 8)}…`;
}

function listing(stored: StoredToken): TokenListing {
  return {
    apiKey: stored.apiKey,
    account: stored.lookupKey,
    username: stored.token.username,
    userNsid: stored.token.userNsid,
    fullname: stored.token.fullname,
    perms: stored.token.perms,
    token: tokenHint(stored.token.token),
  };
}

function table(rows: readonly TokenListing[]): string[] {
  const header = ['API KEY', 'ACCOUNT', 'USERNAME', 'NSID', 'PERMS', 'TOKEN'];
  const cells = rows.map((row) => [
    row.apiKey,
    row.account === '' ? '(default)' : row.account,
    row.username,
    row.userNsid,
    row.perms,
    row.token,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => cell[column]?.length ?? 0)),
  );

  return [header, ...cells].map((cell) =>
    cell.map((text, column) => text.padEnd(widths[column] ?? 0)).join('  ').trimEnd(),
  );
}

/** `flickr tokens`: the tokens in the cache, without their secrets. */
export function tokensCommand(context: CliContext): Command {
  return new Command('tokens')
    .description('list the tokens in the token cache (their secrets are never shown)')
    .option('--json', 'one JSON object per token instead of a table')
    .option('--all-keys', 'include tokens of other API keys than the current one')
    .addHelpText(
      'after',
      examples([
        ['flickr tokens'],
        ['flickr tokens --json | jq -r .username'],
        ['flickr --token-cache ~/.config/flickr tokens --all-keys'],
      ]),
    )
    .action(async (options: { json?: boolean; allKeys?: boolean }) => {
      const settings = context.settings();
      if (options.allKeys !== true && settings.apiKey === undefined) {
        throw new FlickrUsageError(
          'no API key to list tokens for: pass --api-key, set FLICKR_API_KEY, or use --all-keys',
        );
      }

      const location = tokenCacheFile(settings);
      const cache = new SqliteTokenCache({ location });
      context.onClose(() => cache.close());
      const stored = await cache.list(options.allKeys === true ? undefined : settings.apiKey);
      const rows = stored.map(listing);

      if (options.json === true) {
        for (const row of rows) context.output.json(row);
      } else if (rows.length === 0) {
        context.output.note(`no tokens in ${location}`);
      } else {
        for (const line of table(rows)) context.output.line(line);
      }
    });
}
