/**
 * Which failures are worth trying again: the ones where Flickr or the network was briefly
 * unavailable, not the ones where the request itself was wrong.
 */
import {
  FlickrApiError,
  FlickrHttpError,
  FlickrNetworkError,
  FlickrTimeoutError,
} from '../errors.js';

/** HTTP statuses retried by default: throttled, bad gateway, unavailable, gateway timeout. */
export const DEFAULT_RETRY_STATUSES: readonly number[] = [429, 502, 503, 504];

/** Flickr API codes retried by default: 105 "Service currently unavailable". */
export const DEFAULT_RETRY_API_CODES: readonly number[] = [105];

/** What {@link classifyFailure} found out about an error. */
export interface FailureClass {
  /** True when the same request may well succeed later. */
  readonly transient: boolean;
  /** How long the server asked us to wait (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number;
}

/** Decides whether `error` is a transient failure, and reads the server's `Retry-After`. */
export function classifyFailure(
  error: unknown,
  statuses: readonly number[] = DEFAULT_RETRY_STATUSES,
  apiCodes: readonly number[] = DEFAULT_RETRY_API_CODES,
): FailureClass {
  if (error instanceof FlickrNetworkError || error instanceof FlickrTimeoutError) {
    return { transient: true };
  }
  if (error instanceof FlickrHttpError) {
    if (!statuses.includes(error.status)) return { transient: false };
    const seconds = error.retryAfterSeconds;

    if (seconds === undefined) return { transient: true };

    return { transient: true, retryAfterMs: seconds * 1000 };
  }
  if (error instanceof FlickrApiError) return { transient: apiCodes.includes(error.code) };

  return { transient: false };
}

/**
 * Reads a `Retry-After` header: either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Returns seconds from `nowMs` (wall-clock milliseconds), or `undefined` when absent or
 * unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;

  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}
