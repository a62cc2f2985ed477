/**
 * The most a reply may hold. Flickr's largest answers (500 search results with every extra)
 * are a few megabytes; a reply of tens of megabytes is a misconfigured endpoint or a hostile
 * server, and reading it whole would hold that much memory per call.
 */
import { FlickrResponseFormatError } from '../errors.js';
import { redactText, urlWithoutQuery } from './redact.js';

/** Default largest reply body a transport reads, in bytes: 16 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Checks a `maxResponseBytes` option: a whole number of bytes > 0, or `Infinity`. */
export function checkMaxResponseBytes(value: number | undefined, where: string): number {
  if (value === undefined) return DEFAULT_MAX_RESPONSE_BYTES;
  if (typeof value !== 'number' || !(value > 0) || (Number.isFinite(value) && value % 1 !== 0)) {
    throw new TypeError(`${where}: maxResponseBytes must be a whole number > 0, got ${value}`);
  }

  return value;
}

/** The error for a reply that passed `limit` bytes; `head` is the start of its body. */
export function replyTooLarge(
  method: string,
  url: string,
  limit: number,
  head: string,
): FlickrResponseFormatError {
  const size = limit % (1024 * 1024) === 0 ? `${limit / (1024 * 1024)} MiB` : `${limit} bytes`;

  return new FlickrResponseFormatError(
    `${method} ${urlWithoutQuery(url)}`,
    `a reply of at most ${size}`,
    redactText(head.slice(0, 200)),
  );
}
