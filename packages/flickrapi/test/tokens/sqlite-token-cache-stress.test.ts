/**
 * Eight processes store and read tokens in one cache file at once; three are killed with
 * SIGKILL while writing. Afterwards the file must pass SQLite's integrity check and hold,
 * whole, every token whose commit a writer acknowledged.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

import { SqliteTokenCache } from '../../src/tokens/sqlite-token-cache.js';
import { stressToken } from './fixtures/stress-token.js';

const WORKERS = 8;
const DURATION_MS = 4000;
/** Worker i (for i below this) is killed right after its (i + 1) * 15th acknowledged write. */
const KILLED = 3;
/**
 * How long a worker that is to be killed keeps writing: until it is killed, however slowly a
 * loaded machine lets it reach its count (a bound, so a stuck worker still fails the test).
 */
const UNTIL_KILLED_MS = 60_000;

const writer = fileURLToPath(new URL('fixtures/stress-writer.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'flickrapi-cache-stress-'));
after(() => rmSync(root, { recursive: true, force: true }));

interface Outcome {
  readonly acked: string[];
  readonly torn: string[];
  readonly killed: boolean;
  readonly code: number | null;
}

function runWriter(location: string, worker: number): Promise<Outcome> {
  const duration = worker < KILLED ? UNTIL_KILLED_MS : DURATION_MS;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', writer, location, String(worker),
      String(duration), String(WORKERS)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const acked: string[] = [];
  const torn: string[] = [];
  const killAfter = worker < KILLED ? (worker + 1) * 15 : Infinity;
  let killed = false;

  createInterface({ input: child.stdout! }).on('line', (line) => {
    const [kind = '', key = ''] = line.split(' ');
    if (kind === 'ack') acked.push(key);
    if (kind === 'torn') torn.push(key);
    if (acked.length >= killAfter && !killed) {
      killed = child.kill('SIGKILL');
    }
  });

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ acked, torn, killed, code }));
  });
}

it('keeps every acknowledged token whole with 8 writers, 3 of them killed', {
  timeout: 120_000,
}, async (t) => {
  const location = join(root, 'cache', 'oauth-tokens.sqlite');
  const outcomes = await Promise.all(
    Array.from({ length: WORKERS }, (_, worker) => runWriter(location, worker)),
  );

  for (const [worker, outcome] of outcomes.entries()) {
    assert.deepEqual(outcome.torn, [], `worker ${worker} read a torn token`);
    if (worker < KILLED) {
      assert.ok(outcome.killed, `worker ${worker} finished before it could be killed`);
    } else {
      assert.equal(outcome.code, 0, `worker ${worker} exited with ${outcome.code}`);
    }
  }

  const db = new Database(location, { readonly: true });
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.close();

  const cache = new SqliteTokenCache({ location });
  const stored = new Map((await cache.list('stress')).map((entry) => [entry.lookupKey, entry]));
  const acknowledged = outcomes.flatMap((outcome) => outcome.acked);
  assert.ok(acknowledged.length >= WORKERS * 20, `only ${acknowledged.length} writes`);
  t.diagnostic(`${acknowledged.length} acknowledged writes, all present and whole`);
  for (const key of acknowledged) {
    assert.deepEqual(stored.get(key)?.token, stressToken(key), `token ${key}`);
  }
  await cache.close();
});
