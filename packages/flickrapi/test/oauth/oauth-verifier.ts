/**
 * An independent OAuth 1.0a HMAC-SHA1 verifier for tests. It is written differently from the
 * library on purpose (byte-by-byte encoding from UTF-8 buffers, Buffer comparisons for the
 * sort) so that a shared mistake cannot make both agree.
 */
import { Buffer } from 'node:buffer';
import { createHmac } from 'node:crypto';

const UNRESERVED = new Set(
  Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~', 'latin1'),
);

/** RFC 3986 percent-encoding of the UTF-8 bytes of `text`, one byte at a time. */
export function encodeBytes(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out += UNRESERVED.has(byte)
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }

  return out;
}

function compareEncoded(a: [string, string], b: [string, string]): number {
  const byName = Buffer.compare(Buffer.from(a[0], 'latin1'), Buffer.from(b[0], 'latin1'));
  if (byName !== 0) return byName;

  return Buffer.compare(Buffer.from(a[1], 'latin1'), Buffer.from(b[1], 'latin1'));
}

/** The base string, built from a URL object and every signed parameter (query included). */
export function referenceBaseString(
  method: string,
  url: string,
  params: ReadonlyArray<readonly [string, string]>,
): string {
  const parsed = new URL(url);
  const base = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  const all: Array<[string, string]> = [...parsed.searchParams].concat(
    params.map(([n, v]) => [n, v]),
  );
  const encoded = all
    .filter(([name]) => name !== 'oauth_signature' && name !== 'realm')
    .map(([n, v]): [string, string] => [encodeBytes(n), encodeBytes(v)])
    .sort(compareEncoded)
    .map(([n, v]) => `${n}=${v}`)
    .join('&');

  return [method.toUpperCase(), encodeBytes(base), encodeBytes(encoded)].join('&');
}

/** The expected `oauth_signature` for these parameters and secrets. */
export function referenceSignature(
  method: string,
  url: string,
  params: ReadonlyArray<readonly [string, string]>,
  consumerSecret: string,
  tokenSecret: string,
): string {
  const key = `${encodeBytes(consumerSecret)}&${encodeBytes(tokenSecret)}`;

  return createHmac('sha1', Buffer.from(key, 'latin1'))
    .update(Buffer.from(referenceBaseString(method, url, params), 'latin1'))
    .digest('base64');
}

/**
 * Verifies the signature carried in `params` (its `oauth_signature` entry). The parameters
 * are everything received: query, body and Authorization header.
 */
export function verifySignature(
  method: string,
  url: string,
  params: ReadonlyArray<readonly [string, string]>,
  consumerSecret: string,
  tokenSecret: string,
): boolean {
  const inQuery = [...new URL(url).searchParams];
  const sent = inQuery.concat(params.map(([n, v]) => [n, v]))
    .filter(([name]) => name === 'oauth_signature');
  if (sent.length !== 1) return false;

  return sent[0]![1] === referenceSignature(method, url, params, consumerSecret, tokenSecret);
}

/** Parses an `Authorization: OAuth k="v", ...` header into decoded pairs (realm dropped). */
export function parseAuthorization(header: string): Array<[string, string]> {
  assertPrefix(header, 'OAuth ');
  const pairs: Array<[string, string]> = [];
  for (const match of header.slice(6).matchAll(/\s*([^=\s,]+)="([^"]*)"\s*(?:,|$)/g)) {
    if (match[1] === 'realm') continue;
    pairs.push([decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)]);
  }

  return pairs;
}

function assertPrefix(text: string, prefix: string): void {
  if (!text.startsWith(prefix)) throw new Error(`expected "${prefix}..." but got "${text}"`);
}
