#!/usr/bin/env node
// `npm run bench`: every case, side by side with the floor and the peers, in one run against
// one local fixed-reply server. Repetitions are interleaved (round 1 of every client, then
// round 2, ..., each round starting with a different client) so that a noisy machine slows
// all clients alike. Prints a table and writes JSON to
// bench/results/<timestamp>.json and bench/results/latest.json.
//
// Usage: node bench/run.mjs [--quick] [--upload-size 2GiB|256MiB|...] [--only id,id] [--reps N]
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync }
  from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { callGroups } from './groups/calls.mjs';
import { emulatorGroups } from './groups/emulator.mjs';
import { signingGroup } from './groups/signing.mjs';
import { startupGroup } from './groups/startup.mjs';
import { tokenCacheGroup } from './groups/token-cache.mjs';
import { uploadGroups } from './groups/upload.mjs';
import { walkGroup } from './groups/walk.mjs';
import { runProcess } from './lib/processes.mjs';
import { formatTable, summarizeGroup } from './lib/report.mjs';
import { startFixedServer } from './lib/server.mjs';
import { snapshotLibrary } from './lib/snapshot.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'upload-size': { type: 'string' },
    only: { type: 'string' },
    reps: { type: 'string' },
  },
});

/** Parses `2GiB`, `256MiB`, `512M`, `1G` or a byte count. */
function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(k|m|g)?(i?b)?$/i.exec(text.trim());
  if (!match) {
    throw new Error('--upload-size: expected a size like 2GiB or 256MiB, ' +
      `got ${JSON.stringify(text)}`);
  }
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]?.toLowerCase() ?? ''] ?? 1;

  return Math.round(Number(match[1]) * unit);
}

const quick = flags.quick;
// Calls are measured once V8 has optimized every client's code: after 1,000 warm-up calls
// (10 rounds) the floor's CPU per call was still falling, by a fifth more over the next 4,000,
// and a client with more JavaScript than the floor's falls further. Each repetition of the
// call cases is a process of its own, whose CPU ratio differed from the next one's by up to a
// third when each client made 2,000 calls: the full run measures 4,000 calls per client and
// takes the median of 9 processes. Start-up is measured in 25 repetitions: its ratios are a
// few hundredths apart, and so is the noise of 15.
const plan = quick
  ? { reps: 3, callReps: 3, callRounds: 8, callWarmupRounds: 20, callWarmupMs: 500,
    callMs: 500, signMs: 500, uploadReps: 2, peerUploadReps: 1, walkReps: 2, startupReps: 5,
    tokenReps: 1, tokenMs: 300, uploadBytes: 256 * 1024 ** 2 }
  : { reps: 5, callReps: 9, callRounds: 40, callWarmupRounds: 50, callWarmupMs: 1000,
    callMs: 1500, signMs: 1000, uploadReps: 3, peerUploadReps: 2, walkReps: 5, startupReps: 25,
    tokenReps: 3, tokenMs: 1000, uploadBytes: 2 * 1024 ** 3 };
if (flags['upload-size']) plan.uploadBytes = parseSize(flags['upload-size']);
if (flags.reps) plan.reps = plan.callReps = Number(flags.reps);

/** Warns when the built library is missing or older than its sources. */
function checkBuild() {
  const dist = join(root, 'packages/flickrapi/dist/index.js');
  if (!existsSync(dist)) {
    console.warn('note: packages/flickrapi/dist is missing; flickrapi-ts rows will fail. ' +
      'Run `npm run build` first.');
    return;
  }
  const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
  if (newest(join(root, 'packages/flickrapi/src')) > statSync(dist).mtimeMs) {
    console.warn('note: packages/flickrapi/src is newer than dist; run `npm run build` to ' +
      'measure the current code.');
  }
}

async function runGroup(group, ctx) {
  const samples = new Map(group.rows.map((row) => [row.id, { results: [] }]));
  const fail = (row, error) => {
    samples.get(row.id).error = String(error?.message ?? error).split('\n')[0];
  };
  await group.setup?.(ctx);
  try {
    for (const row of group.rows) {
      try {
        await row.setup?.(ctx);
      } catch (error) {
        fail(row, error);
      }
    }
    await checkAgreement(group, samples, fail);
    const reps = group.reps ?? plan.reps;
    for (let rep = 0; rep < reps; rep++) {
      // Each round starts with a different client, so that none always runs first.
      const order = group.rows.map((_, i) => group.rows[(i + rep) % group.rows.length]);
      for (const row of order) {
        const sample = samples.get(row.id);
        // Slow peers may run fewer repetitions (`row.reps`) than the group.
        if (sample.error || rep >= (row.reps ?? reps)) continue;
        try {
          sample.results.push(await row.run(ctx));
        } catch (error) {
          fail(row, error);
        }
      }
      process.stderr.write('.');
    }
  } finally {
    await group.teardown?.(ctx);
  }

  return summarizeGroup(group, samples);
}

/** Rows with a `check` must all produce the same value (e.g. the same signature). */
async function checkAgreement(group, samples, fail) {
  const checked = group.rows.filter((row) => row.check && !samples.get(row.id).error);
  const values = new Map();
  for (const row of checked) {
    try {
      values.set(row.id, JSON.stringify(await row.check()));
    } catch (error) {
      fail(row, error);
    }
  }
  const expected = values.get(group.reference);
  for (const [id, value] of values) {
    if (expected !== undefined && value !== expected) {
      fail(group.rows.find((r) => r.id === id),
        `disagrees with ${group.reference}: ${value} instead of ${expected}`);
    }
  }
}

async function main() {
  checkBuild();
  const library = snapshotLibrary(root);
  if (library.error) console.warn(`note: ${library.error}; flickrapi-ts rows will fail.`);
  const started = new Date();
  const tokenCacheHome = mkdtempSync(join(tmpdir(), 'flickrapi-bench-home-'));
  const server = await startFixedServer();
  const ctx = { root, plan, quick, node: process.execPath, python: '/usr/bin/python3',
    serverUrl: server.url, tokenCacheHome };
  const groups = [
    ...callGroups(ctx),
    signingGroup(ctx),
    ...uploadGroups(ctx, plan.uploadBytes),
    walkGroup(ctx),
    startupGroup(ctx),
    tokenCacheGroup(ctx),
    ...emulatorGroups(ctx),
  ].filter((g) => !flags.only || flags.only.split(',').some((id) => g.id.startsWith(id)));

  const results = [];
  const loadBefore = loadavg();
  try {
    for (const group of groups) {
      process.stderr.write(`${group.id} `);
      const t0 = performance.now();
      const result = await runGroup(group, ctx);
      result.seconds = (performance.now() - t0) / 1000;
      results.push(result);
      process.stderr.write(` ${result.seconds.toFixed(0)} s\n`);
    }
  } finally {
    await server.close();
    rmSync(tokenCacheHome, { recursive: true, force: true });
    library.remove();
  }

  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    python: (await runProcess(ctx.python, ['--version'])).stdout.trim(),
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg(),
  };
  const output = { date: started.toISOString(), mode: quick ? 'quick' : 'full',
    commit: library.commit,
    seconds: (Date.now() - started.getTime()) / 1000, machine, plan, groups: results };
  const metricsById = new Map(groups.map((g) => [g.id, g.metrics]));
  const lines = [
    `flickrapi-ts benchmarks, ${output.mode} run, ${output.date}, commit ${output.commit}`,
    `${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.python}, ` +
      `load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before`,
    ...formatTable(results, metricsById),
    '',
    `total ${output.seconds.toFixed(0)} s`,
  ];
  console.log(lines.join('\n'));

  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(output, null, 2)}\n`;
  writeFileSync(join(dir, `${output.date.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(join(dir, 'latest.json'), json);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
