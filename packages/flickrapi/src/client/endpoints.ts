/**
 * Where requests go: Flickr's hosts, or one base URL standing in for all of them.
 */
import { FlickrUsageError } from '../errors.js';

/** Every URL the client sends requests to. */
export interface FlickrEndpoints {
  /** The REST API, e.g. `https://api.flickr.com/services/rest/`. */
  readonly rest: string;
  /** Photo upload, e.g. `https://up.flickr.com/services/upload/`. */
  readonly upload: string;
  /** Photo replace, e.g. `https://up.flickr.com/services/replace/`. */
  readonly replace: string;
  /** OAuth temporary credentials, e.g. `https://www.flickr.com/services/oauth/request_token`. */
  readonly requestToken: string;
  /** The page where the user grants access, `.../services/oauth/authorize`. */
  readonly authorize: string;
  /** OAuth token credentials, `.../services/oauth/access_token`. */
  readonly accessToken: string;
}

/** Flickr's production endpoints. */
export const FLICKR_ENDPOINTS: FlickrEndpoints = Object.freeze({
  rest: 'https://api.flickr.com/services/rest/',
  upload: 'https://up.flickr.com/services/upload/',
  replace: 'https://up.flickr.com/services/replace/',
  requestToken: 'https://www.flickr.com/services/oauth/request_token',
  authorize: 'https://www.flickr.com/services/oauth/authorize',
  accessToken: 'https://www.flickr.com/services/oauth/access_token',
});

/**
 * The endpoints under one base URL (scheme, host, port and optionally a path prefix), or
 * Flickr's own when `base` is `undefined`.
 *
 * @example
 * ```ts
 * resolveEndpoints('http://127.0.0.1:8080').rest; // 'http://127.0.0.1:8080/services/rest/'
 * ```
 * @throws FlickrUsageError when `base` is not an http(s) URL
 */
export function resolveEndpoints(base: string | undefined): FlickrEndpoints {
  if (base === undefined) return FLICKR_ENDPOINTS;

  let parsed: URL;
  try {
    parsed = new URL(base);
  } catch (error) {
    throw new FlickrUsageError(`endpoint: expected an http(s) URL, got "${base}"`, { cause: error });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FlickrUsageError(`endpoint: expected an http(s) URL, got "${base}"`);
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new FlickrUsageError(`endpoint: expected a base URL without query or fragment, got "${base}"`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new FlickrUsageError('endpoint: expected a base URL without user name or password');
  }
  const root = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
  // A full endpoint URL (".../services/rest/") would become ".../services/rest/services/rest/".
  if (/\/services(\/|$)/.test(parsed.pathname)) {
    throw new FlickrUsageError(
      `endpoint: expected the base URL the /services/... paths go under (such as ` +
        `"${parsed.origin}"), got "${base}"`,
    );
  }

  return Object.freeze({
    rest: `${root}/services/rest/`,
    upload: `${root}/services/upload/`,
    replace: `${root}/services/replace/`,
    requestToken: `${root}/services/oauth/request_token`,
    authorize: `${root}/services/oauth/authorize`,
    accessToken: `${root}/services/oauth/access_token`,
  });
}
