/**
 * The `Authorization: OAuth ...` request header.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.5.1
 */
import type { RequestParam } from './base-string.js';
import { percentEncode } from './percent-encode.js';

/**
 * Builds an `Authorization` header value from the `oauth_*` entries of `params` (other
 * parameters are skipped: they travel in the query or body). Names and values are
 * percent-encoded and quoted; `realm`, when given, comes first and is not signed.
 *
 * @example
 * ```ts
 * authorizationHeader([['oauth_consumer_key', 'abc'], ['oauth_nonce', 'n 1']]);
 * // 'OAuth oauth_consumer_key="abc", oauth_nonce="n%201"'
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.5.1
 */
export function authorizationHeader(params: Iterable<RequestParam>, realm?: string): string {
  let header = realm === undefined ? 'OAuth ' : `OAuth realm="${percentEncode(realm)}", `;
  let first = true;
  for (const [name, value] of params) {
    if (!name.startsWith('oauth_')) continue;
    header += `${first ? '' : ', '}${percentEncode(name)}="${percentEncode(value)}"`;
    first = false;
  }

  return header;
}

/** Splits params into the `oauth_*` protocol parameters and the rest, keeping order. */
export function splitOAuthParams(
  params: Iterable<RequestParam>,
): { oauth: RequestParam[]; rest: RequestParam[] } {
  const oauth: RequestParam[] = [];
  const rest: RequestParam[] = [];
  for (const param of params) (param[0].startsWith('oauth_') ? oauth : rest).push(param);

  return { oauth, rest };
}
