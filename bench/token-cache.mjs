#!/usr/bin/env node
// The token cache, measured on the built library (run `npm run build` first):
//   1. a cached-token look-up on an open cache, in microseconds;
//   2. writes per second with 8 processes storing tokens in one file at once;
//   3. time from process start to the first authenticated call with a cached token, against
//      the emulator (a fresh `node` process each time, so module loading is included).
// Prints a table and writes JSON to bench/results/token-cache.json.
//
// Usage: node bench/token-cache.mjs [--quick]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const library = join(root, 'packages/flickrapi/dist/index.js');
const emulatorEntry = join(root, 'packages/emulator/dist/index.js');
const self = fileURLToPath(import.meta.url);

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    // Internal: one writer process of the 8-process measurement.
    writer: { type: 'string' },
    'duration-ms': { type: 'string', default: '2000' },
    'start-at': { type: 'string', default: '0' },
    worker: { type: 'string', default: '0' },
  },
});

const TOKEN = {
  token: '72157626318069415-087bfc7b5816092c',
  tokenSecret: 'a202d1f853ec69de',
  perms: 'write',
  fullname: 'Jamal Fanaian',
  username: 'jamalfanaian',
  userNsid: '21207597@N07',
};

if (flags.writer !== undefined) {
  await runWriter(flags.writer);
} else {
  await main();
}

/** One of the 8 writers: waits for the common start, writes for the duration, reports. */
async function runWriter(location) {
  const { SqliteTokenCache } = await import(library);
  const cache = new SqliteTokenCache({ location, busyTimeoutMs: 30_000 });
  await cache.get('bench', 'warm-up');
  const startAt = Number(flags['start-at']);
  while (Date.now() < startAt) await new Promise((resolve) => setTimeout(resolve, 5));

  const deadline = Date.now() + Number(flags['duration-ms']);
  const began = performance.now();
  let writes = 0;
  while (Date.now() < deadline) {
    writes += 1;
    await cache.set('bench', `w${flags.worker}-${writes % 100}`, TOKEN);
  }
  const seconds = (performance.now() - began) / 1000;
  await cache.close();
  process.stdout.write(JSON.stringify({ writes, seconds }));
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'flickrapi-bench-token-cache-'));
  try {
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      lookup: await measureLookup(join(scratch, 'lookup.sqlite')),
      writes: await measureWrites(join(scratch, 'writes.sqlite')),
      firstCall: await measureFirstCall(scratch),
    };
    printTable(results);
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/token-cache.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function measureLookup(location) {
  const { SqliteTokenCache } = await import(library);
  const writer = new SqliteTokenCache({ location });
  await writer.set('bench', '', TOKEN);
  await writer.close();

  const coldStart = performance.now();
  const cache = new SqliteTokenCache({ location });
  await cache.get('bench', '');
  const coldUs = (performance.now() - coldStart) * 1000;

  const rounds = flags.quick ? 5_000 : 50_000;
  const samples = [];
  for (let batch = 0; batch < 20; batch++) {
    const began = performance.now();
    for (let i = 0; i < rounds / 20; i++) await cache.get('bench', '');
    samples.push(((performance.now() - began) * 1000) / (rounds / 20));
  }
  await cache.close();
  samples.sort((a, b) => a - b);

  return {
    lookups: rounds,
    medianUs: round(samples[Math.floor(samples.length / 2)]),
    bestUs: round(samples[0]),
    firstLookupUs: round(coldUs),
  };
}

async function measureWrites(location) {
  const processes = 8;
  const duration = flags.quick ? 1000 : 3000;
  const startAt = Date.now() + 1500;
  const reports = await Promise.all(Array.from({ length: processes }, (_, worker) =>
    runNode([self, '--writer', location, '--worker', String(worker),
      '--duration-ms', String(duration), '--start-at', String(startAt)])));
  const parsed = reports.map((report) => JSON.parse(report.stdout));

  return {
    processes,
    durationMs: duration,
    writes: parsed.reduce((sum, r) => sum + r.writes, 0),
    writesPerSecond: Math.round(parsed.reduce((sum, r) => sum + r.writes / r.seconds, 0)),
  };
}

/**
 * A fresh process reads the cached token and calls flickr.test.login against the emulator.
 * The child reports how long after its own start (performance.timeOrigin) the call returned;
 * an empty `node -e` run gives the floor.
 */
async function measureFirstCall(scratch) {
  const { startEmulator } = await import(emulatorEntry);
  const { SqliteTokenCache } = await import(library);
  const emulator = await startEmulator();
  try {
    const minted = emulator.issueAccessToken({ perms: 'read' });
    const location = join(scratch, 'first-call.sqlite');
    const cache = new SqliteTokenCache({ location });
    await cache.set(emulator.apiKey, '', {
      token: minted.token,
      tokenSecret: minted.tokenSecret,
      perms: minted.perms,
      fullname: minted.fullname,
      username: minted.username,
      userNsid: minted.userNsid,
    });
    await cache.close();

    const child = `
      const { FlickrAPI } = await import(${JSON.stringify(library)});
      const flickr = new FlickrAPI(${JSON.stringify(emulator.apiKey)},
        ${JSON.stringify(emulator.apiSecret)},
        { endpoint: ${JSON.stringify(emulator.url)}, tokenCacheLocation: ${JSON.stringify(location)} });
      const reply = await flickr.test.login();
      const ms = performance.now();
      await flickr.close();
      process.stdout.write(JSON.stringify({ ms, user: reply.user.id }));
    `;
    const runs = flags.quick ? 3 : 10;
    const inProcess = [];
    const wall = [];
    const floor = [];
    for (let run = 0; run < runs; run++) {
      const began = performance.now();
      const report = await runNode(['--input-type=module', '-e', child]);
      wall.push(performance.now() - began);
      inProcess.push(JSON.parse(report.stdout).ms);

      const emptyBegan = performance.now();
      await runNode(['-e', '']);
      floor.push(performance.now() - emptyBegan);
    }

    return {
      runs,
      medianMsSinceProcessStart: round(median(inProcess)),
      medianWallMs: round(median(wall)),
      emptyNodeWallMs: round(median(floor)),
    };
  } finally {
    await emulator.close();
  }
}

function runNode(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout });
      else reject(new Error(`node ${args.slice(0, 2).join(' ')} exited with ${code}`));
    });
  });
}

function printTable(results) {
  const rows = [
    ['cached-token look-up (open cache), median', `${results.lookup.medianUs} µs`],
    ['first look-up (loads SQLite, opens file)', `${results.lookup.firstLookupUs} µs`],
    [`writes/s, ${results.writes.processes} processes on one file`,
      `${results.writes.writesPerSecond}`],
    ['process start → first authenticated call', `${results.firstCall.medianMsSinceProcessStart} ms`],
    ['  same, wall clock incl. process spawn', `${results.firstCall.medianWallMs} ms`],
    ['  empty node process, wall clock', `${results.firstCall.emptyNodeWallMs} ms`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);

  return sorted[Math.floor(sorted.length / 2)];
}

function round(value) {
  return Math.round(value * 10) / 10;
}
