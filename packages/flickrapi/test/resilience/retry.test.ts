import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  FlickrAbortError,
  FlickrApiError,
  FlickrHttpError,
  FlickrNetworkError,
  FlickrOAuthError,
  FlickrTimeoutError,
  FlickrUsageError,
} from '../../src/errors.js';
import { backoffDelay, resolveRetryPolicy, withRetry } from '../../src/resilience/retry.js';
import { classifyFailure, parseRetryAfter } from '../../src/resilience/transient.js';
import { FakeClock } from './fake-clock.js';

const URL = 'https://api.flickr.com/services/rest/';
function http(status: number, retryAfterSeconds?: number): FlickrHttpError {
  const options = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };

  return new FlickrHttpError('GET', URL, status, '<html>', options);
}

/** Fails with each error in turn, then answers `done`. */
function failing(errors: unknown[]): { run: () => Promise<string>; calls: () => number } {
  let calls = 0;

  return {
    run: () => {
      const error = errors[calls++];
      return error === undefined ? Promise.resolve('done') : Promise.reject(error);
    },
    calls: () => calls,
  };
}

test('classifies transient failures', () => {
  assert.equal(classifyFailure(new FlickrNetworkError('GET', URL)).transient, true);
  assert.equal(classifyFailure(new FlickrTimeoutError('GET', URL, 5)).transient, true);
  for (const status of [429, 502, 503, 504]) {
    assert.equal(classifyFailure(http(status)).transient, true);
  }
  for (const status of [400, 404, 500]) {
    assert.equal(classifyFailure(http(status)).transient, false);
  }
  assert.deepEqual(classifyFailure(http(429, 7)), { transient: true, retryAfterMs: 7000 });
  const unavailable = new FlickrApiError('m', 105, 'Service currently unavailable');
  assert.equal(classifyFailure(unavailable).transient, true);
  assert.equal(classifyFailure(new FlickrApiError('m', 1, 'Photo not found')).transient, false);
  assert.equal(classifyFailure(new FlickrOAuthError(URL, 401, 'token_rejected')).transient, false);
  assert.equal(classifyFailure(new Error('x')).transient, false);
});

test('parses Retry-After as seconds or an HTTP date', () => {
  assert.equal(parseRetryAfter('120'), 120);
  const now = Date.UTC(2015, 9, 21, 7, 28, 0);
  assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now), 30);
  assert.equal(parseRetryAfter('soon'), undefined);
  assert.equal(parseRetryAfter(undefined), undefined);
});

test('backoff grows exponentially under the cap, with full jitter', () => {
  const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 });
  assert.ok(policy);
  const delays = [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(policy, n));
  assert.deepEqual(delays, [99, 199, 399, 799, 999, 999]);
  const low = resolveRetryPolicy({ random: () => 0 });
  assert.ok(low);
  assert.equal(backoffDelay(low, 3), 0);
});

test('retries transient failures of reads and succeeds', async () => {
  const clock = new FakeClock();
  const events: number[] = [];
  const onRetry = (e: { attempt: number }): void => {
    events.push(e.attempt);
  };
  const policy = resolveRetryPolicy({ clock, random: () => 0.5, onRetry });
  const op = failing([http(503), new FlickrNetworkError('GET', URL), http(502)]);
  assert.equal(await withRetry(op.run, policy, { what: 'm', write: false }), 'done');
  assert.equal(op.calls(), 4);
  assert.deepEqual(clock.sleeps, [250, 500, 1000]);
  assert.deepEqual(events, [1, 2, 3]);
});

test('honours Retry-After when it is longer than the backoff', async () => {
  const clock = new FakeClock();
  const policy = resolveRetryPolicy({ clock, random: () => 0 });
  const op = failing([http(429, 3)]);
  assert.equal(await withRetry(op.run, policy, { what: 'm', write: false }), 'done');
  assert.deepEqual(clock.sleeps, [3000]);
});

test('stops at the attempt limit and throws the last failure', async () => {
  const policy = resolveRetryPolicy({ clock: new FakeClock(), attempts: 2 });
  const last = http(504);
  const op = failing([http(503), last, http(503)]);
  await assert.rejects(withRetry(op.run, policy, { what: 'm', write: false }), (e) => e === last);
  assert.equal(op.calls(), 2);
});

test('stops when the total time would be exceeded', async () => {
  const clock = new FakeClock();
  const policy = resolveRetryPolicy({ clock, maxElapsedMs: 10_000, random: () => 0, attempts: 9 });
  const op = failing([http(429, 4), http(429, 4), http(429, 4)]);
  await assert.rejects(withRetry(op.run, policy, { what: 'm', write: false }), FlickrHttpError);
  assert.deepEqual(clock.sleeps, [4000, 4000]);
  assert.equal(op.calls(), 3);
});

test('does not retry writes unless asked, nor streams, nor permanent failures', async () => {
  const clock = new FakeClock();
  const reads = resolveRetryPolicy({ clock });
  const op = failing([http(503)]);
  await assert.rejects(withRetry(op.run, reads, { what: 'm', write: true }), FlickrHttpError);
  assert.equal(op.calls(), 1);

  const writes = resolveRetryPolicy({ clock, writes: true });
  const op2 = failing([http(503)]);
  assert.equal(await withRetry(op2.run, writes, { what: 'm', write: true }), 'done');
  const op3 = failing([http(503)]);
  await assert.rejects(withRetry(op3.run, writes, { what: 'm', write: true, replayable: false }));
  const op4 = failing([new FlickrApiError('m', 1, 'Photo not found')]);
  await assert.rejects(withRetry(op4.run, writes, { what: 'm', write: false }), FlickrApiError);
  assert.equal(op4.calls(), 1);
  assert.equal(await withRetry(failing([]).run, undefined, { what: 'm', write: false }), 'done');
});

test('a cancelled signal ends the retries with an abort error', async () => {
  const controller = new AbortController();
  const policy = resolveRetryPolicy({ clock: new FakeClock() });
  let calls = 0;
  const run = (): Promise<string> => {
    calls++;
    controller.abort();
    return Promise.reject(http(503));
  };
  const context = { what: 'flickr.photos.search', write: false, signal: controller.signal };
  await assert.rejects(
    withRetry(run, policy, context),
    (e: unknown) => e instanceof FlickrAbortError && /photos.search: cancelled/.test(e.message),
  );
  assert.equal(calls, 1);
});

test('rejects nonsense limits', () => {
  assert.throws(() => resolveRetryPolicy({ attempts: 0 }), FlickrUsageError);
  assert.throws(() => resolveRetryPolicy({ maxElapsedMs: -1 }), /retry.maxElapsedMs/);
  assert.equal(resolveRetryPolicy(false), undefined);
  assert.equal(resolveRetryPolicy(true)?.attempts, 4);
});
