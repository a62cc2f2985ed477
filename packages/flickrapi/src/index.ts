/**
 * flickrapi-ts: the Flickr API client for TypeScript and Node.js.
 *
 * @packageDocumentation
 */
export const VERSION = '0.1.0';
export { MemoryTokenStore } from './tokens/memory-token-store.js';
export { SqliteTokenCache, defaultTokenCacheLocation } from './tokens/sqlite-token-cache.js';
export type { SqliteTokenCacheOptions } from './tokens/sqlite-token-cache.js';
export {
  authorizationHeader,
  formEncode,
  parseFormEncoded,
  percentEncode,
  signatureBaseString,
  signOAuthParams,
} from './oauth/index.js';
export type { RequestParam, SignOAuthParamsInput } from './oauth/index.js';
export {
  buildRequestTokenRequest,
  processRequestTokenResponse,
} from './auth/request-token.js';
export type { RequestToken, RequestTokenInput } from './auth/request-token.js';
export { buildAuthorizeUrl } from './auth/authorize-url.js';
export type { GrantablePerms } from './auth/authorize-url.js';
export { buildAccessTokenRequest, processAccessTokenResponse } from './auth/access-token.js';
export type { AccessTokenInput } from './auth/access-token.js';
export { oauthEndpoints } from './auth/oauth-endpoints.js';
export type { OAuthConsumer, OAuthEndpoints } from './auth/oauth-endpoints.js';
export { readCallback, verifierFromCallback } from './auth/callback-params.js';
export type { CallbackOutcome } from './auth/callback-params.js';
export { parseVerifier } from './auth/verifier.js';
export type { BrowserFlowOptions } from './auth/browser-flow.js';
export type { ConsoleFlowOptions } from './auth/console-flow.js';
export type { FlowOutput } from './auth/flow-steps.js';
export { isTokenRejection, isTransientFailure } from './auth/token-check.js';
