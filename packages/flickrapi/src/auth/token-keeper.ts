/**
 * The token a client signs with: passed in, or looked up in and saved to a store.
 */
import { MemoryTokenStore } from '../tokens/memory-token-store.js';
import { SqliteTokenCache } from '../tokens/sqlite-token-cache.js';
import type { OAuthToken } from '../tokens/token.js';
import type { TokenStore } from '../tokens/token-store.js';

/** Options of {@link TokenKeeper}; the same names as the client's options. */
export interface TokenKeeperOptions {
  /** The API key the tokens belong to. */
  readonly apiKey: string;
  /**
   * The account's lookup key, to keep several accounts' tokens apart.
   * @defaultValue `''` (the default account, as in Python flickrapi)
   */
  readonly username?: string | undefined;
  /** A token to use. Nothing is then read from or written to disk. */
  readonly token?: OAuthToken | undefined;
  /**
   * Whether tokens are kept on disk. With `false`, nothing touches disk and a token from a
   * flow lasts as long as the client. @defaultValue `true`
   */
  readonly storeToken?: boolean | undefined;
  /** The SQLite cache file. @defaultValue `~/.flickr/oauth-tokens.sqlite` */
  readonly tokenCacheLocation?: string | undefined;
  /** A store of your own (PostgreSQL, Redis…), used instead of the SQLite cache. */
  readonly tokenStore?: TokenStore | undefined;
}

/**
 * Holds the current token of one client. The store is consulted once, lazily; a token
 * obtained by a flow replaces the current one and is saved.
 */
export class TokenKeeper {
  /** The API key tokens are filed under. */
  readonly apiKey: string;
  /** The lookup key tokens are filed under. */
  readonly lookupKey: string;
  readonly #store: TokenStore;
  readonly #ownsStore: boolean;
  #token: OAuthToken | undefined;
  #loaded: boolean;

  constructor(options: TokenKeeperOptions) {
    this.apiKey = options.apiKey;
    this.lookupKey = options.username ?? '';
    this.#token = options.token;
    this.#loaded = options.token !== undefined;

    if (options.token !== undefined || options.storeToken === false) {
      this.#store = new MemoryTokenStore();
      this.#ownsStore = true;
    } else if (options.tokenStore !== undefined) {
      this.#store = options.tokenStore;
      this.#ownsStore = false;
    } else {
      const location = options.tokenCacheLocation;
      this.#store = new SqliteTokenCache(location === undefined ? {} : { location });
      this.#ownsStore = true;
    }
  }

  /** The current token, looking it up in the store the first time. */
  async current(): Promise<OAuthToken | undefined> {
    if (!this.#loaded) {
      this.#token = await this.#store.get(this.apiKey, this.lookupKey);
      this.#loaded = true;
    }

    return this.#token;
  }

  /** The current token if it was already looked up or set, without asking the store. */
  peek(): OAuthToken | undefined {
    return this.#token;
  }

  /** Makes `token` (or none) the current token for this client only; the store is untouched. */
  use(token: OAuthToken | undefined): void {
    this.#token = token;
    this.#loaded = true;
  }

  /** Makes `token` the current token and saves it. */
  async remember(token: OAuthToken): Promise<void> {
    this.#token = token;
    this.#loaded = true;
    await this.#store.set(this.apiKey, this.lookupKey, token);
  }

  /** Drops the current token and deletes it from the store. */
  async forget(): Promise<void> {
    this.#token = undefined;
    this.#loaded = true;
    await this.#store.delete(this.apiKey, this.lookupKey);
  }

  /** Closes the store when this keeper opened it; a store passed in stays open. */
  async close(): Promise<void> {
    if (this.#ownsStore) await this.#store.close();
  }
}
