/**
 * The options of `flickrAuth` and how it makes the Flickr client bound to each visitor.
 */
import type { Request } from 'express';

import type { GrantablePerms } from '../auth/authorize-url.js';
import { FlickrAPI, type FlickrAPIOptions } from '../client/flickr-api.js';
import type { Transport } from '../http/transport.js';
import type { OAuthToken } from '../tokens/token.js';
import type { TokenStore } from '../tokens/token-store.js';
import type { ReplayGuard } from './replay-guard.js';
import type { SealKey } from './sealed-cookie.js';

/** The client on `req.flickr`. */
export type VisitorClient = FlickrAPI;

/** Options of `flickrAuth`. */
export interface FlickrAuthOptions {
  /** The application's API key. */
  readonly apiKey: string;
  /** The application's API secret. Never sent, logged or shown. */
  readonly apiSecret: string;
  /**
   * One base URL standing in for api/up/www.flickr.com (for example an emulator's URL).
   * Default: Flickr's own hosts.
   */
  readonly endpoint?: string;
  /**
   * Server keys sealing the token and sign-in cookies, newest first: each at least 32 bytes
   * (for example `openssl rand -hex 32`). Add a new key in front to rotate; drop the old one
   * once the cookies sealed with it have expired.
   */
  readonly cookieKeys: readonly SealKey[];
  /**
   * Where identified users' tokens are kept, filed under their site user id (the lookup key):
   * the SQLite cache, the memory store, `PgTokenStore` for several servers. Required with
   * `identify`.
   */
  readonly store?: TokenStore;
  /**
   * The site's own id for the signed-in site user, or `undefined` (or `''`) for an anonymous
   * visitor.
   * Identified users' tokens go to `store`; anonymous visitors' tokens go to a sealed cookie.
   * Default: every visitor is anonymous.
   */
  readonly identify?: (req: Request) => string | undefined | Promise<string | undefined>;
  /** The callback route. Default `/auth/flickr/callback`. */
  readonly callbackPath?: string;
  /**
   * The route that starts a sign-in (`?perms=` and `?returnTo=`).
   * Default `/auth/flickr/sign-in`.
   */
  readonly signInPath?: string;
  /** The sign-out route (POST). Default `/auth/flickr/sign-out`. */
  readonly signOutPath?: string;
  /** The permission asked for when none is given. Default `read`. */
  readonly perms?: GrantablePerms;
  /**
   * The site's public base URL (`https://example.com`), used for the callback URL sent to
   * Flickr. Default: from the request (`req.protocol` and the `Host` header); set it when the
   * site is behind a proxy, or set Express's `trust proxy`.
   */
  readonly publicUrl?: string;
  /** Marks cookies `Secure`. Default: when the request came over HTTPS (`req.secure`). */
  readonly secureCookies?: boolean;
  /** Lifetime of an anonymous visitor's token cookie, in seconds. Default 30 days. */
  readonly tokenMaxAgeSeconds?: number;
  /** Time a visitor has to finish on Flickr, in seconds. Default 600. */
  readonly stateTtlSeconds?: number;
  /** Refuses replayed callbacks. Default: one in-memory guard per `flickrAuth`. */
  readonly replayGuard?: ReplayGuard;
  /** The HTTP transport shared by sign-ins and visitors' clients. Default: keep-alive Node. */
  readonly transport?: Transport;
  /** Further options of every visitor's `FlickrAPI` (format, timeout, retry, logger...). */
  readonly clientOptions?: Omit<FlickrAPIOptions,
    'token' | 'endpoint' | 'transport' | 'storeToken' | 'tokenStore' | 'username'>;
}

/** A `FlickrAPI` bound to `token` (public calls only without one), storing nothing. */
export function createVisitorClient(
  options: FlickrAuthOptions,
  transport: Transport,
  token: OAuthToken | undefined,
): VisitorClient {
  return new FlickrAPI(options.apiKey, options.apiSecret, {
    ...options.clientOptions,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(token === undefined ? {} : { token }),
    transport,
    storeToken: false,
  });
}
