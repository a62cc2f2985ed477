/**
 * Step 1 of the OAuth dance: temporary credentials (a request token).
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.1
 */
import { FlickrResponseFormatError } from '../errors.js';
import type { TransportRequest, TransportResponse } from '../http/transport.js';
import { tokenStepRequest, type OAuthConsumer, type OAuthEndpoints } from './oauth-endpoints.js';
import { readOAuthReply, redactSecrets, requireFields } from './oauth-reply.js';

/**
 * A request token: a plain value the caller may keep (in a session, a cookie, a file) between
 * sending the user to Flickr and receiving the verifier. Its secret must stay private.
 */
export interface RequestToken {
  /** `oauth_token`, shown to the user's browser in the authorize URL and the callback. */
  readonly token: string;
  /** `oauth_token_secret`; signs the access token request. Never log or send it. */
  readonly tokenSecret: string;
}

/** What {@link buildRequestTokenRequest} needs. */
export interface RequestTokenInput {
  /** The application's API key and secret. */
  readonly consumer: OAuthConsumer;
  /** Where the OAuth endpoints are; see `oauthEndpoints`. */
  readonly endpoints: OAuthEndpoints;
  /**
   * Where Flickr sends the user back (`oauth_callback`): a URL, or `oob` to show the user a
   * code to type in instead.
   */
  readonly callback: string;
}

/**
 * The signed request for a request token: POST with the OAuth parameters in the
 * `Authorization` header and an empty body, as Python flickrapi sends it.
 *
 * @example
 * ```ts
 * const request = buildRequestTokenRequest({ consumer, endpoints, callback: 'oob' });
 * const requestToken = processRequestTokenResponse(await transport.request(request));
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.1
 */
export function buildRequestTokenRequest(input: RequestTokenInput): TransportRequest {
  return tokenStepRequest(input.endpoints.requestToken, input.consumer, {
    callback: input.callback,
  });
}

/**
 * Reads the request token from Flickr's reply. OAuth 1.0a requires
 * `oauth_callback_confirmed=true`; a reply without it came from an OAuth 1.0 server that
 * would ignore our callback.
 *
 * @param url - the URL the request went to, for error messages
 * @throws {@link FlickrOAuthError} when Flickr refused (for example `consumer_key_unknown`)
 * @throws {@link FlickrHttpError} for another failing status
 * @throws {@link FlickrResponseFormatError} when the reply lacks a field
 */
export function processRequestTokenResponse(
  response: TransportResponse,
  url = 'request_token',
): RequestToken {
  const fields = readOAuthReply(response, 'POST', url);
  const found = requireFields(fields, ['oauth_token', 'oauth_token_secret'], url, response.body);
  if (fields.get('oauth_callback_confirmed') !== 'true') {
    throw new FlickrResponseFormatError(
      url,
      'oauth_callback_confirmed=true (OAuth 1.0a)',
      redactSecrets(response.body),
    );
  }

  return { token: found.oauth_token, tokenSecret: found.oauth_token_secret };
}
