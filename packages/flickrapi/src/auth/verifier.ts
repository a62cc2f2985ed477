/**
 * The code Flickr shows in the out-of-band flow, as a user types it.
 */

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
