/**
 * Sealing: a value encrypted and authenticated under a server key (AES-256-GCM), with its
 * expiry inside the sealed payload, so that a cookie can carry a token or sign-in state that
 * the browser can neither read nor alter, and that stops working when it expires.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

import { AuthFlowError, FlickrUsageError } from '../errors.js';

/**
 * A server key: at least 32 random bytes, or a string of at least 32 characters (for example
 * 64 hex digits from `openssl rand -hex 32`). The AES key is derived from it with HKDF-SHA256,
 * one per purpose, so that a value sealed for one purpose never opens as another.
 */
export type SealKey = string | Uint8Array;

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = 'flickrapi-ts sealed cookie';

/**
 * Seals and opens values for one purpose (such as `sign-in-state` or `token`).
 *
 * Key rotation: values are sealed with the first key and opened with any of them, so a new key
 * goes first and the old one stays in the list until the values sealed with it have expired.
 *
 * @example
 * ```ts
 * const sealer = new Sealer([process.env.COOKIE_KEY!], 'token');
 * const value = sealer.seal({ hello: 'world' }, 3600);
 * sealer.open(value); // { hello: 'world' }, for one hour
 * ```
 */
export class Sealer {
  readonly #keys: readonly Buffer[];
  readonly #purpose: string;

  /**
   * @param keys - The server keys, newest first; at least one.
   * @param purpose - What the values are for; bound into both the key and the ciphertext.
   */
  constructor(keys: readonly SealKey[], purpose: string) {
    if (keys.length === 0) throw new FlickrUsageError('sealed cookie: give at least one key');
    this.#keys = keys.map((key, i) => deriveKey(key, i, purpose));
    this.#purpose = purpose;
  }

  /**
   * Encrypts `value` (anything `JSON.stringify` keeps) so that it opens until `ttlSeconds`
   * from `now`. The result is URL- and cookie-safe (base64url with a `v1.` prefix).
   */
  seal(value: unknown, ttlSeconds: number, now: number = Date.now()): string {
    const key = this.#keys[0];
    if (key === undefined) throw new FlickrUsageError('sealed cookie: no key');
    const payload = JSON.stringify({ exp: now + ttlSeconds * 1000, value });
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(`${VERSION}:${this.#purpose}`));
    const body = Buffer.concat([cipher.update(payload, 'utf8'), cipher.final()]);

    return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  }

  /**
   * Decrypts a sealed value and returns what was sealed (callers check its shape).
   *
   * @throws AuthFlowError `state-invalid` when the value is malformed, altered, sealed for
   *   another purpose or under an unknown key; `expired` when its time is up.
   */
  open(sealed: string, now: number = Date.now()): unknown {
    const payload = this.#decrypt(sealed);
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch (error) {
      throw new AuthFlowError('state-invalid', `${this.#purpose}: sealed value is not JSON`, {
        cause: error,
      });
    }
    if (typeof parsed !== 'object' || parsed === null || !('exp' in parsed)
      || typeof parsed.exp !== 'number' || !('value' in parsed)) {
      throw new AuthFlowError('state-invalid', `${this.#purpose}: sealed value has no expiry`);
    }
    if (now >= parsed.exp) {
      throw new AuthFlowError(
        'expired',
        `${this.#purpose}: expired at ${new Date(parsed.exp).toISOString()}`,
      );
    }

    return parsed.value;
  }

  #decrypt(sealed: string): string {
    const [version, data, extra] = sealed.split('.');
    const raw = data === undefined ? Buffer.alloc(0) : Buffer.from(data, 'base64url');
    if (version !== VERSION || extra !== undefined || raw.length < IV_BYTES + TAG_BYTES + 1) {
      throw new AuthFlowError('state-invalid', `${this.#purpose}: not a sealed value`);
    }
    const iv = raw.subarray(0, IV_BYTES);
    const tag = raw.subarray(raw.length - TAG_BYTES);
    const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);

    for (const key of this.#keys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(`${VERSION}:${this.#purpose}`));
        decipher.setAuthTag(tag);

        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        // Not this key (or altered): try the next one.
      }
    }
    throw new AuthFlowError(
      'state-invalid',
      `${this.#purpose}: sealed value was altered or sealed under an unknown key`,
    );
  }
}

function deriveKey(key: SealKey, index: number, purpose: string): Buffer {
  const material = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key);
  if (material.length < 32) {
    throw new FlickrUsageError(
      `sealed cookie: key ${index} has ${material.length} bytes; expected at least 32 ` +
        '(for example 64 hex digits from `openssl rand -hex 32`)',
    );
  }

  return Buffer.from(hkdfSync('sha256', material, SALT, purpose, 32));
}
