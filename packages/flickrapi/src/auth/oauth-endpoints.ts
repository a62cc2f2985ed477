/**
 * Where Flickr's three OAuth endpoints live.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2
 */

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
