/**
 * Which Flickr methods may be answered from the cache: those that only read. A method that
 * needs write or delete permission changes data; a few that need none still must reach
 * Flickr every time.
 */
import type { Perms } from '../tokens/token.js';

/**
 * Read methods whose answer must never be reused: the token and frob exchanges (single-use
 * or checking the present state of a token), upload tickets (polled until they change) and
 * push subscriptions (they subscribe).
 */
export const NEVER_CACHED: ReadonlySet<string> = new Set([
  'flickr.auth.checkToken',
  'flickr.auth.getFrob',
  'flickr.auth.getFullToken',
  'flickr.auth.getToken',
  'flickr.auth.oauth.checkToken',
  'flickr.auth.oauth.getAccessToken',
  'flickr.photos.upload.checkTickets',
  'flickr.push.subscribe',
  'flickr.push.unsubscribe',
]);

/** True when a method needing `requiredPerms` only reads and may be served from the cache. */
export function isCacheableMethod(method: string, requiredPerms: Perms): boolean {
  return (requiredPerms === 'none' || requiredPerms === 'read') && !NEVER_CACHED.has(method);
}
