/**
 * The code Flickr shows in the out-of-band flow, as a user types it.
 */
import { FlickrUsageError } from '../errors.js';

/**
 * Normalizes a typed verifier. Flickr shows a 9-digit code as `123-456-789` and expects it
 * in that form; users type it with or without the dashes, with spaces, or pasted with a
 * trailing newline. A 16-hex-digit callback verifier, pasted by hand, passes unchanged.
 *
 * @returns the verifier to send, or `undefined` when the text is not a verifier
 * @example
 * ```ts
 * parseVerifier(' 123 456789\n'); // '123-456-789'
 * parseVerifier('5d1b96a26b494074'); // '5d1b96a26b494074'
 * parseVerifier('12-34'); // undefined
 * ```
 */
export function parseVerifier(text: string): string | undefined {
  const compact = text.replace(/[\s\-\u2010-\u2015]/g, '');

  if (/^\d{9}$/.test(compact)) {
    return `${compact.slice(0, 3)}-${compact.slice(3, 6)}-${compact.slice(6)}`;
  }
  if (/^[0-9a-f]{16}$/i.test(compact)) return compact;

  return undefined;
}

/**
 * Checks a verifier before it is sent: a non-empty string without whitespace or control
 * characters (a typed code goes through {@link parseVerifier} first). The verifier itself
 * never appears in the error.
 *
 * @throws FlickrUsageError naming `where`
 */
export function checkVerifier(verifier: unknown, where: string): void {
  const usable = typeof verifier === 'string' && verifier !== '';
  if (usable && !/[\s\u0000-\u001f\u007f]/.test(verifier)) return;
  const got = typeof verifier !== 'string' ? typeof verifier
    : verifier === '' ? 'an empty string' : 'text with spaces or control characters';

  throw new FlickrUsageError(
    `${where}: the verifier must be the oauth_verifier of the callback or the code of the ` +
      `authorize page (see parseVerifier), got ${got}`,
  );
}
