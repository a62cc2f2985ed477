/**
 * The HMAC-SHA1 signature method, the only one Flickr supports.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.2
 */
import { nodeCrypto } from './node-crypto.js';
import { percentEncode } from './percent-encode.js';

/**
 * The HMAC-SHA1 key: `enc(consumer secret) & enc(token secret)`. Without a token (the request
 * token step, or a call signed with the consumer secret only) the key ends in `&`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.2
 */
export function signingKey(consumerSecret: string, tokenSecret = ''): string {
  // A client signs with the same secrets call after call. The key of the last pair is kept
  // (the HMAC pads below hold it anyway) so that it is not encoded again.
  if (consumerSecret !== lastConsumerSecret || tokenSecret !== lastTokenSecret) {
    lastKey = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
    lastConsumerSecret = consumerSecret;
    lastTokenSecret = tokenSecret;
  }

  return lastKey;
}

let lastConsumerSecret = '';
let lastTokenSecret = '';
let lastKey = '&';

// HMAC (RFC 2104) over SHA-1 is two hashes: H((K ^ opad) || H((K ^ ipad) || message)).
// Node's one-shot crypto.hash() costs well under half of a createHmac() object's set-up,
// update and digest, so the two hashes are computed with it. The inner pad stays at the start
// of a reusable buffer and the message is written after it; the outer pad leaves room for the
// inner digest. One key at a time: a client signs call after call with the same key, and one
// slot keeps no history of other keys.
const BLOCK_BYTES = 64;
const DIGEST_BYTES = 20;
const KEPT_MESSAGE_BYTES = 8192;

// Made on the first signature, not at import.
let padsKey: string | undefined;
let inner: Buffer | undefined;
let outer: Buffer | undefined;

/**
 * A message for {@link hmacSha1}, written straight into the buffer that is hashed rather than
 * handed over as a string and copied.
 */
export interface HmacMessage {
  /** At least the number of bytes `write` writes. */
  readonly maxBytes: number;
  /** Writes the message into `out` from index `at`; returns the index after its last byte. */
  write(out: Buffer, at: number): number;
}

/**
 * Signs a message with HMAC-SHA1 and returns the base64 digest (the `oauth_signature` value,
 * not yet percent-encoded).
 */
export function hmacSha1(message: HmacMessage, key: string): string {
  const crypto = nodeCrypto();
  const kept = (inner ??= Buffer.alloc(BLOCK_BYTES + KEPT_MESSAGE_BYTES));
  outer ??= Buffer.alloc(BLOCK_BYTES + DIGEST_BYTES);
  let buffer = kept;
  if (BLOCK_BYTES + message.maxBytes > kept.length) {
    // A one-off long message gets a buffer of its own; the kept one stays as it is.
    buffer = Buffer.alloc(BLOCK_BYTES + message.maxBytes);
    padsKey = undefined;
  }
  if (key !== padsKey) setPads(key, buffer, outer);
  // A one-off buffer took this key's pads; the kept one may still hold another key's. Said
  // before the message is written, so that a write that throws cannot leave it unsaid.
  if (buffer !== kept) padsKey = undefined;
  const end = message.write(buffer, BLOCK_BYTES);
  outer.write(crypto.hash('sha1', buffer.subarray(0, end), 'binary'), BLOCK_BYTES, 'latin1');

  return crypto.hash('sha1', outer, 'base64');
}

/**
 * Signs a base string with HMAC-SHA1 and returns the base64 digest (the `oauth_signature`
 * value, not yet percent-encoded). The base string is ASCII (it is percent-encoded text);
 * each of its code units is signed as one byte.
 *
 * @example Flickr's request-token example
 * ```ts
 * hmacSha1Signature(baseString, signingKey('1a3c208e172d3edc')); // "C2dT+JtfKMQ/IGjezSsQS/OoeV8="
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.2
 */
export function hmacSha1Signature(baseString: string, key: string): string {
  return hmacSha1({
    maxBytes: baseString.length,
    write: (out, at) => at + out.write(baseString, at, 'latin1'),
  }, key);
}

function setPads(key: string, innerBlock: Buffer, outerBlock: Buffer): void {
  let keyBytes = Buffer.from(key, 'utf8');
  // RFC 2104 section 2: a key longer than the block is replaced by its hash.
  if (keyBytes.length > BLOCK_BYTES) keyBytes = nodeCrypto().hash('sha1', keyBytes, 'buffer');
  innerBlock.fill(0x36, 0, BLOCK_BYTES);
  outerBlock.fill(0x5c, 0, BLOCK_BYTES);
  for (let i = 0; i < keyBytes.length; i++) {
    innerBlock[i]! ^= keyBytes[i]!;
    outerBlock[i]! ^= keyBytes[i]!;
  }
  padsKey = key;
}
