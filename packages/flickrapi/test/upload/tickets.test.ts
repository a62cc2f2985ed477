import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FlickrAbortError, FlickrTimeoutError, FlickrUsageError } from '../../src/errors.js';
import {
  UploadTicketError,
  parseTicketsJson,
  waitForTickets,
  type TicketStatus,
} from '../../src/upload/tickets.js';
import { FakeClock } from '../resilience/fake-clock.js';

test('reads checkTickets answers', () => {
  const answer = {
    uploader: {
      ticket: [
        { id: '128', complete: 1, photoid: '2995' },
        { id: '129', complete: 0 },
        { id: '130', complete: '2' },
        { id: '131', invalid: 1 },
      ],
    },
    stat: 'ok',
  };
  assert.deepEqual(parseTicketsJson(answer), [
    { id: '128', state: 'done', photoId: '2995' },
    { id: '129', state: 'pending' },
    { id: '130', state: 'failed' },
    { id: '131', state: 'invalid' },
  ]);
  assert.deepEqual(parseTicketsJson({ uploader: { ticket: { id: '1', complete: 0 } } }), [
    { id: '1', state: 'pending' },
  ]);
  assert.throws(() => parseTicketsJson({ stat: 'ok' }), /"uploader"/);
});

/** Answers from a script: one list of statuses per check. */
function scripted(rounds: TicketStatus[][]) {
  const asked: string[][] = [];
  const check = (ids: readonly string[]): Promise<TicketStatus[]> => {
    asked.push([...ids]);
    return Promise.resolve(rounds[Math.min(asked.length, rounds.length) - 1] ?? []);
  };
  return { asked, check };
}

test('polls until every ticket is done and keeps the order of the ids', async () => {
  const clock = new FakeClock();
  const { asked, check } = scripted([
    [{ id: 'a', state: 'pending' }, { id: 'b', state: 'done', photoId: '2' }],
    [{ id: 'a', state: 'pending' }, { id: 'b', state: 'done', photoId: '2' }],
    [{ id: 'a', state: 'done', photoId: '1' }, { id: 'b', state: 'done', photoId: '2' }],
  ]);
  assert.deepEqual(await waitForTickets(check, ['a', 'b'], { clock, interval: 250 }), ['1', '2']);
  assert.equal(asked.length, 3);
  assert.deepEqual(clock.sleeps, [250, 250]);
  assert.deepEqual(await waitForTickets(check, []), []);
});

test('reports failed and invalid tickets once all are settled', async () => {
  const { check } = scripted([[
    { id: 'a', state: 'done', photoId: '1' }, { id: 'b', state: 'failed' },
    { id: 'c', state: 'invalid' },
  ]]);
  await assert.rejects(waitForTickets(check, ['a', 'b', 'c', 'd'], { clock: new FakeClock() }),
    (e: unknown) => {
      assert.ok(e instanceof UploadTicketError);
      assert.equal(e.kind, 'upload-ticket');
      assert.deepEqual(e.failed, ['b']);
      assert.deepEqual(e.invalid, ['c', 'd']);
      assert.deepEqual(e.completed, { a: '1' });
      assert.match(e.message, /failed: b; invalid: c, d/);
      return true;
    });
});

test('gives up after the timeout, or when cancelled', async () => {
  const clock = new FakeClock();
  const { asked, check } = scripted([[{ id: 'a', state: 'pending' }]]);
  await assert.rejects(waitForTickets(check, ['a'], { clock, interval: 1000, timeout: 5000 }),
    FlickrTimeoutError);
  assert.equal(asked.length, 6, 'checked at 0, 1, 2, 3, 4 and 5 seconds');
  const cancelled = waitForTickets(check, ['a'], { signal: AbortSignal.abort() });
  await assert.rejects(cancelled, FlickrAbortError);
});

test('refuses ticket ids that are not an array of ids, before any check', async () => {
  let checks = 0;
  const check = async (): Promise<TicketStatus[]> => {
    checks += 1;
    return [];
  };

  for (const ids of ['abc', ['12', 'x 3'], [''], [{}], ['1,2']]) {
    await assert.rejects(
      waitForTickets(check, ids as unknown as string[]),
      (error: unknown) => error instanceof FlickrUsageError && /ticket ids/.test(error.message),
    );
  }
  assert.equal(checks, 0);
});
