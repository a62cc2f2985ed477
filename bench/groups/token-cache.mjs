// Token cache throughput with 8 processes on one SQLite file: look-ups per second (all
// processes reading the same token) and writes per second (each storing its own token).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCase } from '../lib/processes.mjs';
import { runWorkers } from '../lib/workers.mjs';

const PROCESSES = 8;

export function tokenCacheGroup(ctx) {
  const dirs = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'flickrapi-bench-tokens-'));
    dirs.push(dir);

    return dir;
  };
  const duration = ['--duration-ms', String(ctx.plan.tokenMs)];
  /** Sums the workers' operations per second in each phase. */
  const measure = async (command, argsFor, env) => {
    const [lookups, writes] = await runWorkers(command,
      Array.from({ length: PROCESSES }, (_, worker) => argsFor(worker)), 2, { cwd: ctx.root, env });
    const rate = (results) => results.reduce((sum, r) => sum + r.ops / r.seconds, 0);

    return { lookupsPerSec: rate(lookups), writesPerSec: rate(writes) };
  };

  const nodeRow = (store) => {
    const state = { file: '' };
    const script = 'bench/cases/token-cache-node.mjs';

    return {
      setup: async () => {
        state.file = join(freshDir(), 'oauth-tokens.sqlite');
        await runCase(ctx.node, [script, '--store', store, '--mode', 'seed', '--file', state.file],
          { cwd: ctx.root });
      },
      run: () => measure(ctx.node, (worker) => [script, '--store', store, '--mode', 'run',
        '--file', state.file, '--worker', String(worker), ...duration]),
    };
  };
  const pythonRow = () => {
    const state = { home: '' };

    return {
      setup: async () => {
        state.home = freshDir();
        await runCase(ctx.python, ['bench/cases/prepare-token-cache.py'],
          { cwd: ctx.root, env: { ...process.env, HOME: state.home } });
      },
      run: () => measure(ctx.python, (worker) => ['bench/cases/token-cache-python.py',
        '--worker', String(worker), ...duration], { ...process.env, HOME: state.home }),
    };
  };

  return {
    id: 'token-cache',
    title: `Token cache, ${PROCESSES} processes on one SQLite file`,
    metrics: [
      { key: 'lookupsPerSec', label: 'look-ups/s', better: 'higher', digits: 0 },
      { key: 'writesPerSec', label: 'writes/s', better: 'higher', digits: 0 },
    ],
    reference: 'floor',
    reps: ctx.plan.tokenReps,
    teardown: () => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); },
    rows: [
      { id: 'floor', label: 'better-sqlite3 statements, WAL (floor)', role: 'floor',
        ...nodeRow('floor') },
      { id: 'ours', label: 'flickrapi-ts SqliteTokenCache', role: 'ours',
        ...nodeRow('flickrapi-ts') },
      { id: 'python', label: 'Python flickrapi 2.1.2 OAuthTokenCache', role: 'peer',
        ...pythonRow() },
    ],
    targets: [],
  };
}
