/**
 * The parameters as the signature base string holds them, written straight into bytes.
 *
 * In the base string every name and value is percent-encoded twice: once when the parameters
 * are normalized (`name=value&...`), and once more with the rest of that text. The second
 * encoding changes only the `%` of each `%XX` (to `%25`), and the `=` and `&` between pairs (to
 * `%3D` and `%26`). Writing those bytes into the buffer that is hashed, one loop per value, costs
 * less than two `encodeURIComponent` calls per value, building the text as a string and
 * copying it into the buffer.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.1
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.6
 */

/**
 * The most bytes {@link writeEncodedTwice} writes for one UTF-16 code unit: a unit of the
 * Basic Multilingual Plane above U+07FF (or a lone surrogate, sent as U+FFFD) is three UTF-8
 * bytes, each written as `%25XX`.
 */
export const MAX_TWICE_BYTES_PER_UNIT = 15;

/** The most bytes {@link writeEncodedAgain} writes for one character of encoded text. */
export const MAX_AGAIN_BYTES_PER_CHAR = 3;

const PERCENT = 0x25;
const TWO = 0x32;
const THREE = 0x33;
const FIVE = 0x35;
const SIX = 0x36;
const CAPITAL_D = 0x44;
const HEX_DIGITS = Array.from('0123456789ABCDEF', (digit) => digit.charCodeAt(0));

// 1 for the unreserved characters of RFC 5849 section 3.6 (A-Z a-z 0-9 - . _ ~), by code.
const UNRESERVED = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~') {
  UNRESERVED[char.charCodeAt(0)] = 1;
}

/**
 * Writes a decoded name or value encoded twice: its UTF-8 bytes, the unreserved characters as
 * they are and every other byte as `%25XX` (upper-case hex). A lone surrogate is written as
 * U+FFFD, as `percentEncode` and Node's UTF-8 encoder treat it. Returns the index after the
 * last byte written; `out` needs {@link MAX_TWICE_BYTES_PER_UNIT} bytes per code unit.
 *
 * @example
 * ```ts
 * writeEncodedTwice('a b~日', out, 0); // "a%2520b~%25E6%2597%25A5"
 * ```
 */
export function writeEncodedTwice(decoded: string, out: Uint8Array, at: number): number {
  let p = at;
  const length = decoded.length;
  for (let i = 0; i < length; i++) {
    const unit = decoded.charCodeAt(i);
    if (unit < 0x80) {
      if (UNRESERVED[unit] === 1) out[p++] = unit;
      else p = writeOctet(unit, out, p);
    } else if (unit < 0x800) {
      p = writeOctet(0xc0 | (unit >> 6), out, p);
      p = writeOctet(0x80 | (unit & 0x3f), out, p);
    } else if (unit < 0xd800 || unit > 0xdfff) {
      p = writeOctet(0xe0 | (unit >> 12), out, p);
      p = writeOctet(0x80 | ((unit >> 6) & 0x3f), out, p);
      p = writeOctet(0x80 | (unit & 0x3f), out, p);
    } else {
      const low = i + 1 < length ? decoded.charCodeAt(i + 1) : 0;
      if (unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        const point = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
        p = writeOctet(0xf0 | (point >> 18), out, p);
        p = writeOctet(0x80 | ((point >> 12) & 0x3f), out, p);
        p = writeOctet(0x80 | ((point >> 6) & 0x3f), out, p);
        p = writeOctet(0x80 | (point & 0x3f), out, p);
        i++;
      } else {
        // A lone surrogate: U+FFFD, EF BF BD in UTF-8.
        p = writeOctet(0xef, out, p);
        p = writeOctet(0xbf, out, p);
        p = writeOctet(0xbd, out, p);
      }
    }
  }

  return p;
}

/**
 * Writes text that is already percent-encoded (unreserved characters and `%XX`) encoded once
 * more: each `%` becomes `%25`, everything else stays. Returns the index after the last byte
 * written; `out` needs {@link MAX_AGAIN_BYTES_PER_CHAR} bytes per character.
 */
export function writeEncodedAgain(encoded: string, out: Uint8Array, at: number): number {
  let p = at;
  for (let i = 0; i < encoded.length; i++) {
    const char = encoded.charCodeAt(i);
    out[p++] = char;
    if (char === PERCENT) {
      out[p++] = TWO;
      out[p++] = FIVE;
    }
  }

  return p;
}

/** Writes the `&` between two pairs as the base string holds it, `%26`; returns the end. */
export function writePairSeparator(out: Uint8Array, at: number): number {
  out[at] = PERCENT;
  out[at + 1] = TWO;
  out[at + 2] = SIX;

  return at + 3;
}

/** Writes the `=` between a name and its value as the base string holds it, `%3D`. */
export function writeNameSeparator(out: Uint8Array, at: number): number {
  out[at] = PERCENT;
  out[at + 1] = THREE;
  out[at + 2] = CAPITAL_D;

  return at + 3;
}

/** Writes the three bytes `%XX` twice encoded, as the five bytes `%25XX`. */
function writeOctet(octet: number, out: Uint8Array, at: number): number {
  out[at] = PERCENT;
  out[at + 1] = TWO;
  out[at + 2] = FIVE;
  out[at + 3] = HEX_DIGITS[octet >> 4]!;
  out[at + 4] = HEX_DIGITS[octet & 0xf]!;

  return at + 5;
}
