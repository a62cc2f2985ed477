/**
 * OAuth 1.0a request signing (HMAC-SHA1), as Flickr verifies it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849
 */
export { authorizationHeader, splitOAuthParams } from './authorization-header.js';
export {
  baseStringUri,
  normalizeParams,
  queryParams,
  signatureBaseString,
  type RequestParam,
} from './base-string.js';
export { hmacSha1Signature, signingKey } from './hmac-sha1.js';
export { createNonce, oauthTimestamp } from './nonce.js';
export { formDecode, formEncode, parseFormEncoded, percentEncode } from './percent-encode.js';
export { signOAuthParams, signOAuthQuery, type SignOAuthParamsInput } from './sign.js';
