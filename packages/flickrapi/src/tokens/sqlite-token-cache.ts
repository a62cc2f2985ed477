import type BetterSqlite3 from 'better-sqlite3';

import { FlickrUsageError, TokenCacheError } from '../errors.js';
import type { OAuthToken } from './token.js';
import { tokenFromRow } from './token-row.js';
import type { TokenRow } from './token-row.js';
import type { StoredToken, TokenStore } from './token-store.js';

// node:fs, node:os and node:path are fetched when a cache is first used: imported as ES
// modules, they would cost start-up time to every program that imports flickrapi-ts.
const nodeFs = () => process.getBuiltinModule('node:fs');
const nodeOs = () => process.getBuiltinModule('node:os');
const nodePath = () => process.getBuiltinModule('node:path');

let access: Promise<typeof import('./sqlite-access.js')> | undefined;

/** The file reader and schema checks, loaded when a cache is first used (see sqlite-access). */
function loadAccess(): Promise<typeof import('./sqlite-access.js')> {
  access ??= import('./sqlite-access.js');

  return access;
}

/** Options of {@link SqliteTokenCache}. */
export interface SqliteTokenCacheOptions {
  /**
   * The database file.
   * @defaultValue `~/.flickr/oauth-tokens.sqlite`, the file Python flickrapi uses
   */
  readonly location?: string;
  /**
   * How long to wait for another process holding the file's lock before failing.
   * @defaultValue 5000
   */
  readonly busyTimeoutMs?: number;
}

/** Python flickrapi's token cache file: `~/.flickr/oauth-tokens.sqlite`. */
export function defaultTokenCacheLocation(): string {
  return nodePath().join(nodeOs().homedir(), '.flickr', 'oauth-tokens.sqlite');
}

interface Statements {
  readonly get: BetterSqlite3.Statement<[string, string], TokenRow>;
  readonly upsert: BetterSqlite3.Statement<string[]>;
  readonly remove: BetterSqlite3.Statement<[string, string]>;
  readonly listAll: BetterSqlite3.Statement<[], TokenRow>;
  readonly listKey: BetterSqlite3.Statement<[string], TokenRow>;
}

/** better-sqlite3, and where its compiled addon is when it is where better-sqlite3 builds it. */
interface Driver {
  readonly Database: typeof BetterSqlite3;
  readonly nativeBinding: string | undefined;
}

/**
 * The on-disk token cache: an SQLite file with exactly Python flickrapi 2.1.2's tables, so
 * that a user's token works in both libraries.
 *
 * - Lazy: constructing it touches nothing, and a look-up in a missing file creates nothing.
 *   SQLite itself is loaded on first use, so importing the library stays fast; a first
 *   look-up in a healthy file does not load it at all (see {@link SqliteTokenCache.get}).
 * - Private: a folder it creates is mode 0700, a file it creates 0600.
 * - Shared: many processes may use the file at once. Each write is one atomic statement;
 *   a file it creates uses SQLite's write-ahead log, which Python's `sqlite3` reads too.
 * - Careful: a file that is not SQLite, or that holds other tables and not ours, raises a
 *   {@link TokenCacheError} naming the path, and is never written to.
 *
 * One connection is kept per instance until {@link SqliteTokenCache.close}.
 *
 * @example
 * ```ts
 * const cache = new SqliteTokenCache({ location: '/var/lib/app/flickr-tokens.sqlite' });
 * const token = await cache.get(apiKey, '');
 * await cache.close();
 * ```
 */
export class SqliteTokenCache implements TokenStore {
  /** The absolute path of the database file. */
  readonly location: string;
  readonly #busyTimeoutMs: number;
  #db: BetterSqlite3.Database | undefined;
  #statements: Statements | undefined;
  #complete = false;
  #closed = false;
  /** Whether a look-up has run: only the first may read the file's bytes (see get()). */
  #lookedUp = false;

  constructor(options: SqliteTokenCacheOptions = {}) {
    this.location = nodePath().resolve(options.location ?? defaultTokenCacheLocation());
    this.#busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  }

  /**
   * The token filed under these keys, or `undefined`.
   *
   * The first look-up of an instance reads the token straight from the file's bytes, without
   * loading SQLite, when the file is plainly a healthy token cache that nobody is writing to:
   * a program that looks its token up once starts faster. Later look-ups, and any file the
   * reader cannot vouch for, go through SQLite, with the same result: reading the whole file
   * again for each look-up would cost more than SQLite's prepared statement.
   */
  async get(apiKey: string, lookupKey: string): Promise<OAuthToken | undefined> {
    this.#assertOpen();
    if (this.#db === undefined && !this.#lookedUp) {
      this.#lookedUp = true;
      const { lookupTokenRow } = await loadAccess();
      this.#assertOpen();
      const found = lookupTokenRow(this.location, apiKey, lookupKey);
      if (found.kind === 'found') return tokenFromRow(found.row, this.location);
      if (found.kind === 'absent') return undefined;
    }

    const statements = await this.#readable();
    if (statements === undefined) return undefined;

    const row = this.#guard('read a token', () => statements.get.get(apiKey, lookupKey));

    return row === undefined ? undefined : tokenFromRow(row, this.location);
  }

  /** @inheritDoc */
  async set(apiKey: string, lookupKey: string, token: OAuthToken): Promise<void> {
    if (token.perms === 'none') {
      throw new FlickrUsageError(
        `token cache ${this.location}: a token with perms "none" cannot be stored ` +
          '(expected read, write or delete)',
      );
    }
    const { completeSchema } = await loadAccess();
    const db = await this.#connect(true);
    if (db === undefined) return;

    this.#guard('store a token', () => {
      if (!this.#complete) {
        completeSchema(db, this.location);
        this.#complete = true;
      }
      this.#prepared(db).upsert.run(
        apiKey,
        lookupKey,
        token.token,
        token.tokenSecret,
        token.perms,
        token.fullname,
        token.username,
        token.userNsid,
      );
    });
  }

  /** @inheritDoc */
  async delete(apiKey: string, lookupKey: string): Promise<void> {
    const statements = await this.#readable();
    if (statements === undefined) return;

    this.#guard('forget a token', () => statements.remove.run(apiKey, lookupKey));
  }

  /** @inheritDoc */
  async list(apiKey?: string): Promise<StoredToken[]> {
    const statements = await this.#readable();
    if (statements === undefined) return [];

    const rows = this.#guard('list tokens', () =>
      apiKey === undefined ? statements.listAll.all() : statements.listKey.all(apiKey),
    );

    return rows.map((row) => ({
      apiKey: row.api_key,
      lookupKey: row.lookup_key,
      token: tokenFromRow(row, this.location),
    }));
  }

  /** Closes the connection. Calling it again does nothing. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#statements = undefined;
    const db = this.#db;
    this.#db = undefined;
    db?.close();
  }

  /** The prepared statements once `oauth_tokens` exists, else `undefined`. */
  async #readable(): Promise<Statements | undefined> {
    const db = await this.#connect(false);
    if (db === undefined) return undefined;
    if (this.#statements !== undefined) return this.#statements;
    const { inspectSchema } = await loadAccess();

    // Another process may have created the tables since the last look, so ask again.
    const state = this.#guard('open', () => inspectSchema(db, this.location));
    this.#complete = state.complete;

    return state.readable ? this.#prepared(db) : undefined;
  }

  #prepared(db: BetterSqlite3.Database): Statements {
    const columns = 'api_key, lookup_key, oauth_token, oauth_token_secret, access_level, ' +
      'fullname, username, user_nsid';
    this.#statements ??= {
      get: db.prepare(`SELECT ${columns} FROM oauth_tokens WHERE api_key = ? AND lookup_key = ?`),
      upsert: db.prepare(
        `INSERT OR REPLACE INTO oauth_tokens (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      remove: db.prepare('DELETE FROM oauth_tokens WHERE api_key = ? AND lookup_key = ?'),
      listAll: db.prepare(`SELECT ${columns} FROM oauth_tokens ORDER BY api_key, lookup_key`),
      listKey: db.prepare(
        `SELECT ${columns} FROM oauth_tokens WHERE api_key = ? ORDER BY lookup_key`,
      ),
    };

    return this.#statements;
  }

  /**
   * The open connection. With `create`, makes the folder and file first; without, returns
   * `undefined` when there is no file, so that a look-up leaves the disk alone.
   */
  async #connect(create: boolean): Promise<BetterSqlite3.Database | undefined> {
    this.#assertOpen();
    if (this.#db !== undefined) return this.#db;
    if (!create && !nodeFs().existsSync(this.location)) return undefined;

    const driver = await loadDriver(this.location);
    const { inspectSchema } = await loadAccess();
    this.#assertOpen();
    if (this.#db !== undefined) return this.#db;

    // From here on everything is synchronous, so no other call of this instance interleaves.
    const fresh = create && this.#createFile();
    if (!create && !nodeFs().existsSync(this.location)) return undefined;
    const db = this.#guard('open', () => {
      try {
        return new driver.Database(this.location, {
          fileMustExist: true,
          timeout: this.#busyTimeoutMs,
          nativeBinding: driver.nativeBinding,
        });
      } catch (error) {
        throw this.#pathProblem(error) ?? error;
      }
    });

    try {
      const state = this.#guard('open', () => inspectSchema(db, this.location));
      this.#complete = state.complete;
      if (fresh) useWriteAheadLog(db);
    } catch (error) {
      db.close();
      throw error;
    }
    this.#db = db;

    return db;
  }

  /**
   * Creates the folder (0700) and an empty file (0600) when missing; an empty file is a
   * valid empty SQLite database. Creating the file ourselves, rather than letting SQLite
   * do it, means it never exists with looser permissions. Modes of existing folders and
   * files are left as their owner set them.
   *
   * @returns true when this call created the file.
   */
  #createFile(): boolean {
    const fs = nodeFs();
    const folder = nodePath().dirname(this.location);
    try {
      const created = fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      // The umask may have taken bits away from `mode`; set the mode we promised.
      if (created !== undefined) fs.chmodSync(folder, 0o700);
    } catch (cause) {
      const blocker = fileInPath(folder);
      const reason = blocker === undefined ? '' : `: ${blocker} is a file`;
      throw new TokenCacheError(this.location, `could not create the folder ${folder}${reason}`, {
        cause,
      });
    }

    let fd: number;
    try {
      fd = fs.openSync(this.location, 'wx', 0o600);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw new TokenCacheError(this.location, 'could not create the file', { cause });
    }
    try {
      fs.fchmodSync(fd, 0o600);
    } finally {
      fs.closeSync(fd);
    }

    return true;
  }

  /**
   * Why SQLite could not open the path, when the path itself is the reason: SQLite only
   * says "unable to open database file".
   */
  #pathProblem(cause: unknown): TokenCacheError | undefined {
    const fs = nodeFs();
    try {
      if (fs.statSync(this.location).isDirectory()) {
        return new TokenCacheError(this.location, 'is a folder; expected the path of a file ' +
          `such as ${nodePath().join(this.location, 'oauth-tokens.sqlite')}`, { cause });
      }
    } catch {
      if (fs.lstatSync(this.location, { throwIfNoEntry: false })?.isSymbolicLink() === true) {
        const target = fs.readlinkSync(this.location);
        return new TokenCacheError(this.location,
          `is a symbolic link to ${target}, which does not exist`, { cause });
      }
    }

    return undefined;
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new TokenCacheError(this.location, 'used after close()');
    }
  }

  /**
   * Runs an SQLite operation, turning its failures into a {@link TokenCacheError}. A cache
   * closed while a call of it waited fails as any use after close() does.
   */
  #guard<T>(action: string, operation: () => T): T {
    this.#assertOpen();
    try {
      return operation();
    } catch (error) {
      if (error instanceof TokenCacheError) throw error;
      const message = describeFailure(action, error, this.#busyTimeoutMs);
      throw new TokenCacheError(this.location, message, { cause: error });
    }
  }
}

/** The nearest part of `folder` that exists and is not a folder, if any. */
function fileInPath(folder: string): string | undefined {
  const { dirname } = nodePath();
  for (let path = folder; path !== dirname(path); path = dirname(path)) {
    let stats;
    try {
      stats = nodeFs().statSync(path, { throwIfNoEntry: false });
    } catch {
      // ENOTDIR: a file further up is in the way.
      continue;
    }
    if (stats !== undefined) return stats.isDirectory() ? undefined : path;
  }

  return undefined;
}

/**
 * Loads better-sqlite3 on first use: the library's import must not pay for SQLite. It is
 * required, not imported: Node's ES module wrapper around a CommonJS package (parsing it for
 * its export names) costs more than the package itself. Its addon is passed by path when it
 * is in better-sqlite3's build folder, which spares the search the `bindings` package makes.
 */
async function loadDriver(location: string): Promise<Driver> {
  const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
  let Database: typeof BetterSqlite3;
  try {
    Database = require('better-sqlite3') as typeof BetterSqlite3;
  } catch (cause) {
    throw new TokenCacheError(location, 'could not load better-sqlite3', { cause });
  }
  let nativeBinding: string | undefined;
  try {
    nativeBinding = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    // Built elsewhere (or a later better-sqlite3 hides its files): `bindings` finds it.
  }

  return { Database, nativeBinding };
}

/**
 * Switches a file we just created to write-ahead logging: readers then never wait for a
 * writer. A file someone else made keeps the journal mode its owner chose.
 */
function useWriteAheadLog(db: BetterSqlite3.Database): void {
  try {
    db.pragma('journal_mode = WAL');
  } catch {
    // Another process is setting up the same new file; the default journal works as well.
  }
}

function describeFailure(action: string, error: unknown, busyTimeoutMs: number): string {
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);

  switch (code) {
    case 'SQLITE_NOTADB':
      return 'is not an SQLite database (expected a flickrapi token cache); it was left untouched';
    case 'SQLITE_CORRUPT':
      return `is damaged (${detail}); it was left untouched`;
    case 'SQLITE_BUSY':
      return `could not ${action}: locked by another process for more than ${busyTimeoutMs} ms`;
    case 'SQLITE_CANTOPEN':
      return `could not ${action}: cannot open the file (${detail})`;
    default:
      return `could not ${action}: ${detail}`;
  }
}
