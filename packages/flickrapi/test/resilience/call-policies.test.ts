import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FlickrHttpError } from '../../src/errors.js';
import type { TransportResponse } from '../../src/http/transport.js';
import { CallPolicies, type PolicyRequest } from '../../src/resilience/call-policies.js';
import { RateLimiter } from '../../src/resilience/rate-limiter.js';
import { FakeClock } from './fake-clock.js';

const KEY = { method: 'flickr.test.echo', params: { a: '1' }, format: 'json', token: 't' };

/** A request whose replies come from a list: a status and body per attempt. */
function request(replies: [number, string][], cached = true): {
  req: PolicyRequest<string>;
  sent: () => number;
} {
  let sent = 0;
  const req: PolicyRequest<string> = {
    what: 'flickr.test.echo',
    write: false,
    cacheKey: () => Promise.resolve(cached ? KEY : undefined),
    send: () => {
      const [status, body] = replies[Math.min(sent++, replies.length - 1)] ?? [200, ''];
      return Promise.resolve({ status, headers: {}, body } satisfies TransportResponse);
    },
    read: (response) => {
      if (response.status !== 200) {
        throw new FlickrHttpError('GET', 'http://x/', response.status, response.body);
      }
      return response.body.toUpperCase();
    },
  };

  return { req, sent: () => sent };
}

test('without options a request goes out once, as it is', async () => {
  const policies = new CallPolicies();
  const { req, sent } = request([[200, 'ok']]);
  assert.equal(await policies.run(req), 'OK');
  assert.equal(await policies.run(req), 'OK');
  assert.equal(sent(), 2);
  assert.equal(policies.cache, undefined);
});

test('each attempt waits for the limiter; the answer is cached once read', async () => {
  const clock = new FakeClock();
  const limiter = new RateLimiter({ perSecond: 1, burst: 1, clock });
  const policies = new CallPolicies({
    cache: true, rateLimit: limiter, retry: { clock, random: () => 0 },
  });
  const { req, sent } = request([[503, 'busy'], [200, 'fine']]);
  assert.equal(await policies.run(req), 'FINE');
  assert.equal(sent(), 2);
  // A backoff of 0 ms (random() is 0), then the limiter's 1 s before the second attempt.
  assert.deepEqual(clock.sleeps, [0, 1000]);

  assert.equal(await policies.run(req), 'FINE');
  assert.equal(sent(), 2, 'served from the cache, without using the limiter');
  assert.deepEqual(clock.sleeps, [0, 1000]);
});

test('failures and requests without a key are not cached', async () => {
  const policies = new CallPolicies({ cache: true });
  const failing = request([[503, 'busy'], [200, 'later']]);
  await assert.rejects(policies.run(failing.req), FlickrHttpError);
  assert.equal(await policies.run(failing.req), 'LATER');

  const uncached = request([[200, 'a']], false);
  await policies.run(uncached.req);
  await policies.run(uncached.req);
  assert.equal(uncached.sent(), 2);
});
