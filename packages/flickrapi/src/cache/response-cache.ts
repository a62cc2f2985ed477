/**
 * The optional response cache of `FlickrAPI`: answers to read methods, kept for a time and
 * keyed by everything that changes the answer, so that one user's private photos are never
 * served to another user, nor to an anonymous caller.
 */

import { FlickrUsageError } from '../errors.js';
import { nodeCrypto } from '../oauth/node-crypto.js';
import type { CacheStore } from './cache-store.js';
import { MemoryLruStore } from './memory-lru-store.js';

/** The `cache` option of `FlickrAPI`. */
export interface CacheOptions {
  /** How long an answer stays valid, in milliseconds. Default `300000` (5 minutes). */
  readonly ttl?: number;
  /**
   * The most answers kept by the default in-memory store. Default `200`. Ignored when a
   * `store` is given.
   */
  readonly maxEntries?: number;
  /** Where answers live. Default: a {@link MemoryLruStore} of `maxEntries`. */
  readonly store?: CacheStore;
  /** Wall-clock time in milliseconds, for tests. Default `Date.now`. */
  readonly now?: () => number;
}

/** Everything that changes Flickr's answer to a call. */
export interface CacheKeyParts {
  /** The method, e.g. `flickr.photos.search`. */
  readonly method: string;
  /** The call's own arguments, as sent (text values), without the OAuth parameters. */
  readonly params: Readonly<Record<string, string>>;
  /** The response format asked of Flickr (`rest`, `json`, ...). */
  readonly format: string;
  /** The signed-in user's access token, or `undefined` for anonymous calls. */
  readonly token: string | undefined;
}

const KEY_VERSION = 'flickrapi-ts:v1:';

/**
 * A time-limited cache of raw answers.
 *
 * @example
 * ```ts
 * const cache = new ResponseCache({ ttl: 60_000 });
 * const body = await cache.through(parts, () => send(request));
 * ```
 */
export class ResponseCache {
  /** How long an answer stays valid, in milliseconds. */
  readonly ttl: number;
  readonly #store: CacheStore;
  readonly #now: () => number;

  constructor(options: CacheOptions = {}) {
    const ttl = options.ttl ?? 300_000;
    if (!Number.isFinite(ttl) || ttl <= 0) {
      throw new FlickrUsageError(`cache.ttl: expected milliseconds > 0, got ${ttl}`);
    }
    this.ttl = ttl;
    this.#store = options.store ?? new MemoryLruStore(options.maxEntries ?? 200);
    this.#now = options.now ?? Date.now;
  }

  /**
   * The store key of a call: a SHA-256 digest, so that neither the token nor the arguments
   * are readable in the store. Arguments are sorted, so their order does not matter.
   */
  static keyOf(parts: CacheKeyParts): string {
    const params = Object.entries(parts.params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const material = JSON.stringify([parts.method, parts.format, parts.token ?? null, params]);

    return KEY_VERSION + nodeCrypto().createHash('sha256').update(material).digest('hex');
  }

  /** The cached answer, if there is one still valid. */
  async get(parts: CacheKeyParts): Promise<string | undefined> {
    const key = ResponseCache.keyOf(parts);
    const entry = await this.#store.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.#now()) {
      await this.#store.delete(key);
      return undefined;
    }

    return entry.value;
  }

  /** Keeps an answer for {@link ResponseCache.ttl} milliseconds. */
  async set(parts: CacheKeyParts, value: string): Promise<void> {
    await this.#store.set(ResponseCache.keyOf(parts), { value, expiresAt: this.#now() + this.ttl });
  }

  /**
   * Answers from the cache, or runs `fetchAnswer` and keeps what it returns. Failures are not
   * kept. Identical calls made at the same time each fetch: sharing one request would hand
   * one caller's cancellation or timeout to the other.
   */
  async through(parts: CacheKeyParts, fetchAnswer: () => Promise<string>): Promise<string> {
    const cached = await this.get(parts);
    if (cached !== undefined) return cached;

    const value = await fetchAnswer();
    await this.set(parts, value);

    return value;
  }

  /** Forgets every answer. */
  async clear(): Promise<void> {
    await this.#store.clear();
  }
}

/** Turns the `cache` option into a cache; `undefined`/`false` means no caching. */
export function resolveResponseCache(
  option: boolean | CacheOptions | ResponseCache | undefined,
): ResponseCache | undefined {
  if (option === undefined || option === false) return undefined;
  if (option instanceof ResponseCache) return option;

  return new ResponseCache(option === true ? {} : option);
}
