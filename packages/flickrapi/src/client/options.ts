/**
 * The options of `FlickrAPI` and of each call.
 */
import type { ResponseFormat } from '../formats/response-format.js';
import type { FetchLike } from '../http/fetch-transport.js';
import type { FlickrLogger } from '../http/logger.js';
import type { Transport } from '../http/transport.js';
import type { CallPolicyOptions } from '../resilience/call-policies.js';
import type { OAuthToken } from '../tokens/token.js';
import type { TokenStore } from '../tokens/token-store.js';

/** The default timeout of one request, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Options of `new FlickrAPI(apiKey, apiSecret, options)`. The first seven mirror Python
 * flickrapi's constructor; the rest are for Node.
 */
export interface FlickrAPIOptions<F extends ResponseFormat = 'parsed-json'>
  extends CallPolicyOptions {
  /**
   * Whose token to use: the key the token is filed under in the token store, so that several
   * accounts can share one cache. Default: the store's default account (`''`).
   */
  readonly username?: string | undefined;
  /** An access token to sign calls with. Default: the token store's, or none (public calls). */
  readonly token?: OAuthToken | undefined;
  /**
   * How replies are returned: `parsed-json` (default), `xml`, `json` or `rest`.
   * See {@link ResponseFormat}.
   */
  readonly format?: F;
  /** Keep tokens obtained by the auth flows in the token store. Default `true`. */
  readonly storeToken?: boolean | undefined;
  /**
   * Where the SQLite token cache lives (the same file Python flickrapi uses).
   * Default: `~/.flickr/oauth-tokens.sqlite`.
   */
  readonly tokenCacheLocation?: string | undefined;
  /** A token store to use instead of the SQLite cache (memory, PostgreSQL, your own). */
  readonly tokenStore?: TokenStore | undefined;
  /**
   * The timeout of each request in milliseconds, until the whole reply has arrived; a call
   * may override it. `Infinity` waits forever. Default `30000`.
   */
  readonly timeout?: number | undefined;
  /**
   * One base URL standing in for api.flickr.com, up.flickr.com and www.flickr.com, e.g. a
   * local emulator's `http://127.0.0.1:8080`. Default: Flickr's own hosts.
   */
  readonly endpoint?: string | undefined;
  /**
   * A `fetch` function to send requests with (tracing, proxies, tests). Ignored when
   * `transport` is given. Default: the keep-alive `node:http` transport.
   */
  readonly fetch?: FetchLike | undefined;
  /**
   * The transport every request goes through. Default: a `NodeTransport` owned by the
   * client (closed by `close()`); a transport you pass is yours to close.
   */
  readonly transport?: Transport | undefined;
  /** The `User-Agent` header. Default `flickrapi-ts/<version> (+node <version>)`. */
  readonly userAgent?: string | undefined;
  /** Receives one debug line per request (secrets redacted). Default: silent. */
  readonly logger?: FlickrLogger | undefined;
}

/** Options of one call. */
export interface CallOptions<G extends ResponseFormat = ResponseFormat> {
  /** The format of this call's reply, instead of the client's. */
  readonly format?: G;
  /** This call's timeout in milliseconds, instead of the client's. */
  readonly timeout?: number | undefined;
  /** Cancels the call; it then rejects with `FlickrAbortError`. */
  readonly signal?: AbortSignal | undefined;
}
