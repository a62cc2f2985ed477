/**
 * Where Flickr's three OAuth endpoints live.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2
 */
import type { TransportRequest } from '../http/transport.js';
import { authorizationHeader } from '../oauth/authorization-header.js';
import { signOAuthParams } from '../oauth/sign.js';

/** The URLs of the OAuth 1.0a endpoints. */
export interface OAuthEndpoints {
  /** Temporary credentials: `…/services/oauth/request_token`. */
  readonly requestToken: string;
  /** The page where the user grants access: `…/services/oauth/authorize`. */
  readonly authorize: string;
  /** Token credentials: `…/services/oauth/access_token`. */
  readonly accessToken: string;
}

/** Flickr's own host for the OAuth endpoints. */
export const FLICKR_OAUTH_BASE = 'https://www.flickr.com';

/**
 * The OAuth endpoints under one base URL (scheme, host and port, no path).
 *
 * @param base - default `https://www.flickr.com`; an emulator's URL works the same way
 * @example
 * ```ts
 * oauthEndpoints('http://127.0.0.1:8080').authorize;
 * // 'http://127.0.0.1:8080/services/oauth/authorize'
 * ```
 */
export function oauthEndpoints(base: string = FLICKR_OAUTH_BASE): OAuthEndpoints {
  const root = base.replace(/\/+$/, '');

  return {
    requestToken: `${root}/services/oauth/request_token`,
    authorize: `${root}/services/oauth/authorize`,
    accessToken: `${root}/services/oauth/access_token`,
  };
}

/** The application's credentials, as issued by Flickr's App Garden. */
export interface OAuthConsumer {
  /** The API key (`oauth_consumer_key`). */
  readonly apiKey: string;
  /** The API secret. It signs requests and is never sent. */
  readonly apiSecret: string;
}

/** The OAuth parameters that differ between the two token steps. */
export interface TokenStepParams {
  /** The request token (access token step). */
  readonly token?: string;
  /** The request token's secret, which signs the access token step with the API secret. */
  readonly tokenSecret?: string;
  /** `oauth_callback` (request token step). */
  readonly callback?: string;
  /** `oauth_verifier` (access token step). */
  readonly verifier?: string;
}

/**
 * A signed request to a token endpoint: POST with the OAuth parameters in the
 * `Authorization` header and an empty body, as Python flickrapi sends it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.5.1
 */
export function tokenStepRequest(
  url: string,
  consumer: OAuthConsumer,
  step: TokenStepParams,
): TransportRequest {
  const signed = signOAuthParams({
    method: 'POST',
    url,
    params: [],
    consumerKey: consumer.apiKey,
    consumerSecret: consumer.apiSecret,
    ...step,
  });

  return { method: 'POST', url, headers: { authorization: authorizationHeader(signed) }, body: '' };
}
