#!/usr/bin/env node
// Process start to first authenticated call with flickr-sdk 7.1.0. It has no token cache, so
// the token is given in code (its best case).
// Usage: node first-call-flickr-sdk.mjs --url URL
import { createFlickr, FetchTransport } from 'flickr-sdk';
import { caseArgs } from '../lib/call-loop.mjs';
import { BENCH_KEYS } from '../lib/keys.mjs';

const base = new URL(caseArgs().url);

class LocalTransport extends FetchTransport {
  fetch(url, init) {
    const local = new URL(url);
    local.protocol = base.protocol;
    local.host = base.host;
    return super.fetch(local.href, init);
  }
}

const { flickr } = createFlickr({
  consumerKey: BENCH_KEYS.apiKey,
  consumerSecret: BENCH_KEYS.apiSecret,
  oauthToken: BENCH_KEYS.token,
  oauthTokenSecret: BENCH_KEYS.tokenSecret,
}, new LocalTransport());
const reply = await flickr('flickr.test.login', {});
if (reply.stat !== 'ok') throw new Error('first-call-flickr-sdk: call failed');
