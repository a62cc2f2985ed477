// Uploads of one sparse file: time from call to parsed reply and the client process's peak
// memory, against curl -F. flickr-sdk reads the whole file with fs.readFile, which refuses
// files of 2 GiB and more, and Python flickrapi needs about 25 s per 2 GiB; so when the main
// size is above 512 MiB, a second 512 MiB group measures both peers beside curl and
// flickrapi-ts (flickr-sdk is still tried at the main size, where its failure is the result).
import { runCase, runProcess } from '../lib/processes.mjs';
import { makeUploadFile } from '../lib/upload-file.mjs';

const MIB = 1024 * 1024;
const SDK_SIZE = 512 * MIB;

function rows(ctx, file, { python }) {
  const uploadUrl = `${ctx.serverUrl}/services/upload/`;
  const node = (script) => () => runCase(ctx.node, [`bench/cases/${script}`, '--url', ctx.serverUrl,
    '--file', file.path], { cwd: ctx.root, peakRss: true, timeoutMs: 600_000 });
  const list = [
    { id: 'curl', label: 'curl -F photo=@file (unsigned)', role: 'floor',
      run: async () => {
        const result = await runProcess('curl', ['-sS', '-o', '/dev/null', '-w', '%{time_total}',
          '-F', 'title=bench upload', '-F', `photo=@${file.path};type=image/jpeg`, uploadUrl],
        { peakRss: true, timeoutMs: 600_000 });

        return { seconds: Number(result.stdout), peakRssMb: result.peakRssMb };
      } },
    { id: 'ours', label: 'flickrapi-ts', role: 'ours', run: node('upload-flickrapi-ts.mjs') },
    { id: 'flickr-sdk', label: 'flickr-sdk 7.1.0', role: 'peer',
      reps: ctx.plan.peerUploadReps, run: node('upload-flickr-sdk.mjs') },
  ];
  if (python) {
    list.push({ id: 'python', label: 'Python flickrapi 2.1.2', role: 'peer',
      reps: ctx.plan.peerUploadReps,
      run: () => runCase(ctx.python, ['bench/cases/upload-python.py', '--url', ctx.serverUrl,
        '--file', file.path], { cwd: ctx.root, peakRss: true, timeoutMs: 600_000 }) });
  }

  return list;
}

function group(ctx, bytes, { python }) {
  const file = { path: '', remove: () => {} };
  const size = bytes >= 1024 * MIB ? `${bytes / (1024 * MIB)} GiB` : `${bytes / MIB} MiB`;

  return {
    id: `upload-${bytes / MIB}mib`,
    title: `Upload of ${size} (sparse file, multipart POST)`,
    metrics: [
      { key: 'seconds', label: 's', better: 'lower', digits: 2 },
      { key: 'peakRssMb', label: 'MB peak RSS', better: 'lower', digits: 0 },
    ],
    reference: 'curl',
    reps: ctx.plan.uploadReps,
    setup: () => Object.assign(file, makeUploadFile(bytes)),
    teardown: () => file.remove(),
    rows: rows(ctx, file, { python }),
    targets: [
      { metric: 'seconds', op: '<=', value: 1.3, text: "<= 1.3x curl's time" },
      { metric: 'peakRssMb', absolute: true, op: '<', value: 100, text: 'peak memory < 100 MB' },
    ],
  };
}

/** The upload groups for a main size of `bytes`. */
export function uploadGroups(ctx, bytes) {
  if (bytes <= SDK_SIZE) return [group(ctx, bytes, { python: true })];

  return [group(ctx, bytes, { python: false }), group(ctx, SDK_SIZE, { python: true })];
}
