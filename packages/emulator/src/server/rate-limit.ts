/**
 * Flickr's documented budget of calls per API key per hour, as a token bucket: a full
 * bucket allows a burst of `perHour` calls, then one call per `3600 / perHour` seconds.
 */
export class RateLimiter {
  readonly #perHour: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  /** @param perHour calls allowed per key per hour (Flickr: 3600). */
  constructor(perHour: number) {
    if (!(perHour > 0)) throw new RangeError(`rateLimitPerHour must be > 0, got ${perHour}`);
    this.#perHour = perHour;
  }

  /**
   * Takes one call from the key's budget. Returns 0 when allowed, else the number of
   * seconds until the next call would be (for `Retry-After`).
   */
  take(key: string, nowMs: number): number {
    const rate = this.#perHour / 3_600_000;
    const bucket = this.#buckets.get(key) ?? { tokens: this.#perHour, at: nowMs };
    bucket.tokens = Math.min(this.#perHour, bucket.tokens + (nowMs - bucket.at) * rate);
    bucket.at = nowMs;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }

    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000));
  }
}
