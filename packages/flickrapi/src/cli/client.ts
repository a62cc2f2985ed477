import type { FlickrAPI } from '../client/flickr-api.js';
import { SqliteTokenCache } from '../tokens/sqlite-token-cache.js';
import type { CliContext } from './context.js';
import { tokenCacheFile } from './options.js';
import { ReplyKeepingFlickrAPI } from './reply-keeping-client.js';
import { verboseLogger } from './verbose-logger.js';
import { WatchedTokenStore } from './watched-token-store.js';

/** A client of the command line, with the token cache it uses (none with --no-store-token). */
export interface CliClient {
  readonly flickr: ReplyKeepingFlickrAPI;
  /** The token cache, watched so that a token the client forgets can be reported. */
  readonly tokens: WatchedTokenStore | undefined;
}

/**
 * The client every Flickr-facing command uses, built from the global options: the key, the
 * endpoint, the token cache (`--token-cache DIR` holds `oauth-tokens.sqlite`), the account
 * (`--username`), `--no-store-token`, `--timeout`, and `--verbose` as its logger. It and its
 * token cache are closed when the run ends.
 */
export function createCliClient(context: CliContext): CliClient {
  const settings = context.keyedSettings();
  const tokens = settings.storeToken
    ? new WatchedTokenStore(new SqliteTokenCache({ location: tokenCacheFile(settings) }))
    : undefined;
  const flickr = new ReplyKeepingFlickrAPI(settings.apiKey, settings.apiSecret, {
    endpoint: settings.endpoint,
    username: settings.username,
    storeToken: settings.storeToken,
    tokenStore: tokens,
    timeout: settings.timeoutMs,
    logger: settings.verbose ? verboseLogger(context.output) : undefined,
  });
  // Registered first so that it is closed last, after the client that uses it.
  if (tokens !== undefined) context.onClose(() => tokens.close());
  context.onClose(() => flickr.close());

  return { flickr, tokens };
}

/** The client alone, for commands that need nothing else; see {@link createCliClient}. */
export function createClient(context: CliContext): FlickrAPI {
  return createCliClient(context).flickr;
}
