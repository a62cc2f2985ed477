#!/usr/bin/env node
// Process start to first authenticated call with flickrapi-ts (built dist), the token read
// from the SQLite token cache file prepared by the runner (Python flickrapi's format).
// The process is what is timed, so it loads no file but the library: the runner passes the
// keys and the token the cache must give.
// Usage: node first-call-flickrapi-ts.mjs --url URL --cache FILE --key K --secret S --token T
import { FlickrAPI } from 'flickrapi-ts';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].slice(2)] = process.argv[i + 1];
const flickr = new FlickrAPI(args.key, args.secret, {
  endpoint: args.url,
  tokenCacheLocation: args.cache,
});
const reply = await flickr.test.login();
if (reply.stat !== 'ok' || flickr.token?.token !== args.token) {
  throw new Error('first-call-flickrapi-ts: the call was not signed with the cached token');
}
flickr.close();
