/**
 * flickrapi-ts: the Flickr API client for TypeScript and Node.js.
 *
 * @packageDocumentation
 */
export { VERSION } from './version.js';
export { FlickrAPI, lookupMethod } from './client/flickr-api.js';
export type { SerializedCall, SignedRequestInput, SigningToken } from './client/flickr-api.js';
export type { CallOptions, FlickrAPIOptions } from './client/options.js';
export { DEFAULT_TIMEOUT_MS } from './client/options.js';
export { FLICKR_ENDPOINTS, resolveEndpoints } from './client/endpoints.js';
export type { FlickrEndpoints } from './client/endpoints.js';
export { serializeParams, serializeValue } from './client/params.js';
export type { ParamValue } from './client/params.js';
export * from './errors.js';
export * from './formats/index.js';
export {
  FetchTransport,
  type FetchLike,
  type FetchTransportOptions,
} from './http/fetch-transport.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './http/reply-limit.js';
export type { FlickrLogger } from './http/logger.js';
export { NodeTransport, type NodeTransportOptions } from './http/node-transport.js';
export { redactHeaders, redactText, REDACTED } from './http/redact.js';
export type {
  RequestBody,
  Transport,
  TransportRequest,
  TransportResponse,
} from './http/transport.js';
export * from './methods/index.js';
export { PERMS, isPerms, permsSatisfy } from './tokens/token.js';
export type { OAuthToken, Perms } from './tokens/token.js';
export type { StoredToken, TokenStore } from './tokens/token-store.js';
export { MemoryTokenStore } from './tokens/memory-token-store.js';
export { SqliteTokenCache, defaultTokenCacheLocation } from './tokens/sqlite-token-cache.js';
export type { SqliteTokenCacheOptions } from './tokens/sqlite-token-cache.js';
// The PostgreSQL token store, for sites on several servers, is in `flickrapi-ts/web`.
export {
  authorizationHeader,
  formEncode,
  parseFormEncoded,
  percentEncode,
  signatureBaseString,
  signOAuthParams,
  signOAuthQuery,
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
export {
  albumUrl,
  buddyIconUrl,
  DEFAULT_BUDDY_ICON,
  EXTRAS_URL_FIELDS,
  originalImageUrl,
  photoImageUrl,
  photoPageUrl,
  photostreamUrl,
  profileUrl,
  SIZE_SUFFIXES,
} from './helpers/photo-urls.js';
export type {
  BuddyIconFields,
  ImageHostOptions,
  OriginalUrlFields,
  PhotoUrlFields,
  SizeSuffix,
  WebHostOptions,
} from './helpers/photo-urls.js';
export {
  BASE58_ALPHABET,
  decodeBase58,
  encodeBase58,
  photoIdFromShortUrl,
  shortUrl,
} from './helpers/short-url.js';
export type { PhotoIdInput } from './helpers/short-url.js';
export { contentTypeFor } from './upload/content-types.js';
export type { UploadProgress, ProgressListener } from './upload/progress.js';
export type {
  Flag,
  ReplaceParams,
  TransferOptions,
  UploadParams,
} from './upload/upload-params.js';
export type { UploadedPhoto, UploadTicket } from './upload/upload-response.js';
export type { NamedUploadSource, UploadData, UploadSource } from './upload/upload-source.js';
export { UploadTicketError, parseTicketsJson } from './upload/tickets.js';
export type { TicketStatus, WaitForTicketsOptions } from './upload/tickets.js';
export { walkPages } from './walk/walk-pages.js';
export type { FetchPage, PageInfo, PageOf, WalkPagesOptions } from './walk/walk-pages.js';
export { WALKED_LISTS } from './walk/walk-method.js';
export type {
  WalkedContact,
  WalkedPhoto,
  WalkedPhotoset,
  WalkItem,
  WalkOptions,
} from './walk/walk-method.js';
export { ResponseCache } from './cache/response-cache.js';
export type { CacheKeyParts, CacheOptions } from './cache/response-cache.js';
export type { CacheEntry, CacheStore } from './cache/cache-store.js';
export { MemoryLruStore } from './cache/memory-lru-store.js';
export { isCacheableMethod, NEVER_CACHED } from './cache/cacheable-methods.js';
export { RateLimiter } from './resilience/rate-limiter.js';
export type { RateLimitOptions } from './resilience/rate-limiter.js';
export type { RetryEvent, RetryOptions } from './resilience/retry.js';
export type { CallPolicyOptions } from './resilience/call-policies.js';
export { systemClock, type Clock } from './resilience/clock.js';
export { DEFAULT_RETRY_API_CODES, DEFAULT_RETRY_STATUSES } from './resilience/transient.js';
