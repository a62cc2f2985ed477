/**
 * The shapes of the typed method functions, shared by `flickr.call` and the namespaces.
 */
import type { CallOptions } from '../client/options.js';
import type { FormatResult, ResponseFormat } from '../formats/response-format.js';

/**
 * A Flickr method with at least one required argument. `F` is the client's default format;
 * `options.format` overrides it for one call and the result type follows.
 */
export type FlickrMethod<P, F extends ResponseFormat> = <G extends ResponseFormat = F>(
  params: P,
  options?: CallOptions<G>,
) => Promise<FormatResult<G>>;

/** A Flickr method whose arguments are all optional: `params` may be left out. */
export type FlickrMethodOptionalParams<P, F extends ResponseFormat> = <
  G extends ResponseFormat = F,
>(
  params?: P,
  options?: CallOptions<G>,
) => Promise<FormatResult<G>>;
