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
