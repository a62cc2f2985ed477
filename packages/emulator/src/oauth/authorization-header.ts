import type { Param } from './percent-encode.js';

const OAUTH_SCHEME = /^\s*OAuth\s*/i;
const HEADER_PARAM = /([A-Za-z0-9_.~-]+)\s*=\s*(?:"([^"]*)"|([^,\s]*))/g;

/**
 * Reads the parameters of an `Authorization: OAuth ...` header. Values are percent-decoded
 * (a `+` stays a plus here, unlike in form bodies) and `realm` is dropped because it never
 * takes part in the signature. Returns an empty list for any other scheme.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.5.1
 */
export function parseAuthorizationHeader(header: string | undefined): Param[] {
  if (header === undefined || !OAUTH_SCHEME.test(header)) return [];

  const params: Param[] = [];
  const body = header.replace(OAUTH_SCHEME, '');
  for (const match of body.matchAll(HEADER_PARAM)) {
    const name = match[1] ?? '';
    if (name === 'realm') continue;
    params.push([safeDecode(name), safeDecode(match[2] ?? match[3] ?? '')]);
  }

  return params;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
