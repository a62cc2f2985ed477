#!/usr/bin/env node
// Process start to first authenticated call with flickr-sdk 7.1.0. It has no token cache, so
// the token is given in code (its best case).
// The process is what is timed, so it loads no file but the library: the runner passes the keys.
// Usage: node first-call-flickr-sdk.mjs --url URL --key K --secret S --token T --token-secret TS
import { createFlickr, FetchTransport } from 'flickr-sdk';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].slice(2)] = process.argv[i + 1];
const base = new URL(args.url);

class LocalTransport extends FetchTransport {
  fetch(url, init) {
    const local = new URL(url);
    local.protocol = base.protocol;
    local.host = base.host;
    return super.fetch(local.href, init);
  }
}

const { flickr } = createFlickr({
  consumerKey: args.key,
  consumerSecret: args.secret,
  oauthToken: args.token,
  oauthTokenSecret: args['token-secret'],
}, new LocalTransport());
const reply = await flickr('flickr.test.login', {});
if (reply.stat !== 'ok') throw new Error('first-call-flickr-sdk: call failed');
