#!/usr/bin/env node
// One upload through flickr-sdk 7.1.0 (`upload(path, params)`), with its host rewritten to
// the local server. Prints the time from the call to the parsed reply; the runner measures
// the process's peak memory from outside.
// Usage: node upload-flickr-sdk.mjs --url URL --file PATH
import { caseArgs, report } from '../lib/call-loop.mjs';
import { createLocalFlickr } from '../lib/flickr-sdk-client.mjs';

const args = caseArgs();
const { upload } = createLocalFlickr(args.url);

const start = process.hrtime.bigint();
const reply = await upload(args.file, { title: 'bench upload' });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (!reply.id) throw new Error('upload-flickr-sdk: no photo id in the reply');
report({ seconds });
