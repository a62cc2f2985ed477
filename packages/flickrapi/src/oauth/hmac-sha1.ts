/**
 * The HMAC-SHA1 signature method, the only one Flickr supports.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.2
 */
import type { KeyObject } from 'node:crypto';
import { nodeCrypto } from './node-crypto.js';
import { percentEncode } from './percent-encode.js';

/**
 * The HMAC-SHA1 key: `enc(consumer secret) & enc(token secret)`. Without a token (the request
 * token step, or a call signed with the consumer secret only) the key ends in `&`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.2
 */
export function signingKey(consumerSecret: string, tokenSecret = ''): string {
  return `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
}

/**
 * Signs a base string with HMAC-SHA1 and returns the base64 digest (the `oauth_signature`
 * value, not yet percent-encoded).
 *
 * @example Flickr's request-token example
 * ```ts
 * hmacSha1Signature(baseString, signingKey('1a3c208e172d3edc')); // "C2dT+JtfKMQ/IGjezSsQS/OoeV8="
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.2
 */
export function hmacSha1Signature(baseString: string, key: string): string {
  return nodeCrypto()
    .createHmac('sha1', keyObject(key))
    .update(baseString, 'latin1')
    .digest('base64');
}

// Importing the key is a good part of each HMAC's cost, and a client signs with the same key
// call after call. One slot: enough for that, and it keeps no history of other keys.
let lastKeyText = '';
let lastKey: KeyObject | undefined;

function keyObject(key: string): KeyObject {
  if (lastKey === undefined || key !== lastKeyText) {
    lastKey = nodeCrypto().createSecretKey(Buffer.from(key, 'utf8'));
    lastKeyText = key;
  }

  return lastKey;
}
