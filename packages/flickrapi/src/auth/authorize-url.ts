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
  const token = typeof requestToken === 'string' ? requestToken : requestToken.token;
  const url = new URL(endpoints.authorize);
  url.searchParams.set('oauth_token', token);
  url.searchParams.set('perms', perms);

  return url.href;
}
