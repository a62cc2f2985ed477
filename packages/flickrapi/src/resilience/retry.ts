/**
 * Retries with exponential backoff and full jitter: before attempt n+1 the client waits a
 * random time between 0 and min(maxDelayMs, baseDelayMs * 2^(n-1)), or longer when the server
 * sent `Retry-After`. Spreading waits at random keeps many clients from retrying in step.
 *
 * @see https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
import { FlickrUsageError } from '../errors.js';
import { abortReason, systemClock, type Clock } from './clock.js';
import { classifyFailure, DEFAULT_RETRY_API_CODES, DEFAULT_RETRY_STATUSES } from './transient.js';

/** What a retry is about to do, for logging. */
export interface RetryEvent {
  /** The attempt that failed, from 1. */
  readonly attempt: number;
  /** The wait before the next attempt, in milliseconds. */
  readonly delayMs: number;
  /** The transient failure. */
  readonly error: unknown;
}

/** The `retry` option of `FlickrAPI`. */
export interface RetryOptions {
  /** Attempts in all, the first included. Default `4`. */
  readonly attempts?: number;
  /** Upper bound of the first wait, in milliseconds; doubles each time. Default `500`. */
  readonly baseDelayMs?: number;
  /** Cap on one wait computed by backoff, in milliseconds. Default `20000`. */
  readonly maxDelayMs?: number;
  /**
   * Give up once the next attempt would start later than this after the first one, in
   * milliseconds. A `Retry-After` longer than what is left ends the retries. Default `60000`.
   */
  readonly maxElapsedMs?: number;
  /**
   * Also retry calls that change data (write and delete methods, uploads). Off by default: a
   * write that timed out may have been done, and doing it twice can add a comment twice.
   * Uploads from a stream are never retried, since the stream cannot be read again.
   */
  readonly writes?: boolean;
  /** HTTP statuses to retry. Default `[429, 502, 503, 504]`. */
  readonly statuses?: readonly number[];
  /** Flickr API error codes to retry. Default `[105]`. */
  readonly apiCodes?: readonly number[];
  /** Called before each wait. */
  readonly onRetry?: (event: RetryEvent) => void;
  /** Time source; tests pass one whose `sleep` returns at once. Default: real time. */
  readonly clock?: Clock;
  /** Random numbers in [0, 1) for the jitter. Default `Math.random`. */
  readonly random?: () => number;
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Required<Omit<RetryOptions, 'onRetry'>> &
  Pick<RetryOptions, 'onRetry'>;

/**
 * Turns the `retry` option into a policy: `false`/`undefined` → no retries, `true` → the
 * defaults, an object → the defaults overridden by its fields.
 *
 * @throws {@link FlickrUsageError} for a limit that is not a positive number.
 */
export function resolveRetryPolicy(
  option: boolean | RetryOptions | undefined,
): RetryPolicy | undefined {
  if (option === undefined || option === false) return undefined;
  const given = option === true ? {} : option;
  const policy: RetryPolicy = {
    attempts: given.attempts ?? 4,
    baseDelayMs: given.baseDelayMs ?? 500,
    maxDelayMs: given.maxDelayMs ?? 20_000,
    maxElapsedMs: given.maxElapsedMs ?? 60_000,
    writes: given.writes ?? false,
    statuses: given.statuses ?? DEFAULT_RETRY_STATUSES,
    apiCodes: given.apiCodes ?? DEFAULT_RETRY_API_CODES,
    clock: given.clock ?? systemClock,
    random: given.random ?? Math.random,
    ...(given.onRetry === undefined ? {} : { onRetry: given.onRetry }),
  };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new FlickrUsageError(
      `retry.attempts: expected a whole number >= 1, got ${policy.attempts}`,
    );
  }
  for (const name of ['baseDelayMs', 'maxDelayMs', 'maxElapsedMs'] as const) {
    const value = policy[name];
    if (!Number.isFinite(value) || value < 0) {
      throw new FlickrUsageError(`retry.${name}: expected milliseconds >= 0, got ${value}`);
    }
  }

  return policy;
}

/** The backoff wait after failed attempt `attempt` (from 1), before any `Retry-After`. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));

  return Math.floor(policy.random() * ceiling);
}

/** How one call is to be retried. */
export interface RetryContext {
  /** What is being done, for the cancellation message, e.g. `flickr.photos.search`. */
  readonly what: string;
  /** True for calls that change data; retried only with `writes: true`. */
  readonly write: boolean;
  /** False when the request cannot be sent again (an upload from a stream). Default `true`. */
  readonly replayable?: boolean;
  /** Cancels the waits between attempts. */
  readonly signal?: AbortSignal;
}

/**
 * Runs `operation` until it succeeds, fails for good, or the policy's limits are reached; the
 * last failure is thrown as it was. Without a policy it runs once.
 *
 * @example
 * ```ts
 * const policy = resolveRetryPolicy(true);
 * await withRetry(() => send(request), policy, { what: 'flickr.test.echo', write: false });
 * ```
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy | undefined,
  context: RetryContext,
): Promise<T> {
  const retries = policy !== undefined && (!context.write || policy.writes) &&
    context.replayable !== false;
  if (!retries) return operation(1);

  const started = policy.clock.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (context.signal?.aborted === true) throw abortReason(context.what, context.signal);
      const failure = classifyFailure(error, policy.statuses, policy.apiCodes);
      if (!failure.transient || attempt >= policy.attempts) throw error;

      const delayMs = Math.max(backoffDelay(policy, attempt), failure.retryAfterMs ?? 0);
      const elapsed = policy.clock.now() - started;
      if (elapsed + delayMs > policy.maxElapsedMs) throw error;
      policy.onRetry?.({ attempt, delayMs, error });
      await policy.clock.sleep(delayMs, context.signal);
    }
  }
}
