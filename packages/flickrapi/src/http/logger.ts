/** The opt-in logging channel. */

/**
 * Receives one `debug` line per request: `method`, `url` (secrets redacted), `status` (absent
 * when no reply arrived), `durationMs`, and `error` (a message) when the request failed.
 * The library is silent unless a logger is given.
 *
 * @example
 * ```ts
 * const flickr = new FlickrAPI(key, secret, {
 *   logger: { debug: (msg, fields) => console.error(msg, fields) },
 * });
 * ```
 */
export interface FlickrLogger {
  debug(message: string, fields: Readonly<Record<string, unknown>>): void;
}
