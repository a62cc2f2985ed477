/**
 * The two cookie operations the sign-in pieces need: reading the `Cookie` request header and
 * writing one `Set-Cookie` value. Values written here are base64url, so they need no escaping.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6265#section-4.1 (Set-Cookie syntax)
 */

/** Attributes of a cookie the sign-in pieces set. HttpOnly and SameSite=Lax always apply. */
export interface CookieAttributes {
  /** Adds `Secure`: set it when the site is served over HTTPS. */
  secure: boolean;
  /** Lifetime in seconds; omitted means a session cookie. `0` deletes the cookie. */
  maxAgeSeconds?: number;
  /** The cookie's path. Default `/`. */
  path?: string;
}

const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const VALUE = /^[!#$%&'()*+\-./0-9:<=>?@A-Z[\]^_`a-z{|}~]*$/;

/**
 * The cookies of a `Cookie` header. When a name repeats, the first one wins (browsers send the
 * most specific path first), so a cookie planted for a wider scope cannot override ours.
 */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (header === undefined) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      value = value.slice(1, -1);
    }
    if (name !== '' && !cookies.has(name)) cookies.set(name, value);
  }

  return cookies;
}

/** One `Set-Cookie` header value: `HttpOnly; SameSite=Lax; Path=/`, plus `Secure` on HTTPS. */
export function serializeCookie(name: string, value: string, attrs: CookieAttributes): string {
  if (!NAME.test(name)) throw new TypeError(`cookie name "${name}" has forbidden characters`);
  if (!VALUE.test(value)) throw new TypeError(`cookie "${name}": value has forbidden characters`);
  const parts = [`${name}=${value}`, `Path=${attrs.path ?? '/'}`, 'HttpOnly', 'SameSite=Lax'];
  if (attrs.maxAgeSeconds !== undefined) {
    parts.push(`Max-Age=${Math.max(0, Math.floor(attrs.maxAgeSeconds))}`);
    if (attrs.maxAgeSeconds <= 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  }
  if (attrs.secure) parts.push('Secure');

  return parts.join('; ');
}
