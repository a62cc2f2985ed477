/**
 * The on-disk layout of the token cache, identical to Python flickrapi 2.1.2's
 * `OAuthTokenCache`, so that a token stored by either library is read by the other.
 */
import type BetterSqlite3 from 'better-sqlite3';

import { TokenCacheError } from '../errors.js';

/** The value Python flickrapi writes to `oauth_cache_db_version` and refuses to read past. */
export const SCHEMA_VERSION = 1;

/** Python's statement, kept byte for byte apart from layout. */
export const CREATE_VERSION_TABLE =
  'CREATE TABLE IF NOT EXISTS oauth_cache_db_version (version int not null)';

/** Python's statement, kept byte for byte apart from layout. */
export const CREATE_TOKENS_TABLE = `CREATE TABLE IF NOT EXISTS oauth_tokens (
  api_key varchar(64) not null,
  lookup_key varchar(64) not null default '',
  oauth_token varchar(64) not null,
  oauth_token_secret varchar(64) not null,
  access_level varchar(6) not null,
  fullname varchar(255) not null,
  username varchar(255) not null,
  user_nsid varchar(64) not null,
  PRIMARY KEY(api_key, lookup_key))`;

const TOKEN_COLUMNS = [
  'api_key',
  'lookup_key',
  'oauth_token',
  'oauth_token_secret',
  'access_level',
  'fullname',
  'username',
  'user_nsid',
] as const;

/** What a file holds, as far as the token cache is concerned. */
export interface SchemaState {
  /** `oauth_tokens` exists with every column, so look-ups can run. */
  readonly readable: boolean;
  /** Both tables exist and the version row is there: nothing to create before writing. */
  readonly complete: boolean;
}

/**
 * Checks that a file is empty or a token cache, and says what is missing.
 *
 * A file with `oauth_cache_db_version` but no `oauth_tokens` is ours: Python flickrapi
 * 2.1.2 on Python 3.6 or later leaves exactly that, because its connection is dropped
 * with the transaction that creates `oauth_tokens` still open. Any other table without
 * ours means the file belongs to something else, and it is refused rather than touched.
 *
 * @throws {@link TokenCacheError} for a foreign file or an unsupported version.
 */
export function inspectSchema(db: BetterSqlite3.Database, location: string): SchemaState {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    .pluck()
    .all() as string[];
  // SQLite matches names without regard to the case of ASCII letters, as the statements do.
  const folded = new Set(tables.map((name) => name.replace(/[A-Z]+/g, (s) => s.toLowerCase())));
  const hasTokens = folded.has('oauth_tokens');
  const hasVersion = folded.has('oauth_cache_db_version');

  if (!hasTokens && !hasVersion) {
    if (tables.length > 0) {
      const shown = tables.slice(0, 5).join(', ');
      throw new TokenCacheError(
        location,
        `is an SQLite database of something else (tables ${shown}), not a token cache ` +
          '(expected tables oauth_tokens and oauth_cache_db_version); it was left untouched',
      );
    }

    return { readable: false, complete: false };
  }

  const versions = hasVersion
    ? db.prepare('SELECT version FROM oauth_cache_db_version').pluck().all()
    : [];
  const unsupported = versions.find((version) => Number(version) !== SCHEMA_VERSION);
  if (unsupported !== undefined) {
    throw new TokenCacheError(
      location,
      `has token cache version ${String(unsupported)}; expected ${SCHEMA_VERSION}`,
    );
  }

  if (!hasTokens) return { readable: false, complete: false };

  const columns = db
    .prepare("SELECT name FROM pragma_table_info('oauth_tokens')")
    .pluck()
    .all() as string[];
  const missing = TOKEN_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new TokenCacheError(
      location,
      `has a table oauth_tokens without column(s) ${missing.join(', ')}; ` +
        'it is not a flickrapi token cache and was left untouched',
    );
  }

  return { readable: true, complete: versions.length > 0 };
}

/**
 * Creates whatever part of the schema is missing, under a write lock so that two
 * processes creating the same file do not both insert the version row.
 */
export function completeSchema(db: BetterSqlite3.Database, location: string): void {
  db.transaction(() => {
    const state = inspectSchema(db, location);
    if (state.complete) return;

    db.exec(CREATE_VERSION_TABLE);
    const rows = db.prepare('SELECT count(*) FROM oauth_cache_db_version').pluck().get();
    if (rows === 0) {
      db.prepare('INSERT INTO oauth_cache_db_version (version) VALUES (?)').run(SCHEMA_VERSION);
    }
    db.exec(CREATE_TOKENS_TABLE);
  }).immediate();
}
