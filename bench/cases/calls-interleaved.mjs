#!/usr/bin/env node
// Signed calls from several Node clients in ONE process, in alternating blocks: block after
// block, each client makes `--block` calls (with `--concurrency` workers), and the wall time
// and process CPU of its blocks are summed. On a shared machine, load that comes and goes
// then falls on every client alike, which separate processes cannot promise.
//   floor          keep-alive node:http loop, no signing (the floor)
//   flickrapi-ts   FlickrAPI, default transport, parsed JSON
//   flickr-sdk     flickr-sdk 7.1.0 with a host-rewriting FetchTransport
// Usage: node calls-interleaved.mjs --url URL --concurrency N --rounds N --warmup-rounds N
//        --block N --clients floor,flickrapi-ts,flickr-sdk
// Prints `{ clients: { NAME: { calls, seconds, cpuMs, callsPerSec, cpuMsPerCall } } }`; a
// client that fails to load is reported as `{ error }`.
import { caseArgs, report } from '../lib/call-loop.mjs';
import { floorClient } from '../lib/floor-client.mjs';
import { BENCH_KEYS } from '../lib/keys.mjs';

const args = caseArgs();
const base = new URL(args.url);
const concurrency = Number(args.concurrency ?? 1);
const names = (args.clients ?? 'floor,flickrapi-ts,flickr-sdk').split(',');


async function oursClient() {
  const { FlickrAPI } = await import('flickrapi-ts');
  const flickr = new FlickrAPI(BENCH_KEYS.apiKey, BENCH_KEYS.apiSecret, {
    endpoint: base.href.replace(/\/$/, ''),
    token: { token: BENCH_KEYS.token, tokenSecret: BENCH_KEYS.tokenSecret, perms: 'write',
      fullname: BENCH_KEYS.fullname, username: BENCH_KEYS.username, userNsid: BENCH_KEYS.userNsid },
  });

  return { call: () => flickr.test.login(), close: () => flickr.close() };
}

async function sdkClient() {
  const { createLocalFlickr } = await import('../lib/flickr-sdk-client.mjs');
  const { flickr } = createLocalFlickr(base.href);

  return { call: () => flickr('flickr.test.login', {}), close: () => {} };
}

const loaders = {
  floor: () => floorClient(base.href, concurrency),
  'flickrapi-ts': oursClient,
  'flickr-sdk': sdkClient,
};
const clients = {};
const out = {};
for (const name of names) {
  const load = loaders[name];
  if (!load) throw new Error(`calls-interleaved: unknown client ${JSON.stringify(name)}`);
  try {
    clients[name] = await load();
    await clients[name].call();
    out[name] = { calls: 0, seconds: 0, cpuMs: 0 };
  } catch (error) {
    out[name] = { error: String(error?.message ?? error).split('\n')[0] };
  }
}

/** `block` calls spread over `concurrency` workers. */
async function runBlock(call, block) {
  let left = block;
  const worker = async () => {
    while (left > 0) {
      left--;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const rounds = Number(args.rounds ?? 20);
const warmup = Number(args['warmup-rounds'] ?? 5);
const block = Number(args.block ?? 100);
for (let round = 0; round < warmup + rounds; round++) {
  for (const name of Object.keys(clients)) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await runBlock(clients[name].call, block);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    if (round < warmup) continue;
    out[name].calls += block;
    out[name].seconds += seconds;
    out[name].cpuMs += (cpu.user + cpu.system) / 1000;
  }
}
for (const [name, client] of Object.entries(clients)) {
  client.close();
  const r = out[name];
  r.callsPerSec = r.calls / r.seconds;
  r.cpuMsPerCall = r.cpuMs / r.calls;
}
report({ clients: out });
