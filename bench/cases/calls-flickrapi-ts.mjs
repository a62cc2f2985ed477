#!/usr/bin/env node
// Signed calls through flickrapi-ts (built dist): FlickrAPI with its default keep-alive
// node:http transport, `endpoint` pointing at the local server, parsed JSON replies.
// Usage: node calls-flickrapi-ts.mjs --url URL --concurrency N --warmup-ms N --duration-ms N
import { FlickrAPI } from 'flickrapi-ts';
import { caseArgs, report, runCallLoop } from '../lib/call-loop.mjs';
import { BENCH_KEYS } from '../lib/keys.mjs';

const args = caseArgs();
const flickr = new FlickrAPI(BENCH_KEYS.apiKey, BENCH_KEYS.apiSecret, {
  endpoint: args.url,
  token: {
    token: BENCH_KEYS.token,
    tokenSecret: BENCH_KEYS.tokenSecret,
    perms: 'write',
    fullname: BENCH_KEYS.fullname,
    username: BENCH_KEYS.username,
    userNsid: BENCH_KEYS.userNsid,
  },
});

const result = await runCallLoop(() => flickr.test.login(), {
  concurrency: Number(args.concurrency ?? 1),
  warmupMs: Number(args['warmup-ms'] ?? 300),
  durationMs: Number(args['duration-ms'] ?? 1500),
});
flickr.close();
report(result);
