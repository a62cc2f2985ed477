// A small OAuth 1.0a HMAC-SHA1 signer for load generators that must sign thousands of
// requests a second themselves (the emulator checks every signature and refuses replays, so
// requests cannot be signed once and reused). Written for speed, not generality: parameters
// are plain `[name, value]` pairs of strings.
import { createHmac, randomBytes } from 'node:crypto';

/**
 * RFC 3986 percent-encoding as OAuth requires: everything but unreserved characters.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.6
 */
export function oauthEncode(text) {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Signs a request and returns the `oauth_*` parameters including `oauth_signature`, as
 * `[name, value]` pairs. `params` are the request's other parameters (query and form fields,
 * never file parts); `url` is the base URL without query.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1
 */
export function signOAuth({ method, url, params = [], consumerKey, consumerSecret,
  token = '', tokenSecret = '', nonce = randomBytes(12).toString('hex'),
  timestamp = String(Math.floor(Date.now() / 1000)) }) {
  const oauth = [
    ['oauth_consumer_key', consumerKey],
    ['oauth_nonce', nonce],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', timestamp],
    ['oauth_version', '1.0'],
  ];
  if (token !== '') oauth.push(['oauth_token', token]);
  const normalized = [...params, ...oauth]
    .map(([name, value]) => [oauthEncode(name), oauthEncode(value)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const base = `${method.toUpperCase()}&${oauthEncode(url)}&${oauthEncode(normalized)}`;
  const key = `${oauthEncode(consumerSecret)}&${oauthEncode(tokenSecret)}`;
  oauth.push(['oauth_signature', createHmac('sha1', key).update(base).digest('base64')]);

  return oauth;
}

/** `pairs` as a query string or urlencoded body, OAuth-encoded. */
export function toQuery(pairs) {
  return pairs.map(([name, value]) => `${oauthEncode(name)}=${oauthEncode(value)}`).join('&');
}

/** `oauth` pairs as an `Authorization: OAuth ...` header value. */
export function authorizationHeader(oauth) {
  return `OAuth ${oauth.map(([name, value]) => `${name}="${oauthEncode(value)}"`).join(', ')}`;
}
