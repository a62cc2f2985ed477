/**
 * Step 2: the page where the user grants access.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.2
 */
import { FlickrUsageError } from '../errors.js';
import type { Perms } from '../tokens/token.js';
import type { OAuthEndpoints } from './oauth-endpoints.js';
import type { RequestToken } from './request-token.js';

/** The permission levels a user can grant. */
export type GrantablePerms = Exclude<Perms, 'none'>;

/** Checks that `perms` is one a user can grant: `read`, `write` or `delete`. */
export function assertGrantable(perms: string, where: string): asserts perms is GrantablePerms {
  if (perms !== 'read' && perms !== 'write' && perms !== 'delete') {
    throw new FlickrUsageError(`${where}: perms "${perms}" is not read, write or delete`);
  }
}

/**
 * Checks that a request token is `{ token, tokenSecret }` with non-empty strings (or, where
 * only the public token is needed, that string itself).
 *
 * @throws FlickrUsageError naming `where`; the secret is never shown
 */
export function checkRequestToken(requestToken: unknown, where: string, tokenOnly = false): void {
  if (tokenOnly && typeof requestToken === 'string' && requestToken !== '') return;
  const fields = typeof requestToken === 'object' && requestToken !== null
    ? requestToken as Record<string, unknown>
    : {};
  const bad = ['token', ...(tokenOnly ? [] : ['tokenSecret'])]
    .filter((name) => typeof fields[name] !== 'string' || fields[name] === '');
  if (bad.length > 0) {
    throw new FlickrUsageError(
      `${where}: expected the request token from getRequestToken ({ token, tokenSecret }); ` +
        `${bad.join(' and ')} missing or empty`,
    );
  }
}

/**
 * The URL to send the user to. The page is not signed: the request token in it is public.
 *
 * @example
 * ```ts
 * buildAuthorizeUrl(oauthEndpoints(), requestToken, 'write');
 * // 'https://www.flickr.com/services/oauth/authorize?oauth_token=7215…&perms=write'
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.2
 */
export function buildAuthorizeUrl(
  endpoints: OAuthEndpoints,
  requestToken: RequestToken | string,
  perms: GrantablePerms,
): string {
  assertGrantable(perms, 'authorize URL');
  checkRequestToken(requestToken, 'authorize URL', true);
  const token = typeof requestToken === 'string' ? requestToken : requestToken.token;
  const url = new URL(endpoints.authorize);
  url.searchParams.set('oauth_token', token);
  url.searchParams.set('perms', perms);

  return url.href;
}
