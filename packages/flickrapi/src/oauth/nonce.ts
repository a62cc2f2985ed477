import { nodeCrypto } from './node-crypto.js';

/**
 * A fresh random nonce: 122 random bits written as a UUID (hex digits and `-`, all of them
 * unreserved characters). Node draws UUIDs from a pre-filled entropy buffer, which makes this
 * cheaper than `randomBytes` on every call.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.3
 */
export function createNonce(): string {
  return nodeCrypto().randomUUID();
}

// Signing asks for the time on every request; within one second the text is the same, so the
// last one is kept rather than formatted again.
let lastSecond = -1;
let lastTimestamp = '';

/**
 * The current time as an OAuth timestamp: whole seconds since the Unix epoch, as text.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.3
 */
export function oauthTimestamp(now: number = Date.now()): string {
  const second = Math.floor(now / 1000);
  if (second !== lastSecond) {
    lastTimestamp = String(second);
    lastSecond = second;
  }

  return lastTimestamp;
}
