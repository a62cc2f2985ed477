import type { OAuthToken } from '../tokens/token.js';
import type { StoredToken, TokenStore } from '../tokens/token-store.js';

/**
 * A token store that remembers which token the client removed from it. The client forgets a
 * cached token when Flickr rejects it; this lets the command tell the user so, instead of
 * only saying that no token is cached.
 */
export class WatchedTokenStore implements TokenStore {
  readonly #inner: TokenStore;
  readonly #read = new Map<string, OAuthToken>();
  /** The tokens removed during this run, oldest first. */
  readonly removed: OAuthToken[] = [];

  constructor(inner: TokenStore) {
    this.#inner = inner;
  }

  /** @inheritDoc */
  async get(apiKey: string, lookupKey: string): Promise<OAuthToken | undefined> {
    const token = await this.#inner.get(apiKey, lookupKey);
    if (token !== undefined) this.#read.set(JSON.stringify([apiKey, lookupKey]), token);

    return token;
  }

  /** @inheritDoc */
  set(apiKey: string, lookupKey: string, token: OAuthToken): Promise<void> {
    this.#read.set(JSON.stringify([apiKey, lookupKey]), token);

    return this.#inner.set(apiKey, lookupKey, token);
  }

  /** @inheritDoc */
  async delete(apiKey: string, lookupKey: string): Promise<void> {
    await this.#inner.delete(apiKey, lookupKey);
    const key = JSON.stringify([apiKey, lookupKey]);
    const token = this.#read.get(key);
    if (token !== undefined) this.removed.push(token);
    this.#read.delete(key);
  }

  /** @inheritDoc */
  list(apiKey?: string): Promise<StoredToken[]> {
    return this.#inner.list(apiKey);
  }

  /** @inheritDoc */
  close(): Promise<void> {
    return this.#inner.close();
  }
}
