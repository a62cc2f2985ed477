#!/usr/bin/env node
// The emulator under load, in its own process so that its CPU and memory are its own: starts
// flickr-emulator from packages/emulator/dist, mints a write access token, and prints one JSON
// line `{ url, apiKey, apiSecret, token, tokenSecret }`. Exits when its stdin closes.
// Usage: node bench/cases/emulator-server.mjs [--photos-per-user N]
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { 'photos-per-user': { type: 'string', default: '12' } },
});
const dist = new URL('../../packages/emulator/dist/index.js', import.meta.url);
const { startEmulator } = await import(dist.href);
const emulator = await startEmulator({ photosPerUser: Number(args['photos-per-user']) });
const { token, tokenSecret } = emulator.issueAccessToken({ perms: 'write' });
process.stdout.write(`${JSON.stringify({ url: emulator.url, apiKey: emulator.apiKey,
  apiSecret: emulator.apiSecret, token, tokenSecret })}\n`);

const stop = () => emulator.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
