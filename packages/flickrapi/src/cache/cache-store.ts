/**
 * The storage behind the response cache. The in-memory LRU store is the default; implement
 * this interface to keep answers in Redis, a file or anywhere else. Values are the raw reply
 * bodies (text), so any store that holds strings will do.
 */

/** One cached reply. */
export interface CacheEntry {
  /** The reply body as Flickr sent it. */
  readonly value: string;
  /** When it stops being valid, in wall-clock milliseconds (`Date.now()`). */
  readonly expiresAt: number;
}

/**
 * Where cached replies live. Methods may return promises; the cache awaits them. A store may
 * drop entries whenever it likes (that only costs a request), but must never return an entry
 * under a key it was not stored with.
 */
export interface CacheStore {
  /** The entry kept under `key`, expired or not (the cache checks `expiresAt`). */
  get(key: string): CacheEntry | undefined | Promise<CacheEntry | undefined>;
  /** Keeps `entry` under `key`, replacing any entry there. */
  set(key: string, entry: CacheEntry): void | Promise<void>;
  /** Forgets the entry under `key`, if any. */
  delete(key: string): void | Promise<void>;
  /** Forgets every entry. */
  clear(): void | Promise<void>;
}
