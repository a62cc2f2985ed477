import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Deadlines } from '../../src/http/deadlines.js';

/** A deadline's expiry as a promise, and whether it has expired yet. */
function watched(): { expire: () => void; expired: Promise<void>; done: () => boolean } {
  let done = false;
  let resolve!: () => void;
  const expired = new Promise<void>((r) => {
    resolve = r;
  });

  return {
    expire: () => {
      done = true;
      resolve();
    },
    expired,
    done: () => done,
  };
}

describe('Deadlines', () => {
  // The deadline timer does not hold the process open (a request's socket does); the tests
  // have no socket, so an idle interval stands in for it.
  let holder: NodeJS.Timeout;
  beforeEach(() => {
    holder = setInterval(() => {}, 60_000);
  });
  afterEach(() => {
    clearInterval(holder);
  });

  it('a short deadline added after a long one expires first, the long one stays', async () => {
    const deadlines = new Deadlines();
    const long = watched();
    const short = watched();
    const longEntry = deadlines.add(60_000, long.expire);
    deadlines.add(20, short.expire);

    await short.expired;
    assert.equal(long.done(), false);
    deadlines.delete(longEntry);
  });

  it('a deleted deadline never expires', async () => {
    const deadlines = new Deadlines();
    const settled = watched();
    const later = watched();
    deadlines.delete(deadlines.add(10, settled.expire));
    deadlines.add(30, later.expire);

    await later.expired;
    assert.equal(settled.done(), false);
  });

  it('deadlines due at different times each expire, in order', async () => {
    const deadlines = new Deadlines();
    const order: number[] = [];
    const all = [30, 10, 20].map((ms) => {
      const entry = watched();
      deadlines.add(ms, () => {
        order.push(ms);
        entry.expire();
      });

      return entry.expired;
    });

    await Promise.all(all);
    assert.deepEqual(order, [10, 20, 30]);
  });
});

it('a program exits once its last reply came, not when that request\'s timeout would pass', () => {
  const fixture = fileURLToPath(new URL('fixtures/exit-after-reply.ts', import.meta.url));
  // The request's timeout is 10 minutes; 60 s is far more than starting Node takes.
  const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', fixture], {
    encoding: 'utf8',
    timeout: 60_000,
  });

  assert.equal(child.signal, null, 'the program was still running after 60 s');
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout, '{"stat":"ok"}');
});
