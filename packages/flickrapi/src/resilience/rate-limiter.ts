/**
 * A client-side rate limiter: a token bucket kept as a "theoretical arrival time" (the
 * generic cell rate algorithm), so that one number holds the whole state and concurrent
 * callers are served in the order they asked.
 */
import { FlickrUsageError } from '../errors.js';
import { systemClock, type Clock } from './clock.js';

/** The `rateLimit` option of `FlickrAPI`. */
export interface RateLimitOptions {
  /**
   * Calls allowed per hour. Flickr asks each API key to stay under 3600 per hour, summed over
   * all users of the application. Default `3600` when neither rate is given.
   */
  readonly perHour?: number;
  /** Calls allowed per second; an alternative to `perHour`. */
  readonly perSecond?: number;
  /**
   * Calls that may go out at once after a quiet spell. Default: a minute's worth of calls
   * (60 for 3600 per hour), at least 1.
   */
  readonly burst?: number;
  /** Time source; tests pass one whose `sleep` returns at once. Default: real time. */
  readonly clock?: Clock;
}

/**
 * Keeps calls under a configured rate. Every `FlickrAPI` with `rateLimit` set has one; pass
 * the same instance to several clients to share one budget between them.
 *
 * @example
 * ```ts
 * const limiter = new RateLimiter({ perHour: 3600 });
 * const a = new FlickrAPI(key, secret, { rateLimit: limiter });
 * const b = new FlickrAPI(key, secret, { rateLimit: limiter, token });
 * ```
 */
export class RateLimiter {
  /** Milliseconds between two calls at the steady rate. */
  readonly intervalMs: number;
  /** Calls that may go out back to back. */
  readonly burst: number;
  readonly #clock: Clock;
  /** When the next call would go out if the bucket were empty. */
  #arrival = Number.NEGATIVE_INFINITY;

  constructor(options: RateLimitOptions = {}) {
    const perSecond = options.perSecond ?? (options.perHour ?? 3600) / 3600;
    if (!Number.isFinite(perSecond) || perSecond <= 0) {
      throw new FlickrUsageError(
        `rateLimit: expected a positive rate (perHour or perSecond), got ${perSecond * 3600}/hour`,
      );
    }
    const burst = options.burst ?? Math.max(1, Math.floor(perSecond * 60));
    if (!Number.isInteger(burst) || burst < 1) {
      throw new FlickrUsageError(`rateLimit.burst: expected a whole number >= 1, got ${burst}`);
    }
    this.intervalMs = 1000 / perSecond;
    this.burst = burst;
    this.#clock = options.clock ?? systemClock;
  }

  /**
   * Waits until one more call fits within the rate, then counts it. A call cancelled while
   * waiting keeps its slot: the limiter errs on the side of sending less.
   *
   * @throws {@link FlickrAbortError} when `signal` aborts while waiting.
   */
  async acquire(signal?: AbortSignal): Promise<void> {
    const now = this.#clock.now();
    const arrival = Math.max(this.#arrival, now);
    const earliest = arrival - (this.burst - 1) * this.intervalMs;
    this.#arrival = arrival + this.intervalMs;

    const wait = earliest - now;
    if (wait > 0) await this.#clock.sleep(wait, signal);
  }
}

/** Turns the `rateLimit` option into a limiter; `undefined`/`false` means no limit. */
export function resolveRateLimiter(
  option: RateLimiter | RateLimitOptions | boolean | undefined,
): RateLimiter | undefined {
  if (option === undefined || option === false) return undefined;
  if (option instanceof RateLimiter) return option;

  return new RateLimiter(option === true ? {} : option);
}
