/**
 * Step 3: trading the verifier for an access token.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.3
 */
import type { TransportRequest, TransportResponse } from '../http/transport.js';
import type { OAuthToken } from '../tokens/token.js';
import { assertGrantable, type GrantablePerms } from './authorize-url.js';
import { tokenStepRequest, type OAuthConsumer, type OAuthEndpoints } from './oauth-endpoints.js';
import { readOAuthReply, requireFields } from './oauth-reply.js';
import type { RequestToken } from './request-token.js';

/** What {@link buildAccessTokenRequest} needs. */
export interface AccessTokenInput {
  /** The application's API key and secret. */
  readonly consumer: OAuthConsumer;
  /** Where the OAuth endpoints are; see `oauthEndpoints`. */
  readonly endpoints: OAuthEndpoints;
  /** The request token the user authorized, with its secret. */
  readonly requestToken: RequestToken;
  /** The `oauth_verifier` from the callback, or the code the user typed (see `parseVerifier`). */
  readonly verifier: string;
}

/**
 * The access token request, signed with the consumer secret and the request token secret.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.3
 */
export function buildAccessTokenRequest(input: AccessTokenInput): TransportRequest {
  const { requestToken, verifier } = input;

  return tokenStepRequest(input.endpoints.accessToken, input.consumer, {
    token: requestToken.token,
    tokenSecret: requestToken.tokenSecret,
    verifier,
  });
}

/**
 * Reads the access token from Flickr's reply. Flickr's reply does not say which permission
 * was granted, so `perms` is the level asked for in the authorize URL (Flickr grants exactly
 * that or nothing); `tokenValid` confirms it with `flickr.auth.oauth.checkToken`.
 *
 * @param perms - the permission requested in the authorize URL
 * @param url - the URL the request went to, for error messages
 * @throws {@link FlickrOAuthError} for `token_rejected` (used or unauthorized request token)
 *   or `verifier_invalid`
 * @throws {@link FlickrResponseFormatError} when the reply lacks a required field
 */
export function processAccessTokenResponse(
  response: TransportResponse,
  perms: GrantablePerms,
  url = 'access_token',
): OAuthToken {
  assertGrantable(perms, url);
  const fields = readOAuthReply(response, 'POST', url);
  const found = requireFields(
    fields,
    ['oauth_token', 'oauth_token_secret', 'username', 'user_nsid'],
    url,
    response.body,
  );

  return {
    token: found.oauth_token,
    tokenSecret: found.oauth_token_secret,
    perms,
    fullname: fields.get('fullname') ?? '',
    username: found.username,
    userNsid: found.user_nsid,
  };
}
