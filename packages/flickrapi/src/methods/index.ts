/** The Flickr method catalogue: generated from Flickr's reflection data. */
export type { MethodInfo } from './method-info.js';
export type { FlickrMethod, FlickrMethodOptionalParams } from './method-types.js';
export { METHOD_TABLE, type FlickrMethodName } from './generated/method-table.js';
export type * from './generated/method-params.js';
export type { FlickrNamespaces } from './generated/namespaces.js';
