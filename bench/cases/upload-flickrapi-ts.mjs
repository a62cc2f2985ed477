#!/usr/bin/env node
// One upload through flickrapi-ts (`FlickrAPI.upload(path, params)`, built dist) to the local
// server. Prints the time from the call to the parsed reply; the runner measures the
// process's peak memory from outside.
// Usage: node upload-flickrapi-ts.mjs --url URL --file PATH
import { FlickrAPI } from 'flickrapi-ts';
import { caseArgs, report } from '../lib/call-loop.mjs';
import { BENCH_KEYS } from '../lib/keys.mjs';

const args = caseArgs();
const flickr = new FlickrAPI(BENCH_KEYS.apiKey, BENCH_KEYS.apiSecret, {
  endpoint: args.url,
  timeout: 600_000,
  token: { token: BENCH_KEYS.token, tokenSecret: BENCH_KEYS.tokenSecret, perms: 'write',
    fullname: BENCH_KEYS.fullname, username: BENCH_KEYS.username, userNsid: BENCH_KEYS.userNsid },
});

const start = process.hrtime.bigint();
const reply = await flickr.upload(args.file, { title: 'bench upload' });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
flickr.close();
if (!reply.photoId) throw new Error('upload-flickrapi-ts: no photo id in the reply');
report({ seconds });
