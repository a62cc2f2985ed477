import { createHmac, timingSafeEqual } from 'node:crypto';
import { percentEncode, type Param } from './percent-encode.js';

/**
 * Normalises a base URL for the signature base string: lower-case scheme and host, the
 * default port (80 for http, 443 for https) dropped, no query or fragment.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.2
 * @example baseUrl('http', '127.0.0.1:80', '/services/rest/') === 'http://127.0.0.1/services/rest/'
 */
export function baseUrl(scheme: string, host: string, path: string): string {
  const lowerScheme = scheme.toLowerCase();
  let lowerHost = host.toLowerCase();
  if (lowerScheme === 'http' && lowerHost.endsWith(':80')) lowerHost = lowerHost.slice(0, -3);
  if (lowerScheme === 'https' && lowerHost.endsWith(':443')) lowerHost = lowerHost.slice(0, -4);

  return `${lowerScheme}://${lowerHost}${path}`;
}

/**
 * Builds the signature base string `METHOD&enc(url)&enc(params)`, where params are
 * encoded, sorted by name then value, and joined with `&`. The caller passes every
 * parameter except `oauth_signature` (and `realm`).
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.3.2
 */
export function signatureBaseString(method: string, url: string, params: readonly Param[]): string {
  const normalized = params
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(
      ([nameA, valueA], [nameB, valueB]) =>
        compareStrings(nameA, nameB) || compareStrings(valueA, valueB),
    )
    .map(([name, value]) => `${name}=${value}`)
    .join('&');

  return [method.toUpperCase(), percentEncode(url), percentEncode(normalized)].join('&');
}

/**
 * HMAC-SHA1 of the base string keyed by `enc(consumerSecret)&enc(tokenSecret)`, base64.
 * The token secret is empty for the request-token step, so the key then ends in `&`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.2
 * @example
 * // PROTOCOL vector: request_token for key 768fe946d252b119746fda82e1599980
 * hmacSha1Signature(sbs, '1a3c208e172d3edc', '') === 'C2dT+JtfKMQ/IGjezSsQS/OoeV8='
 */
export function hmacSha1Signature(
  baseString: string,
  consumerSecret: string,
  tokenSecret: string,
): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;

  return createHmac('sha1', key).update(baseString, 'utf8').digest('base64');
}

/** Compares two signatures in constant time for equal lengths. */
export function signaturesEqual(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  if (a.length !== b.length) return false;

  return timingSafeEqual(a, b);
}

/** Byte-wise ordering, as RFC 5849 asks for (not locale collation). */
function compareStrings(a: string, b: string): number {
  if (a === b) return 0;

  return a < b ? -1 : 1;
}
