import { FlickrHttpError } from '../errors.js';

/**
 * The message the command prints for a failure: the error's own, completed with what the
 * user can act on. An HTTP error with a `Retry-After` says how long to wait
 * (`POST https://api.flickr.com/services/rest/: HTTP 429, retry after 1797 s`).
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error instanceof FlickrHttpError && error.retryAfterSeconds !== undefined) {
    return `${error.message}, retry after ${error.retryAfterSeconds} s`;
  }

  return error.message;
}
