#!/usr/bin/env node
// A walk over 10,000 photos (flickr.people.getPhotos) against the emulator with 50 ms of
// latency per request: flickrapi-ts's walker, which asks for the next page while the current
// one is read, against the same pages fetched one after another with plain calls. Each is
// run with an idle reader and with a reader that spends time on every page (as a program
// that stores or resizes what it reads does).
//
// Usage: node bench/walk.mjs [--photos 10000] [--latency 50] [--per-page 100] [--work 40]
//   --work  milliseconds the busy reader spends on each page (default 40)
// The emulator runs in a worker thread, so that its own work does not share the event loop
// of the client being measured.
// Needs `npm run build` (imports packages/flickrapi/dist and packages/emulator/dist).
// Prints a table and writes bench/results/walk-<timestamp>.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const here = dirname(fileURLToPath(import.meta.url));

if (!isMainThread) {
  const { startEmulator } = await import(join(here, '../packages/emulator/dist/index.js'));
  const emulator = await startEmulator(workerData);
  const token = emulator.issueAccessToken({ perms: 'read' });
  parentPort.postMessage({
    url: emulator.url, apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, token,
  });
  parentPort.once('message', async () => {
    await emulator.close();
    parentPort.close();
  });
} else {
  await main();
}

async function main() {
  const library = join(here, '../packages/flickrapi/dist/index.js');
  const { FlickrAPI, MemoryTokenStore } = await import(library);

  const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []));
  const photos = Number(args.photos ?? 10_000);
  const latencyMs = Number(args.latency ?? 50);
  const perPage = Number(args['per-page'] ?? 100);
  const workMs = Number(args.work ?? 40);

  console.log(`seeding ${photos} photos...`);
  const worker = new Worker(fileURLToPath(import.meta.url), {
    workerData: { photosPerUser: photos, users: 1, latencyMs },
  });
  const emulator = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const { token } = emulator;
  const flickr = new FlickrAPI(emulator.apiKey, emulator.apiSecret, {
    endpoint: emulator.url, token, tokenStore: new MemoryTokenStore(),
  });

  /** Pages one after another with plain calls; `work` runs on each page before the next call. */
  async function sequential(work) {
    const ids = new Set();
    let requests = 0;
    for (let page = 1, pages = 1; page <= pages; page++) {
      const rsp = await flickr.people.getPhotos({ user_id: 'me', per_page: perPage, page });
      requests++;
      pages = Number(rsp.photos.pages);
      for (const photo of rsp.photos.photo) ids.add(photo.id);
      await work();
    }

    return { ids: ids.size, requests };
  }

  /** The walker; `work` runs after every `perPage` photos, while the next page is on its way. */
  async function walker(work, prefetch) {
    const ids = new Set();
    let n = 0;
    for await (const photo of flickr.walkUser({}, { perPage, prefetch })) {
      ids.add(photo.id);
      if (++n % perPage === 0) await work();
    }

    return { ids: ids.size, requests: Math.ceil(photos / perPage) };
  }

  const idle = async () => {};
  const busy = () => sleep(workMs);
  const cases = [
    ['pages one after another', 'idle', () => sequential(idle)],
    ['walkUser (prefetch 1)', 'idle', () => walker(idle, 1)],
    ['walkUser (prefetch 3)', 'idle', () => walker(idle, 3)],
    ['pages one after another', `busy ${workMs} ms/page`, () => sequential(busy)],
    ['walkUser (prefetch 1)', `busy ${workMs} ms/page`, () => walker(busy, 1)],
    ['walkUser (prefetch 3)', `busy ${workMs} ms/page`, () => walker(busy, 3)],
  ];

  const rows = [];
  try {
    await sequential(idle); // warm-up: connections, JIT, SQLite pages
    for (const [name, reader, run] of cases) {
      const started = performance.now();
      const result = await run();
      const seconds = (performance.now() - started) / 1000;
      if (result.ids !== photos) {
        throw new Error(`${name}: ${result.ids} photos, expected ${photos}`);
      }
      rows.push({
        walk: name, reader, seconds: Math.round(seconds * 1000) / 1000, photos: result.ids,
        pages: result.requests, photosPerSecond: Math.round(result.ids / seconds),
      });
    }
  } finally {
    flickr.close();
    worker.postMessage('close');
  }

  console.log(`\nWalk over ${photos} photos, ${perPage} per page, ` +
    `${latencyMs} ms latency per request`);
  console.log('walk                     | reader             | seconds | photos/s');
  console.log('-------------------------|--------------------|---------|---------');
  for (const row of rows) {
    const seconds = row.seconds.toFixed(2).padStart(7);
    console.log(`${row.walk.padEnd(24)} | ${row.reader.padEnd(18)} | ${seconds} | ` +
      `${String(row.photosPerSecond).padStart(8)}`);
  }
  await mkdir(join(here, 'results'), { recursive: true });
  const out = join(here, 'results', `walk-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(out, `${JSON.stringify({
    bench: 'walk', photos, perPage, latencyMs, workMs, node: process.version,
    date: new Date().toISOString(), rows,
  }, null, 2)}\n`);
  console.log(`written ${out}`);
}
