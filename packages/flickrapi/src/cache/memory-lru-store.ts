/**
 * An in-memory {@link CacheStore} that keeps the most recently used entries. A `Map` iterates
 * in insertion order, so re-inserting on each hit keeps the least recently used entry first.
 */
import { FlickrUsageError } from '../errors.js';
import type { CacheEntry, CacheStore } from './cache-store.js';

/**
 * Holds at most `maxEntries` entries, dropping the least recently used one first.
 *
 * @example
 * ```ts
 * const flickr = new FlickrAPI(key, secret, { cache: { store: new MemoryLruStore(1000) } });
 * ```
 */
export class MemoryLruStore implements CacheStore {
  /** The most entries kept. */
  readonly maxEntries: number;
  readonly #entries = new Map<string, CacheEntry>();

  /** @param maxEntries - The most entries kept. Default `200`. */
  constructor(maxEntries = 200) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new FlickrUsageError(
        `cache.maxEntries: expected a whole number >= 1, got ${maxEntries}`,
      );
    }
    this.maxEntries = maxEntries;
  }

  /** How many entries are held, expired ones included until they are next read. */
  get size(): number {
    return this.#entries.size;
  }

  get(key: string): CacheEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);

    return entry;
  }

  set(key: string, entry: CacheEntry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
