/**
 * The signature base string: the exact text that OAuth 1.0a signs.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1
 */
import { FlickrUsageError } from '../errors.js';
import { parseFormEncoded, percentEncode } from './percent-encode.js';

/** One request parameter, decoded: `[name, value]`. Names may repeat. */
export type RequestParam = readonly [name: string, value: string];

const URL_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^/?#@]*@)?([^/?#]*)([^?#]*)/;

// The REST URL is the same on almost every call; remembering the last one saves a parse.
// It is a URL, never a secret, so keeping it at module level shares nothing sensitive.
let lastUrl = '';
let lastBaseUri = '';
let lastEncodedUrl = '';
let lastEncodedBaseUri = '';

function encodedBaseUri(url: string): string {
  if (url !== lastEncodedUrl) {
    lastEncodedBaseUri = percentEncode(baseStringUri(url));
    lastEncodedUrl = url;
  }

  return lastEncodedBaseUri;
}

/**
 * The base string URI of a request URL: lower-case scheme and host, the port only when it
 * is not the scheme's default, the path as sent (`/` when empty), no query or fragment.
 *
 * @example
 * ```ts
 * baseStringUri('HTTP://Example.COM:80/r%20v/X?id=123'); // "http://example.com/r%20v/X"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.2
 */
export function baseStringUri(url: string): string {
  if (url === lastUrl) return lastBaseUri;

  const match = URL_PARTS.exec(url);
  if (match === null) {
    throw new FlickrUsageError(`OAuth signing: "${url}" is not an absolute http(s) URL`);
  }
  const scheme = match[1]!.toLowerCase();
  let authority = match[2]!.toLowerCase();
  if ((scheme === 'http' && authority.endsWith(':80'))
    || (scheme === 'https' && authority.endsWith(':443'))) {
    authority = authority.slice(0, authority.lastIndexOf(':'));
  }
  const path = match[3] === '' ? '/' : match[3]!;

  lastUrl = url;
  lastBaseUri = `${scheme}://${authority}${path}`;

  return lastBaseUri;
}

/** The decoded parameters of a URL's query string (empty when it has none). */
export function queryParams(url: string): Array<[string, string]> {
  const start = url.indexOf('?');
  if (start === -1) return [];
  const hash = url.indexOf('#', start);

  return parseFormEncoded(hash === -1 ? url.slice(start + 1) : url.slice(start + 1, hash));
}

/**
 * Percent-encoded parameters, kept sorted as they are added: by encoded name, then encoded
 * value, comparing bytes (the encoded text is ASCII, so code units are bytes). An insertion
 * sort: requests carry a dozen parameters, where it beats the general sort.
 */
export class EncodedParams {
  /** The encoded names, in signature order. */
  readonly names: string[] = [];
  /** The encoded values, matching `names`. */
  readonly values: string[] = [];

  /** Adds decoded parameters. */
  addAll(params: Iterable<RequestParam>): this {
    for (const [name, value] of params) this.addEncoded(encodeName(name), percentEncode(value));

    return this;
  }

  /** Adds one parameter whose name and value are already percent-encoded. */
  addEncoded(name: string, value: string): void {
    const { names, values } = this;
    let i = names.length;
    while (i > 0) {
      const prev = names[i - 1]!;
      if (prev < name || (prev === name && values[i - 1]! <= value)) break;
      names[i] = prev;
      values[i] = values[i - 1]!;
      i--;
    }
    names[i] = name;
    values[i] = value;
  }

  /**
   * The normalized parameters: `name=value` pairs joined with `&`, in sorted order. This is
   * also their form encoding, ready to send as a query string or urlencoded body.
   */
  normalized(): string {
    const { names, values } = this;
    let out = '';
    for (let i = 0; i < names.length; i++) out += `${i === 0 ? '' : '&'}${names[i]}=${values[i]}`;

    return out;
  }

  /** The signature base string: `METHOD&enc(base URI)&enc(normalized parameters)`. */
  baseString(method: string, url: string): string {
    const { names, values } = this;
    let out = baseStringPrefix(method, url);
    for (let i = 0; i < names.length; i++) {
      out += `${i === 0 ? '' : '%26'}${encodeAgain(names[i]!)}%3D${encodeAgain(values[i]!)}`;
    }

    return out;
  }
}

// In the base string the normalized parameters are percent-encoded once more: the "&" and "="
// between pairs become "%26" and "%3D", and an encoded name or value, which holds only
// unreserved characters and "%XX", changes only where it holds a "%". On that alphabet
// encodeURIComponent is exactly this second encoding, done natively; applying it only to the
// names and values that need it costs less than encoding the whole normalized text.
function encodeAgain(encoded: string): string {
  return encoded.indexOf('%') === -1 ? encoded : encodeURIComponent(encoded);
}

/** The base string up to the parameters: `METHOD&enc(base URI)&`. */
export function baseStringPrefix(method: string, url: string): string {
  const upper = method === 'GET' || method === 'POST' ? method : method.toUpperCase();

  return `${upper}&${encodedBaseUri(url)}&`;
}

// Parameter names come from a small set (method, format, oauth_*...), so their encodings are
// remembered. Names are never secret; the map is bounded so odd input cannot grow it.
const encodedNames = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 512;

function encodeName(name: string): string {
  let encoded = encodedNames.get(name);
  if (encoded === undefined) {
    encoded = percentEncode(name);
    if (encodedNames.size < MAX_REMEMBERED_NAMES) encodedNames.set(name, encoded);
  }

  return encoded;
}

/**
 * Normalizes parameters: each name and value percent-encoded, sorted by encoded name and then
 * encoded value (byte order), joined as `name=value` pairs with `&`. `oauth_signature` and
 * `realm` must not be in the list (they are never signed).
 *
 * @example
 * ```ts
 * normalizeParams([['b', '2'], ['a', 'x y'], ['a', '1']]); // "a=1&a=x%20y&b=2"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.3.2
 */
export function normalizeParams(params: Iterable<RequestParam>): string {
  return new EncodedParams().addAll(params).normalized();
}

/**
 * The signature base string: `METHOD&enc(base URI)&enc(normalized parameters)`. The caller
 * passes every parameter that is signed: the URL's query, an urlencoded body and the `oauth_*`
 * protocol parameters, without `oauth_signature`; query parameters of `url` are not added here.
 *
 * @example RFC 5849 section 3.4.1.1 (abridged)
 * ```ts
 * signatureBaseString('POST', 'http://example.com/request', params);
 * // "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26..."
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.1
 */
export function signatureBaseString(
  method: string,
  url: string,
  params: Iterable<RequestParam>,
): string {
  return new EncodedParams().addAll(params).baseString(method, url);
}
