/**
 * The library's clock for timeouts, idle limits and durations.
 */

/**
 * Milliseconds on a monotonic clock (only differences mean anything), as `performance.now()`
 * counts them. Not `performance.now()` itself: the first use of the `performance` global loads
 * `perf_hooks`, about a millisecond of a short program's start-up, such as a first call.
 */
export function monotonicNow(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
