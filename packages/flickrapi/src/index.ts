/**
 * flickrapi-ts: the Flickr API client for TypeScript and Node.js.
 *
 * @packageDocumentation
 */
export const VERSION = '0.1.0';
