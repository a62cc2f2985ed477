/**
 * RFC 3986 percent-encoding as OAuth 1.0a requires it: only the unreserved characters
 * `A-Z a-z 0-9 - . _ ~` stay literal, every other UTF-8 byte becomes `%XX` in upper case.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.6
 * @example percentEncode('a b&c') === 'a%20b%26c'
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Decodes one `application/x-www-form-urlencoded` component: `+` means space, `%XX` is a
 * UTF-8 byte. Malformed escapes are kept literally rather than rejected, the way lenient
 * servers treat them; the signature check then decides.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.3.1
 */
export function formDecode(value: string): string {
  const spaced = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (escape, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : escape;
    });
  }
}

/** A parameter as it arrived, in arrival order; names may repeat. */
export type Param = readonly [name: string, value: string];

/**
 * Splits a query string or urlencoded body into decoded name/value pairs, keeping
 * duplicates and empty values (both take part in the signature base string).
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.3.1
 */
export function parseFormEncoded(text: string): Param[] {
  const params: Param[] = [];
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? '' : piece.slice(eq + 1);
    params.push([formDecode(name), formDecode(value)]);
  }

  return params;
}
