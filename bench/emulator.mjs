#!/usr/bin/env node
// The emulator's own performance on this machine: requests per second for OAuth-signed REST
// calls (flickr.test.login with an access token, every request signed afresh) and unsigned
// ones (flickr.test.echo) over 1, 8 and 32 keep-alive connections, with p50/p99 latency and
// the emulator's CPU; then its peak memory while receiving one large upload sent by curl.
// The emulator runs in its own process (a fresh one for the upload), the load generator in
// another, so that each figure belongs to the emulator alone.
//
// Usage: node bench/emulator.mjs [--quick] [--size 2GiB] [--duration-ms N]
//   --quick        2 s per load run and a 256 MiB upload (under a minute)
//   --size         upload size (default 2 GiB, 256 MiB with --quick)
//   --duration-ms  measured time per load run (default 5000, 2000 with --quick)
// Needs packages/emulator/dist (`npm run build`), curl, and Linux /proc.
// Prints a table and writes bench/results/emulator.json.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runEmulatorLoad, startEmulatorProcess } from './lib/emulator-process.mjs';
import { uploadToEmulator } from './lib/emulator-upload.mjs';
import { formatSize, parseSize } from './lib/size.mjs';
import { makeUploadFile } from './lib/upload-file.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    size: { type: 'string' },
    'duration-ms': { type: 'string' },
  },
});
const plan = {
  warmupMs: flags.quick ? 300 : 500,
  durationMs: Number(flags['duration-ms'] ?? (flags.quick ? 2000 : 5000)),
  loads: [['login', 1], ['login', 8], ['login', 32], ['echo', 1], ['echo', 8], ['echo', 32]],
  uploadBytes: parseSize(flags.size ?? (flags.quick ? '256MiB' : '2GiB')),
};

/** Warns when the emulator's build is missing or older than its sources. */
function checkBuild() {
  const dist = join(root, 'packages/emulator/dist/index.js');
  if (!existsSync(dist)) throw new Error('packages/emulator/dist is missing: run `npm run build`');
  const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
  if (newest(join(root, 'packages/emulator/src')) > newest(join(root, 'packages/emulator/dist'))) {
    console.warn('note: packages/emulator/src is newer than dist; run `npm run build` to ' +
      'measure the current code.');
  }
}

async function measureCalls() {
  const emulator = await startEmulatorProcess();
  const rows = [];
  try {
    for (const [call, concurrency] of plan.loads) {
      process.stderr.write(`${call} x${concurrency} `);
      const result = await runEmulatorLoad(emulator, { call, concurrency,
        warmupMs: plan.warmupMs, durationMs: plan.durationMs });
      if (result.failures > 0) {
        throw new Error(`${call} x${concurrency}: ${result.failures} replies were not stat="ok"`);
      }
      rows.push(result);
    }
  } finally {
    await emulator.close();
    process.stderr.write('\n');
  }

  return rows;
}

async function measureUpload() {
  const emulator = await startEmulatorProcess();
  const file = makeUploadFile(plan.uploadBytes);
  try {
    process.stderr.write(`upload ${formatSize(plan.uploadBytes)}\n`);
    const idle = emulator.memory();
    const result = await uploadToEmulator(emulator, file, plan.uploadBytes);

    return { bytes: plan.uploadBytes, idleRssMb: idle.rssMb, ...result };
  } finally {
    file.remove();
    await emulator.close();
  }
}

function table(calls, upload) {
  const n = (value, digits = 0) => value.toLocaleString('en-US',
    { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const lines = [
    '## Emulator: REST calls (keep-alive node:http load generator in its own process)',
    'call                        conns  requests/s   p50 ms   p99 ms  emulator CPU  ' +
      'ms CPU/req  req/CPU-s  generator CPU',
  ];
  for (const row of calls) {
    const name = row.call === 'login' ? 'flickr.test.login (OAuth)' : 'flickr.test.echo (unsigned)';
    const core = (share) => `${n(100 * share)}% core`;
    lines.push(`${name.padEnd(27)} ${String(row.concurrency).padStart(5)} ` +
      `${n(row.callsPerSec).padStart(11)} ${n(row.p50Ms, 2).padStart(8)} ` +
      `${n(row.p99Ms, 2).padStart(8)} ${core(row.emulatorCores).padStart(13)} ` +
      `${n(row.emulatorCpuMsPerCall, 3).padStart(11)} ` +
      `${n(1000 / row.emulatorCpuMsPerCall).padStart(10)} ` +
      `${core(row.generatorCores).padStart(14)}`);
  }
  lines.push('(ms CPU/req: the emulator\'s own CPU time per request; req/CPU-s: requests ' +
    'one core would serve at that cost, if the emulator had it to itself)');
  lines.push('', `## Emulator: receiving a ${formatSize(upload.bytes)} upload (curl -F, ` +
    'signed Authorization header)',
  `idle RSS ${n(upload.idleRssMb)} MB, peak RSS (VmHWM) ${n(upload.peakRssMb)} MB ` +
    `(+${n(upload.peakRssMb - upload.rssBeforeMb)} MB during the upload), ` +
    `${n(upload.seconds, 2)} s, ${n(upload.mbPerSec)} MiB/s, ` +
    `emulator CPU ${n(100 * upload.emulatorCores)}% of one core`);

  return lines;
}

async function main() {
  checkBuild();
  const started = new Date();
  const loadBefore = loadavg();
  const calls = await measureCalls();
  const upload = await measureUpload();
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() };
  const output = { date: started.toISOString(), mode: flags.quick ? 'quick' : 'full',
    seconds: (Date.now() - started.getTime()) / 1000, machine, plan, calls, upload };

  console.log([
    `flickr-emulator benchmark, ${output.mode} run, ${output.date}`,
    `${machine.cores} cores (${machine.cpu}), Node ${machine.node}, load average ` +
      `${loadBefore.map((l) => l.toFixed(1)).join(' ')} before`,
    '',
    ...table(calls, upload),
    '',
    `total ${output.seconds.toFixed(0)} s`,
  ].join('\n'));
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'emulator.json'), `${JSON.stringify(output, null, 2)}\n`);
}

await main();
