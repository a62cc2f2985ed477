import { randomUUID } from 'node:crypto';

/**
 * A fresh random nonce: 122 random bits written as a UUID (hex digits and `-`, all of them
 * unreserved characters). Node draws UUIDs from a pre-filled entropy buffer, which makes this
 * cheaper than `randomBytes` on every call.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.3
 */
export function createNonce(): string {
  return randomUUID();
}

/**
 * The current time as an OAuth timestamp: whole seconds since the Unix epoch, as text.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.3
 */
export function oauthTimestamp(now: number = Date.now()): string {
  return String(Math.floor(now / 1000));
}
