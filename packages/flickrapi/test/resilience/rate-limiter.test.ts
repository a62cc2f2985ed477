import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FlickrAbortError, FlickrUsageError } from '../../src/errors.js';
import { sleep } from '../../src/resilience/clock.js';
import { RateLimiter, resolveRateLimiter } from '../../src/resilience/rate-limiter.js';
import { FakeClock } from './fake-clock.js';

test('lets a burst through, then spaces calls at the steady rate', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perHour: 3600, burst: 3, clock });
  await Promise.all([1, 2, 3, 4, 5].map(() => limiter.acquire()));
  // Call 4 waits until t=1000; call 5, asking at t=1000 on this clock, until t=2000.
  assert.deepEqual(clock.sleeps, [1000, 1000]);
  assert.equal(clock.now(), 2000);
});

test('never exceeds rate x time + burst over a long run', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perSecond: 10, burst: 5, clock });
  const sent: number[] = [];
  for (let i = 0; i < 200; i++) {
    await limiter.acquire();
    sent.push(clock.now());
  }
  const span = (sent.at(-1) ?? 0) - (sent[0] ?? 0);
  assert.ok(200 <= (span / 1000) * 10 + 5, `200 calls in ${span} ms`);
  assert.ok(span >= 19_000, `expected about 19.5 s, got ${span} ms`);
});

test('refills while idle, but no more than the burst', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perSecond: 1, burst: 2, clock });
  for (let i = 0; i < 4; i++) await limiter.acquire();
  const before = clock.sleeps.length;
  clock.time += 60_000;
  for (let i = 0; i < 3; i++) await limiter.acquire();
  assert.equal(clock.sleeps.length - before, 1);
});

test('one limiter instance is shared when passed on', () => {
  const limiter = new RateLimiter();
  assert.equal(resolveRateLimiter(limiter), limiter);
  assert.equal(resolveRateLimiter(undefined), undefined);
  assert.equal(resolveRateLimiter(true)?.intervalMs, 1000);
  assert.equal(resolveRateLimiter({ perHour: 7200 })?.burst, 120);
});

test('a wait can be cancelled', async () => {
  const limiter = new RateLimiter({ perSecond: 0.001, burst: 1 });
  await limiter.acquire();
  const controller = new AbortController();
  const waiting = limiter.acquire(controller.signal);
  controller.abort();
  await assert.rejects(waiting, FlickrAbortError);
  await assert.rejects(sleep(10, AbortSignal.abort()), FlickrAbortError);
});

test('rejects a rate that is not positive', () => {
  assert.throws(() => new RateLimiter({ perHour: 0 }), FlickrUsageError);
  assert.throws(() => new RateLimiter({ burst: 0.5 }), /rateLimit.burst/);
});
