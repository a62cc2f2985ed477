#!/usr/bin/env node
// Process start to first authenticated call with flickrapi-ts (built dist), the token read
// from the SQLite token cache file prepared by the runner (Python flickrapi's format).
// Usage: node first-call-flickrapi-ts.mjs --url URL --cache FILE
import { FlickrAPI } from 'flickrapi-ts';
import { caseArgs } from '../lib/call-loop.mjs';
import { BENCH_KEYS } from '../lib/keys.mjs';

const args = caseArgs();
const flickr = new FlickrAPI(BENCH_KEYS.apiKey, BENCH_KEYS.apiSecret, {
  endpoint: args.url,
  tokenCacheLocation: args.cache,
});
const reply = await flickr.test.login();
if (reply.stat !== 'ok' || flickr.token?.token !== BENCH_KEYS.token) {
  throw new Error('first-call-flickrapi-ts: the call was not signed with the cached token');
}
flickr.close();
