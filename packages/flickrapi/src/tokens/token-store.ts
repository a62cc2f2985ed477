import type { OAuthToken } from './token.js';

/** A token as kept in a store, with the keys it is filed under. */
export interface StoredToken {
  /** The API key (consumer key) the token was issued to. */
  readonly apiKey: string;
  /** The lookup key: the `username` option, or `''` for the default account. */
  readonly lookupKey: string;
  /** The token itself. */
  readonly token: OAuthToken;
}

/**
 * Where access tokens are remembered, filed by API key and lookup key (the `username`
 * option, so that several accounts can share one store). The SQLite cache, the in-memory
 * store and the PostgreSQL store implement it; so can any other storage.
 */
export interface TokenStore {
  /** The token filed under these keys, or `undefined`. */
  get(apiKey: string, lookupKey: string): Promise<OAuthToken | undefined>;
  /** Files a token, replacing any under the same keys. */
  set(apiKey: string, lookupKey: string, token: OAuthToken): Promise<void>;
  /** Forgets the token under these keys; does nothing when there is none. */
  delete(apiKey: string, lookupKey: string): Promise<void>;
  /** Every token in the store, optionally only those of one API key. */
  list(apiKey?: string): Promise<StoredToken[]>;
  /** Releases files or connections. The store is not used afterwards. */
  close(): Promise<void>;
}
