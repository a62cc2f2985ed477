#!/usr/bin/env node
// Signed calls through flickr-sdk 7.1.0 (OAuth 1.0a, its own FetchTransport on Node's global
// fetch). Its URLs are hard-coded to flickr.com, so a Transport subclass rewrites the host to
// the local server after signing, exactly as a user pointing it at a proxy would.
// Usage: node calls-flickr-sdk.mjs --url URL --concurrency N --warmup-ms N --duration-ms N
import { caseArgs, report, runCallLoop } from '../lib/call-loop.mjs';
import { createLocalFlickr } from '../lib/flickr-sdk-client.mjs';

const args = caseArgs();
const { flickr } = createLocalFlickr(args.url);

const result = await runCallLoop(() => flickr('flickr.test.login', {}), {
  concurrency: Number(args.concurrency ?? 1),
  warmupMs: Number(args['warmup-ms'] ?? 300),
  durationMs: Number(args['duration-ms'] ?? 1500),
});
report(result);
