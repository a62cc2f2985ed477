import type { Perms } from '../tokens/token.js';

/** What the client needs to know about a Flickr method to call it. */
export interface MethodInfo {
  /** Arguments that must be given (never `api_key`, which the client supplies). */
  readonly required: readonly string[];
  /** Arguments that may be given. */
  readonly optional: readonly string[];
  /** The permission the access token must carry (`none` for public methods). */
  readonly perms: Perms;
  /** Whether Flickr needs a signed-in user. */
  readonly login: boolean;
  /** Whether Flickr needs the call signed. (flickrapi-ts signs every call anyway.) */
  readonly signed: boolean;
  /** `POST` for write and delete methods (Flickr refuses GET with error 116), else `GET`. */
  readonly httpMethod: 'GET' | 'POST';
}
