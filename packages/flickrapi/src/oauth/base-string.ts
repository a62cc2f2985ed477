/**
 * The signature base string: the exact text that OAuth 1.0a signs.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1
 */
import { FlickrUsageError } from '../errors.js';
import {
  MAX_AGAIN_BYTES_PER_CHAR,
  MAX_TWICE_BYTES_PER_UNIT,
  writeEncodedAgain,
  writeEncodedTwice,
  writeNameSeparator,
  writePairSeparator,
} from './encode-twice.js';
import type { HmacMessage } from './hmac-sha1.js';
import { parseFormEncoded, percentEncode } from './percent-encode.js';

/** One request parameter, decoded: `[name, value]`. Names may repeat. */
export type RequestParam = readonly [name: string, value: string];

const URL_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^/?#@]*@)?([^/?#]*)([^?#]*)/;

// The REST URL is the same on almost every call; remembering the last one saves a parse.
// It is a URL, never a secret, so keeping it at module level shares nothing sensitive.
let lastUrl = '';
let lastBaseUri = '';

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
 * Request parameters, kept sorted as they are added: by encoded name, then encoded value,
 * comparing bytes (the encoded text is ASCII, so code units are bytes). An insertion sort:
 * requests carry a dozen parameters, where it beats the general sort.
 *
 * A value is percent-encoded only when something needs that text: the normalized parameters,
 * or a tie between two parameters of the same name. The base string is written as bytes from
 * whichever form is at hand (see `encode-twice.ts`), so signing alone never builds it.
 */
export class EncodedParams {
  /** The encoded names, in signature order. */
  readonly #names: string[] = [];
  /** The decoded values, matching the names; undefined where only the encoded one is known. */
  readonly #decoded: Array<string | undefined> = [];
  /** The encoded values, matching the names; undefined until one is needed. */
  readonly #encoded: Array<string | undefined> = [];
  /** The most bytes the parameters take in the base string. */
  #maxBytes = 0;

  /**
   * Adds decoded parameters.
   *
   * @throws FlickrUsageError when a name or value is not a string
   */
  addAll(params: Iterable<RequestParam>): this {
    for (const [name, value] of params) {
      // A number or an array here would be signed as something other than what is sent.
      if (typeof name !== 'string' || typeof value !== 'string') throw notAString(name, value);
      this.#add(encodeName(name), value, undefined);
    }

    return this;
  }

  /** Adds one parameter whose name and value are already percent-encoded. */
  addEncoded(name: string, value: string): void {
    this.#add(name, undefined, value);
  }

  #add(name: string, decoded: string | undefined, encoded: string | undefined): void {
    // The name encoded again, "%3D" and "%26" around the value, and the value.
    this.#maxBytes += MAX_AGAIN_BYTES_PER_CHAR * name.length + 6 + (decoded === undefined
      ? MAX_AGAIN_BYTES_PER_CHAR * encoded!.length
      : MAX_TWICE_BYTES_PER_UNIT * decoded.length);
    const names = this.#names;
    const decodedValues = this.#decoded;
    const encodedValues = this.#encoded;
    let i = names.length;
    while (i > 0) {
      const prev = names[i - 1]!;
      if (prev < name) break;
      if (prev === name && this.#value(i - 1) <= (encoded ??= percentEncode(decoded!))) break;
      names[i] = prev;
      decodedValues[i] = decodedValues[i - 1];
      encodedValues[i] = encodedValues[i - 1];
      i--;
    }
    names[i] = name;
    decodedValues[i] = decoded;
    encodedValues[i] = encoded;
  }

  /** The encoded value of parameter `i`, encoding it on first use. */
  #value(i: number): string {
    return (this.#encoded[i] ??= percentEncode(this.#decoded[i]!));
  }

  /**
   * The normalized parameters: `name=value` pairs joined with `&`, in sorted order. This is
   * also their form encoding, ready to send as a query string or urlencoded body.
   */
  normalized(): string {
    const names = this.#names;
    let out = '';
    for (let i = 0; i < names.length; i++) {
      out += `${i === 0 ? '' : '&'}${names[i]}=${this.#value(i)}`;
    }

    return out;
  }

  /** The signature base string: `METHOD&enc(base URI)&enc(normalized parameters)`. */
  baseString(method: string, url: string): string {
    const message = this.baseStringMessage(method, url);
    const bytes = Buffer.alloc(message.maxBytes);

    return bytes.toString('latin1', 0, message.write(bytes, 0));
  }

  /** The signature base string as a message that HMAC writes into the buffer it hashes. */
  baseStringMessage(method: string, url: string): HmacMessage {
    const prefix = baseStringPrefix(method, url);

    return {
      maxBytes: prefix.length + this.#maxBytes,
      write: (out, at) => this.#writeParams(out, at + out.write(prefix, at, 'latin1')),
    };
  }

  #writeParams(out: Uint8Array, at: number): number {
    const names = this.#names;
    const decodedValues = this.#decoded;
    const encodedValues = this.#encoded;
    let p = at;
    for (let i = 0; i < names.length; i++) {
      if (i !== 0) p = writePairSeparator(out, p);
      p = writeEncodedAgain(names[i]!, out, p);
      p = writeNameSeparator(out, p);
      const encoded = encodedValues[i];
      p = encoded === undefined
        ? writeEncodedTwice(decodedValues[i]!, out, p)
        : writeEncodedAgain(encoded, out, p);
    }

    return p;
  }
}

function notAString(name: unknown, value: unknown): FlickrUsageError {
  const [what, got] = typeof name === 'string'
    ? [`the value of parameter "${name}"`, value]
    : ['a parameter name', name];
  const type = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;

  return new FlickrUsageError(`OAuth signing: ${what} must be a string, got ${type}`);
}

// The start of the base string of the last request, kept for the same reason as the URI.
let lastPrefixMethod = '';
let lastPrefixUrl = '';
let lastPrefix = '';

/** The base string up to the parameters: `METHOD&enc(base URI)&`. */
export function baseStringPrefix(method: string, url: string): string {
  if (method !== lastPrefixMethod || url !== lastPrefixUrl) {
    lastPrefix = `${method.toUpperCase()}&${percentEncode(baseStringUri(url))}&`;
    lastPrefixMethod = method;
    lastPrefixUrl = url;
  }

  return lastPrefix;
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
