/**
 * Time as the retry and rate-limit code sees it. Tests inject a clock whose `sleep` returns
 * at once, so they never wait for real time.
 */
import { FlickrAbortError } from '../errors.js';
import { monotonicNow } from '../monotonic-now.js';

/** A source of time and a way to wait. */
export interface Clock {
  /** Milliseconds since an arbitrary origin; only differences matter. */
  now(): number;
  /**
   * Resolves after `ms` milliseconds, or rejects with a {@link FlickrAbortError} as soon as
   * `signal` aborts.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `monotonicNow()` and timers. */
export const systemClock: Clock = {
  now: () => monotonicNow(),
  sleep: (ms, signal) => sleep(ms, signal),
};

/** Waits `ms` milliseconds unless `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(abortReason('wait', signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason('wait', signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The error to throw when `signal` aborted: its reason when that is already a library error
 * (a timeout, for instance), otherwise a {@link FlickrAbortError} about `what`.
 */
export function abortReason(what: string, signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof FlickrAbortError) return reason;
  if (reason instanceof Error && reason.name !== 'AbortError') {
    if ('kind' in reason) return reason;
  }

  return new FlickrAbortError(what, { cause: reason });
}
