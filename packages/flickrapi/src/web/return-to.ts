/**
 * Where a visitor goes back to after signing in. Only a path on the same site is accepted,
 * so a crafted sign-in link can never send a visitor to another site (an open redirect).
 */

const BASE = 'http://same-site.invalid';
const MAX_LENGTH = 2048;

/**
 * `candidate` when it is a same-site relative path (`/photos?page=2`), else `undefined`.
 * Refused: absolute URLs (`https://evil.example`), scheme-relative ones (`//evil.example`),
 * backslashes (`/\evil.example`, which browsers read as `//`), control characters and
 * whitespace (which URL parsers strip, turning `/\t/evil` into `//evil`), and anything that
 * does not start with a single `/`.
 *
 * @example
 * ```ts
 * safeReturnTo('/albums/1?x=2'); // '/albums/1?x=2'
 * safeReturnTo('//evil.example'); // undefined
 * ```
 */
export function safeReturnTo(candidate: unknown): string | undefined {
  if (typeof candidate !== 'string' || candidate.length > MAX_LENGTH) return undefined;
  if (!candidate.startsWith('/') || candidate.startsWith('//')) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what to refuse
  if (/[\\\s\u0000-\u001f\u007f]/.test(candidate)) return undefined;

  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;

  return `${url.pathname}${url.search}${url.hash}`;
}
