import type { OAuthToken } from './token.js';
import type { StoredToken, TokenStore } from './token-store.js';

/**
 * A {@link TokenStore} that keeps tokens in this instance's memory only: nothing is read
 * from or written to disk, and the tokens are gone when the process ends. Each instance
 * has its own tokens.
 *
 * @example
 * ```ts
 * const flickr = new FlickrAPI(key, secret, { tokenStore: new MemoryTokenStore() });
 * ```
 */
export class MemoryTokenStore implements TokenStore {
  readonly #tokens = new Map<string, StoredToken>();

  /** @inheritDoc */
  async get(apiKey: string, lookupKey: string): Promise<OAuthToken | undefined> {
    return this.#tokens.get(keyOf(apiKey, lookupKey))?.token;
  }

  /** @inheritDoc */
  async set(apiKey: string, lookupKey: string, token: OAuthToken): Promise<void> {
    this.#tokens.set(keyOf(apiKey, lookupKey), { apiKey, lookupKey, token: { ...token } });
  }

  /** @inheritDoc */
  async delete(apiKey: string, lookupKey: string): Promise<void> {
    this.#tokens.delete(keyOf(apiKey, lookupKey));
  }

  /** @inheritDoc */
  async list(apiKey?: string): Promise<StoredToken[]> {
    const all = [...this.#tokens.values()];

    return apiKey === undefined ? all : all.filter((entry) => entry.apiKey === apiKey);
  }

  /** Forgets every token. */
  async close(): Promise<void> {
    this.#tokens.clear();
  }
}

/** A map key that cannot collide: NUL does not occur in API keys or user names. */
function keyOf(apiKey: string, lookupKey: string): string {
  return `${apiKey}\u0000${lookupKey}`;
}
