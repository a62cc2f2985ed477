import { FlickrAPI } from '../client/flickr-api.js';
import type { CliContext } from './context.js';
import { tokenCacheFile } from './options.js';
import { verboseLogger } from './verbose-logger.js';

/**
 * The client every Flickr-facing command uses, built from the global options: the key, the
 * endpoint, the token cache (`--token-cache DIR` holds `oauth-tokens.sqlite`), the account
 * (`--username`), `--no-store-token`, `--timeout`, and `--verbose` as its logger. It is
 * closed when the run ends.
 */
export function createClient(context: CliContext): FlickrAPI {
  const settings = context.keyedSettings();
  const flickr = new FlickrAPI(settings.apiKey, settings.apiSecret, {
    endpoint: settings.endpoint,
    username: settings.username,
    storeToken: settings.storeToken,
    tokenCacheLocation: tokenCacheFile(settings),
    timeout: settings.timeoutMs,
    logger: settings.verbose ? verboseLogger(context.output) : undefined,
  });
  context.onClose(() => flickr.close());

  return flickr;
}
