/**
 * Accepting each sign-in state once. A replayed callback (the same state and verifier sent
 * again) is refused here before any request to Flickr; Flickr refuses it as well, since a
 * request token is traded only once, which covers several servers that do not share a guard.
 */

/** Remembers which sign-in states were used. */
export interface ReplayGuard {
  /**
   * Marks `id` as used until `expiresAt` (milliseconds since the epoch). Resolves `true` the
   * first time, `false` when it was already used.
   */
  claim(id: string, expiresAt: number): boolean | Promise<boolean>;
}

/**
 * A {@link ReplayGuard} in this process's memory. Entries are dropped once expired; at most
 * `maxEntries` (default 100 000) are kept, dropping the oldest first, so a flood of sign-ins
 * cannot exhaust memory.
 */
export class MemoryReplayGuard implements ReplayGuard {
  readonly #used = new Map<string, number>();
  readonly #maxEntries: number;

  constructor(options: { maxEntries?: number } = {}) {
    this.#maxEntries = options.maxEntries ?? 100_000;
  }

  claim(id: string, expiresAt: number, now: number = Date.now()): boolean {
    for (const [key, expiry] of this.#used) {
      if (expiry > now && this.#used.size < this.#maxEntries) break;
      this.#used.delete(key);
    }
    if (this.#used.has(id)) return false;
    this.#used.set(id, expiresAt);

    return true;
  }
}
