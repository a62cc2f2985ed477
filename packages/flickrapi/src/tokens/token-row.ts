/**
 * A row of the token cache's `oauth_tokens` table and the token it stands for. Both ways of
 * reading the file (better-sqlite3, and the reader of the file format) map rows here, so
 * that they give the same token or the same error.
 */
import { TokenCacheError } from '../errors.js';
import { isPerms } from './token.js';
import type { OAuthToken } from './token.js';

/** The columns of `oauth_tokens`, as SQLite returns them by name. */
export interface TokenRow {
  readonly api_key: string;
  readonly lookup_key: string;
  readonly oauth_token: string;
  readonly oauth_token_secret: string;
  readonly access_level: string;
  readonly fullname: string;
  readonly username: string;
  readonly user_nsid: string;
}

/**
 * The token a row holds.
 *
 * @throws {@link TokenCacheError} when the access level is not read, write or delete. The
 * message names the keys and the level, never the secret.
 */
export function tokenFromRow(row: TokenRow, location: string): OAuthToken {
  const perms = String(row.access_level).toLowerCase();
  if (!isPerms(perms) || perms === 'none') {
    throw new TokenCacheError(
      location,
      `the token of API key ${row.api_key}, lookup key "${row.lookup_key}" has access ` +
        `level "${row.access_level}"; expected read, write or delete`,
    );
  }

  return {
    token: row.oauth_token,
    tokenSecret: row.oauth_token_secret,
    perms,
    fullname: row.fullname,
    username: row.username,
    userNsid: row.user_nsid,
  };
}
