/**
 * What happens around each request of a client: the response cache, the rate limiter and
 * retries, in that order. A cached answer costs nothing; every attempt that goes out waits
 * for the limiter first; an answer is cached only once it has been read successfully.
 */
import {
  ResponseCache,
  resolveResponseCache,
  type CacheKeyParts,
  type CacheOptions,
} from '../cache/response-cache.js';
import type { TransportResponse } from '../http/transport.js';
import { RateLimiter, resolveRateLimiter, type RateLimitOptions } from './rate-limiter.js';
import { resolveRetryPolicy, withRetry, type RetryOptions, type RetryPolicy } from './retry.js';

/** The client options this module reads. */
export interface CallPolicyOptions {
  /**
   * Cache answers to read methods. `true` uses the defaults (5 minutes, 200 answers in
   * memory). Default: off.
   */
  readonly cache?: boolean | CacheOptions | ResponseCache | undefined;
  /**
   * Retry transient failures (network errors, timeouts, HTTP 429/502/503/504, Flickr error
   * 105) of read methods with backoff. `true` uses the defaults (4 attempts, at most 60 s).
   * Default: off.
   */
  readonly retry?: boolean | RetryOptions | undefined;
  /**
   * Keep calls under a rate (Flickr asks for at most 3600 per hour per key). Pass a
   * `RateLimiter` to share one budget between clients. Default: off.
   */
  readonly rateLimit?: boolean | RateLimitOptions | RateLimiter | undefined;
}

/** One request as the policies see it. */
export interface PolicyRequest<T> {
  /** The method, or `upload` / `replace`. */
  readonly what: string;
  /** True when the request changes data: retried only with `retry.writes`. */
  readonly write: boolean;
  /** False when the request cannot be sent twice (a streamed upload). Default `true`. */
  readonly replayable?: boolean;
  /** Where the answer may be cached, when it may be; found only when a cache is on. */
  readonly cacheKey?: () => Promise<CacheKeyParts | undefined>;
  /** Cancels waits and the request. */
  readonly signal?: AbortSignal | undefined;
  /** Sends the request once. */
  readonly send: () => Promise<TransportResponse>;
  /** Reads a reply, throwing for failures (which may then be retried). */
  readonly read: (response: TransportResponse) => T;
}

/** The cache, limiter and retry policy of one client. */
export class CallPolicies {
  readonly cache: ResponseCache | undefined;
  readonly limiter: RateLimiter | undefined;
  readonly retry: RetryPolicy | undefined;

  constructor(options: CallPolicyOptions = {}) {
    this.cache = resolveResponseCache(options.cache);
    this.limiter = resolveRateLimiter(options.rateLimit);
    this.retry = resolveRetryPolicy(options.retry);
  }

  /** Runs one request through the cache, the limiter and the retry policy. */
  async run<T>(request: PolicyRequest<T>): Promise<T> {
    const key = this.cache === undefined ? undefined : await request.cacheKey?.();
    if (key !== undefined && this.cache !== undefined) {
      const cached = await this.cache.get(key);
      if (cached !== undefined) return request.read({ status: 200, headers: {}, body: cached });
    }

    let body: string | undefined;
    const result = await withRetry(async () => {
      await this.limiter?.acquire(request.signal);
      const response = await request.send();
      const value = request.read(response);
      body = response.body;
      return value;
    }, this.retry, {
      what: request.what,
      write: request.write,
      ...(request.replayable === undefined ? {} : { replayable: request.replayable }),
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    });

    if (key !== undefined && body !== undefined) await this.cache?.set(key, body);

    return result;
  }
}
