/**
 * flic.kr short URLs: a photo id written in Flickr's base 58.
 *
 * Known answers (checked against python flickrapi's `shorturl`): 4325695128 → `7Afjsu`,
 * 2811466321 → `5hruZg`, 5169665786 → `8SPTwJ`, 4425073240 → `7K2E7d`,
 * 53104126447 → `2oUCwF2`.
 */
import { FlickrUsageError } from '../errors.js';

/** Flickr's base-58 alphabet: digits and letters without `0`, `O`, `I` and `l`. */
export const BASE58_ALPHABET = '123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';

/** The prefix of every short photo URL. */
export const SHORT_URL_PREFIX = 'https://flic.kr/p/';

const BASE = 58n;

/** A photo id as Flickr sends it (a decimal string) or as a number or bigint. */
export type PhotoIdInput = string | number | bigint;

function toBigInt(photoId: PhotoIdInput): bigint {
  if (typeof photoId === 'bigint') {
    if (photoId > 0n) return photoId;
  } else if (typeof photoId === 'number') {
    if (Number.isSafeInteger(photoId) && photoId > 0) return BigInt(photoId);
  } else if (/^[0-9]+$/.test(photoId) && /[1-9]/.test(photoId)) {
    return BigInt(photoId);
  }

  throw new FlickrUsageError(
    `short URL: photo id ${JSON.stringify(String(photoId))} is not valid; ` +
      'expected a positive whole number such as "4325695128"',
  );
}

/**
 * Encodes a photo id in Flickr's base 58, most significant digit first.
 *
 * @example
 * ```ts
 * encodeBase58('4325695128'); // '7Afjsu'
 * ```
 */
export function encodeBase58(photoId: PhotoIdInput): string {
  let rest = toBigInt(photoId);
  let encoded = '';
  while (rest > 0n) {
    encoded = BASE58_ALPHABET.charAt(Number(rest % BASE)) + encoded;
    rest /= BASE;
  }

  return encoded;
}

/**
 * Decodes a base-58 string back into the decimal photo id.
 *
 * @throws {@link FlickrUsageError} when the text is empty or holds a character outside
 * {@link BASE58_ALPHABET} (such as `0`, `O`, `I` or `l`).
 * @example
 * ```ts
 * decodeBase58('7Afjsu'); // '4325695128'
 * ```
 */
export function decodeBase58(encoded: string): string {
  if (encoded.length === 0) {
    throw new FlickrUsageError('short URL: the base-58 text is empty; expected e.g. "7Afjsu"');
  }

  let value = 0n;
  for (const [index, char] of [...encoded].entries()) {
    const digit = BASE58_ALPHABET.indexOf(char);
    if (digit < 0) {
      throw new FlickrUsageError(
        `short URL: ${JSON.stringify(char)} at position ${index} of ${JSON.stringify(encoded)} ` +
          'is not a base-58 digit (the alphabet has no 0, O, I or l)',
      );
    }
    value = value * BASE + BigInt(digit);
  }

  return value.toString();
}

/**
 * The flic.kr short URL of a photo.
 *
 * @example
 * ```ts
 * shortUrl('53104126447'); // 'https://flic.kr/p/2oUCwF2'
 * ```
 */
export function shortUrl(photoId: PhotoIdInput): string {
  return SHORT_URL_PREFIX + encodeBase58(photoId);
}

/**
 * The photo id in a flic.kr short URL. Accepts `https://` and `http://`, with or without a
 * trailing slash, and the bare base-58 code.
 *
 * @throws {@link FlickrUsageError} when the text is not a flic.kr photo URL.
 * @example
 * ```ts
 * photoIdFromShortUrl('https://flic.kr/p/7Afjsu'); // '4325695128'
 * ```
 */
export function photoIdFromShortUrl(url: string): string {
  const trimmed = url.trim();
  const match = /^(?:https?:\/\/(?:www\.)?flic\.kr\/p\/)?([^/?#]+)\/?$/.exec(trimmed);
  if (match?.[1] === undefined) {
    throw new FlickrUsageError(
      `short URL: ${JSON.stringify(url)} is not a flic.kr photo URL; ` +
        'expected "https://flic.kr/p/<code>"',
    );
  }

  return decodeBase58(match[1]);
}
