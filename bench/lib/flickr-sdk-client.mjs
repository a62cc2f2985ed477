// flickr-sdk 7.1.0 pointed at the local server. Its URLs are hard-coded to flickr.com, so a
// Transport subclass rewrites the host after signing, as a user reaching Flickr through a
// proxy would; it signs the canonical URLs, as it would for real Flickr.
// (The start-up case keeps its own copy of this, so that measuring it loads no extra file.)
import { createFlickr, FetchTransport } from 'flickr-sdk';
import { BENCH_KEYS } from './keys.mjs';

/** flickr-sdk's `createFlickr` result, with the bench token, talking to `baseUrl`. */
export function createLocalFlickr(baseUrl) {
  const base = new URL(baseUrl);

  class LocalTransport extends FetchTransport {
    fetch(url, init) {
      const local = new URL(url);
      local.protocol = base.protocol;
      local.host = base.host;
      return super.fetch(local.href, init);
    }
  }

  return createFlickr({
    consumerKey: BENCH_KEYS.apiKey,
    consumerSecret: BENCH_KEYS.apiSecret,
    oauthToken: BENCH_KEYS.token,
    oauthTokenSecret: BENCH_KEYS.tokenSecret,
  }, new LocalTransport());
}
