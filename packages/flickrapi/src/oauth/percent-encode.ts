/**
 * Percent-encoding as OAuth 1.0a defines it, which is stricter than `encodeURIComponent`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.6
 */
// Buffer is Node's global: importing `node:buffer` as an ES module costs start-up time.

// encodeURIComponent leaves these five sub-delimiters alone; RFC 5849 section 3.6 encodes them.
const SUB_DELIMS = /[!'()*]/g;
// Most values (keys, ids, nonces, numbers) need no encoding at all: return them untouched.
const NEEDS_ENCODING = /[^\w.~-]/;
const HAS_SUB_DELIMS = /[!'()*]/;
const SUB_DELIM_ESCAPES: Readonly<Record<string, string>> = {
  '!': '%21',
  "'": '%27',
  '(': '%28',
  ')': '%29',
  '*': '%2A',
};

function escapeSubDelim(char: string): string {
  return SUB_DELIM_ESCAPES[char] ?? char;
}

/**
 * Encodes a string as RFC 5849 section 3.6 requires: UTF-8 bytes, the unreserved characters
 * `A-Z a-z 0-9 - . _ ~` kept literal, every other byte written `%XX` with upper-case hex.
 * A lone surrogate (not valid UTF-16) is encoded as U+FFFD, as Node writes it on the wire.
 *
 * @example
 * ```ts
 * percentEncode("Ladies + Gentlemen"); // "Ladies%20%2B%20Gentlemen"
 * percentEncode("it's *ok*!");          // "it%27s%20%2Aok%2A%21"
 * percentEncode("日本");                 // "%E6%97%A5%E6%9C%AC"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.6
 */
export function percentEncode(value: string): string {
  if (!NEEDS_ENCODING.test(value)) return value;

  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    // URIError: a lone surrogate. Buffer turns it into U+FFFD, exactly what is sent.
    encoded = encodeURIComponent(Buffer.from(value, 'utf8').toString('utf8'));
  }

  // The value is shorter than its encoding: look for sub-delimiters there.
  return HAS_SUB_DELIMS.test(value) ? encoded.replace(SUB_DELIMS, escapeSubDelim) : encoded;
}

/**
 * Decodes one `application/x-www-form-urlencoded` name or value: `+` means space and `%XX`
 * sequences are UTF-8 bytes. Malformed sequences are kept as written rather than rejected,
 * because the text still has to be signed exactly as it was received.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.3.1
 */
export function formDecode(value: string): string {
  const spaced = value.includes('+') ? value.replace(/\+/g, ' ') : value;
  if (!spaced.includes('%')) return spaced;

  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Splits a query string or urlencoded body (without the leading `?`) into decoded
 * `[name, value]` pairs, in order, repeated names kept. Empty segments are skipped; a segment
 * without `=` is a name with an empty value.
 */
export function parseFormEncoded(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (text === '') return pairs;

  for (const segment of text.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    if (eq === -1) pairs.push([formDecode(segment), '']);
    else pairs.push([formDecode(segment.slice(0, eq)), formDecode(segment.slice(eq + 1))]);
  }

  return pairs;
}

/**
 * Writes `[name, value]` pairs as a query string or urlencoded body, each name and value
 * encoded with {@link percentEncode} (so it reads back identically with {@link parseFormEncoded}
 * and with any standard form decoder).
 */
export function formEncode(params: ReadonlyArray<readonly [string, string]>): string {
  let out = '';
  for (let i = 0; i < params.length; i++) {
    const pair = params[i]!;
    if (i > 0) out += '&';
    out += `${percentEncode(pair[0])}=${percentEncode(pair[1])}`;
  }

  return out;
}
