// flickr-emulator's own throughput and memory: OAuth-signed and unsigned REST requests per
// second from a keep-alive load generator, and peak memory while it receives one large
// upload from curl. The emulator runs in its own process, started fresh for each group.
// `node bench/emulator.mjs` measures the same with more connection counts and longer runs.
import { runEmulatorLoad, startEmulatorProcess } from '../lib/emulator-process.mjs';
import { uploadToEmulator } from '../lib/emulator-upload.mjs';
import { formatSize } from '../lib/size.mjs';
import { makeUploadFile } from '../lib/upload-file.mjs';

const LOADS = [['login', 1], ['login', 8], ['login', 32], ['echo', 8]];

function callsGroup(ctx) {
  const running = {};
  const load = (call, concurrency) => ({
    id: `${call}-${concurrency}`,
    label: `${call === 'login' ? 'test.login, OAuth-signed' : 'test.echo, unsigned'}, ` +
      `${concurrency} connection${concurrency === 1 ? '' : 's'}`,
    role: 'emulator',
    run: () => runEmulatorLoad(running.emulator, { call, concurrency,
      warmupMs: ctx.plan.callWarmupMs, durationMs: ctx.plan.callMs }),
  });

  return {
    id: 'emulator-calls',
    title: 'flickr-emulator: REST requests per second (emulator in its own process)',
    metrics: [
      { key: 'callsPerSec', label: 'requests/s', better: 'higher', digits: 0 },
      { key: 'p99Ms', label: 'p99 ms', better: 'lower', digits: 2 },
      { key: 'emulatorCpuMsPerCall', label: 'emulator ms CPU/req', better: 'lower', digits: 3 },
    ],
    reference: 'echo-8',
    reps: ctx.quick ? 2 : 3,
    setup: async () => { running.emulator = await startEmulatorProcess(); },
    teardown: () => running.emulator?.close(),
    rows: LOADS.map(([call, concurrency]) => load(call, concurrency)),
  };
}

function uploadGroup(ctx, bytes) {
  const running = {};

  return {
    id: 'emulator-upload',
    title: `flickr-emulator: receiving a ${formatSize(bytes)} upload (curl -F, signed)`,
    metrics: [
      { key: 'peakRssMb', label: 'MB peak RSS', better: 'lower', digits: 0 },
      { key: 'seconds', label: 's', better: 'lower', digits: 2 },
      { key: 'mbPerSec', label: 'MiB/s', better: 'higher', digits: 0 },
    ],
    reference: 'emulator',
    reps: ctx.quick ? 1 : 2,
    setup: async () => {
      running.file = makeUploadFile(bytes);
      running.emulator = await startEmulatorProcess();
    },
    teardown: async () => {
      running.file?.remove();
      await running.emulator?.close();
    },
    rows: [{ id: 'emulator', label: 'flickr-emulator (VmHWM of its process)', role: 'emulator',
      run: () => uploadToEmulator(running.emulator, running.file, bytes) }],
  };
}

/** The emulator's groups; the upload uses the suite's upload size. */
export function emulatorGroups(ctx) {
  return [callsGroup(ctx), uploadGroup(ctx, ctx.plan.uploadBytes)];
}
