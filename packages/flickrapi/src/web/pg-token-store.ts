/**
 * A {@link TokenStore} on PostgreSQL, so that several web servers share their users' tokens.
 * The `pg` driver is a peer dependency loaded only when the store is first used: importing
 * the library never loads it.
 */
import { TokenCacheError } from '../errors.js';
import { isPerms, type OAuthToken } from '../tokens/token.js';
import type { StoredToken, TokenStore } from '../tokens/token-store.js';

/**
 * The part of a `pg.Pool` the store uses. Declared here, not imported from `pg`, so that the
 * library's types do not require `@types/pg` of those who never use this store.
 */
export interface PgPoolLike {
  query<R>(sql: string, values: unknown[]): Promise<{ rows: R[] }>;
  connect(): Promise<{
    query(sql: string, values?: unknown[]): Promise<unknown>;
    release(): void;
  }>;
  end(): Promise<void>;
}

/** Options of {@link PgTokenStore}. Give either `pool` or a connection (`connectionString`). */
export interface PgTokenStoreOptions {
  /** A `postgres://user:password@host:port/database` URL. Ignored when `pool` is given. */
  connectionString?: string;
  /**
   * Further `pg.Pool` settings (`max`, `ssl`, `idleTimeoutMillis`...), passed to `new Pool()`.
   * Ignored when `pool` is given.
   */
  poolConfig?: Readonly<Record<string, unknown>>;
  /**
   * An existing `pg.Pool` to use. The store then leaves it open on {@link PgTokenStore.close}:
   * whoever made it closes it.
   */
  pool?: PgPoolLike;
  /**
   * The table holding the tokens, created on first use. A plain SQL identifier, optionally
   * schema-qualified (`auth.flickr_tokens`). Default `flickrapi_oauth_tokens`.
   */
  table?: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/;

/** A row of the tokens table; column names follow the SQLite cache shared with Python. */
interface TokenRow {
  api_key: string;
  lookup_key: string;
  oauth_token: string;
  oauth_token_secret: string;
  access_level: string;
  fullname: string;
  username: string;
  user_nsid: string;
}

/**
 * Tokens in a PostgreSQL table keyed by `(api_key, lookup_key)`, like the SQLite cache. The
 * table is created on first use, also when several servers start at once; a sign-in replaces
 * the user's previous token atomically (`INSERT ... ON CONFLICT DO UPDATE`), so concurrent
 * sign-ins of one user leave exactly one complete token.
 *
 * @example
 * ```ts
 * const store = new PgTokenStore({ connectionString: process.env.DATABASE_URL });
 * const flickr = new FlickrAPI(key, secret, { tokenStore: store, username: siteUserId });
 * ```
 */
export class PgTokenStore implements TokenStore {
  readonly #options: PgTokenStoreOptions;
  readonly #table: string;
  readonly #location: string;
  #pool: Promise<PgPoolLike> | undefined;
  #ready: Promise<void> | undefined;
  #closed = false;

  constructor(options: PgTokenStoreOptions) {
    const table = options.table ?? 'flickrapi_oauth_tokens';
    if (!IDENTIFIER.test(table)) {
      throw new TokenCacheError(
        'postgresql',
        `table name "${table}" is not a plain SQL identifier `
          + '(letters, digits, _; optional schema.)',
      );
    }
    if (options.pool === undefined && options.connectionString === undefined
      && options.poolConfig === undefined) {
      throw new TokenCacheError('postgresql', 'give a pool, a connectionString or a poolConfig');
    }
    this.#options = options;
    this.#table = table;
    this.#location = `${redactUrl(options.connectionString)} table ${table}`;
  }

  /** @inheritDoc */
  async get(apiKey: string, lookupKey: string): Promise<OAuthToken | undefined> {
    const rows = await this.#query<TokenRow>(
      `SELECT * FROM ${this.#table} WHERE api_key = $1 AND lookup_key = $2`,
      [apiKey, lookupKey],
    );
    const row = rows[0];

    return row === undefined ? undefined : this.#toToken(row);
  }

  /** @inheritDoc */
  async set(apiKey: string, lookupKey: string, token: OAuthToken): Promise<void> {
    await this.#query(
      `INSERT INTO ${this.#table} (api_key, lookup_key, oauth_token, oauth_token_secret,
         access_level, fullname, username, user_nsid, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (api_key, lookup_key) DO UPDATE SET
         oauth_token = EXCLUDED.oauth_token,
         oauth_token_secret = EXCLUDED.oauth_token_secret,
         access_level = EXCLUDED.access_level,
         fullname = EXCLUDED.fullname,
         username = EXCLUDED.username,
         user_nsid = EXCLUDED.user_nsid,
         updated_at = EXCLUDED.updated_at`,
      [apiKey, lookupKey, token.token, token.tokenSecret, token.perms, token.fullname,
        token.username, token.userNsid],
    );
  }

  /** @inheritDoc */
  async delete(apiKey: string, lookupKey: string): Promise<void> {
    await this.#query(
      `DELETE FROM ${this.#table} WHERE api_key = $1 AND lookup_key = $2`,
      [apiKey, lookupKey],
    );
  }

  /** @inheritDoc */
  async list(apiKey?: string): Promise<StoredToken[]> {
    const rows = apiKey === undefined
      ? await this.#query<TokenRow>(
        `SELECT * FROM ${this.#table} ORDER BY api_key, lookup_key`, [])
      : await this.#query<TokenRow>(
        `SELECT * FROM ${this.#table} WHERE api_key = $1 ORDER BY lookup_key`, [apiKey]);

    return rows.map((row) => ({
      apiKey: row.api_key,
      lookupKey: row.lookup_key,
      token: this.#toToken(row),
    }));
  }

  /** Closes the pool the store made (not a `pool` passed in). Later calls are refused. */
  async close(): Promise<void> {
    this.#closed = true;
    const pool = this.#pool;
    this.#pool = undefined;
    if (pool === undefined || this.#options.pool !== undefined) return;

    await (await pool).end();
  }

  async #query<R extends object>(sql: string, values: unknown[]): Promise<R[]> {
    if (this.#closed) throw new TokenCacheError(this.#location, 'the store is closed');
    const pool = await this.#connect();
    await this.#ensureTable(pool);
    try {
      const result = await pool.query<R>(sql, values);

      return result.rows;
    } catch (error) {
      throw this.#wrap('query failed', error);
    }
  }

  #connect(): Promise<PgPoolLike> {
    this.#pool ??= (async () => {
      if (this.#options.pool !== undefined) return this.#options.pool;
      let pg: typeof import('pg');
      try {
        pg = await import('pg');
      } catch (error) {
        throw new TokenCacheError(
          this.#location,
          'the "pg" package is not installed; add it to use the PostgreSQL token store',
          { cause: error },
        );
      }
      const PoolClass = pg.Pool ?? pg.default.Pool;
      const config: Record<string, unknown> = { ...this.#options.poolConfig };
      if (this.#options.connectionString !== undefined) {
        config.connectionString = this.#options.connectionString;
      }

      return new PoolClass(config);
    })();

    return this.#pool;
  }

  /**
   * Creates the table once per store. Concurrent `CREATE TABLE IF NOT EXISTS` from several
   * servers can still collide on PostgreSQL's catalog (a unique violation on `pg_type`), so
   * creation is serialized with a transaction-scoped advisory lock.
   */
  #ensureTable(pool: PgPoolLike): Promise<void> {
    this.#ready ??= (async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.#table]);
        await client.query(
          `CREATE TABLE IF NOT EXISTS ${this.#table} (
             api_key text NOT NULL,
             lookup_key text NOT NULL DEFAULT '',
             oauth_token text NOT NULL,
             oauth_token_secret text NOT NULL,
             access_level text NOT NULL,
             fullname text NOT NULL,
             username text NOT NULL,
             user_nsid text NOT NULL,
             updated_at timestamptz NOT NULL DEFAULT now(),
             PRIMARY KEY (api_key, lookup_key))`,
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    })().catch((error: unknown) => {
      this.#ready = undefined;
      throw this.#wrap('cannot create the tokens table', error);
    });

    return this.#ready;
  }

  #toToken(row: TokenRow): OAuthToken {
    if (!isPerms(row.access_level)) {
      throw new TokenCacheError(
        this.#location,
        `row (${row.api_key}, "${row.lookup_key}") has access_level "${row.access_level}"; ` +
          'expected none, read, write or delete',
      );
    }

    return {
      token: row.oauth_token,
      tokenSecret: row.oauth_token_secret,
      perms: row.access_level,
      fullname: row.fullname,
      username: row.username,
      userNsid: row.user_nsid,
    };
  }

  #wrap(what: string, error: unknown): TokenCacheError {
    if (error instanceof TokenCacheError) return error;
    const detail = error instanceof Error ? `: ${error.message}` : '';

    return new TokenCacheError(this.#location, `${what}${detail}`, { cause: error });
  }
}

/** The URL without its password, to name the database in errors. */
function redactUrl(url: string | undefined): string {
  if (url === undefined) return 'postgresql';
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';

    return parsed.toString();
  } catch {
    return 'postgresql';
  }
}
