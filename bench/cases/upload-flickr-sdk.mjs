#!/usr/bin/env node
// One upload through flickr-sdk 7.1.0 (`upload(path, params)`), with its host rewritten to
// the local server. Prints the time from the call to the parsed reply; the runner measures
// the process's peak memory from outside.
// Usage: node upload-flickr-sdk.mjs --url URL --file PATH
import { createFlickr, FetchTransport } from 'flickr-sdk';
import { caseArgs, report } from '../lib/call-loop.mjs';
import { BENCH_KEYS } from '../lib/keys.mjs';

const args = caseArgs();
const base = new URL(args.url);

class LocalTransport extends FetchTransport {
  fetch(url, init) {
    const local = new URL(url);
    local.protocol = base.protocol;
    local.host = base.host;
    return super.fetch(local.href, init);
  }
}

const { upload } = createFlickr({
  consumerKey: BENCH_KEYS.apiKey,
  consumerSecret: BENCH_KEYS.apiSecret,
  oauthToken: BENCH_KEYS.token,
  oauthTokenSecret: BENCH_KEYS.tokenSecret,
}, new LocalTransport());

const start = process.hrtime.bigint();
const reply = await upload(args.file, { title: 'bench upload' });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (!reply.id) throw new Error('upload-flickr-sdk: no photo id in the reply');
report({ seconds });
