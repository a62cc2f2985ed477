/**
 * Retries and the rate limiter against the emulator's injected faults. The retry clock is
 * a fake one, so Retry-After and backoff waits are recorded rather than slept.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import { FlickrApiError, FlickrHttpError } from '../../src/errors.js';
import { RateLimiter } from '../../src/resilience/rate-limiter.js';
import { emulatorClient } from '../support/emulator-client.js';
import { FakeClock } from './fake-clock.js';

let emulator: RunningEmulator;

before(async () => {
  emulator = await startEmulator({ photosPerUser: 3, users: 2 });
});
after(async () => {
  await emulator.close();
});

const rest = (paths: string[], method: string): number =>
  paths.filter((p) => p === `/services/rest/${method}`).length;

describe('retries', () => {
  it('succeed after injected 503s and a 429, honouring Retry-After', async (t) => {
    const clock = new FakeClock();
    const { flickr, transport } = emulatorClient(emulator, {
      retry: { clock, random: () => 0.5, baseDelayMs: 100 },
    });
    t.after(() => flickr.close());
    emulator.injectFaults([
      { status: 503, count: 2, path: '/services/rest' },
      { status: 429, count: 1, path: '/services/rest', retryAfter: 3 },
    ]);
    const rsp = await flickr.test.login();
    assert.equal(rsp.stat, 'ok');
    assert.equal(rest(transport.paths, 'flickr.test.login'), 4);
    assert.deepEqual(clock.sleeps, [50, 100, 3000]);
  });

  it('are off by default, and not used for writes unless asked', async (t) => {
    const plain = emulatorClient(emulator);
    const reads = emulatorClient(emulator, { retry: { clock: new FakeClock() } });
    const writes = emulatorClient(emulator, { retry: { clock: new FakeClock(), writes: true } });
    t.after(() => {
      plain.flickr.close();
      reads.flickr.close();
      writes.flickr.close();
    });
    emulator.injectFaults([{ status: 503, count: 1, path: '/services/rest' }]);
    await assert.rejects(plain.flickr.test.login(),
      (e: unknown) => e instanceof FlickrHttpError && e.status === 503);

    const search = await reads.flickr.photos.search({ user_id: 'me', per_page: 1 });
    const photo = (search['photos'] as { photo: { id: string }[] }).photo[0];
    assert.ok(photo);
    const setMeta = { photo_id: photo.id, title: 'renamed', description: '' };
    emulator.injectFaults([{ status: 502, count: 1, path: '/services/rest' }]);
    await assert.rejects(reads.flickr.photos.setMeta(setMeta), FlickrHttpError);
    assert.equal(rest(reads.transport.paths, 'flickr.photos.setMeta'), 1);

    emulator.injectFaults([{ status: 502, count: 1, path: '/services/rest' }]);
    const done = await writes.flickr.photos.setMeta(setMeta);
    assert.equal(done.stat, 'ok');
    assert.equal(rest(writes.transport.paths, 'flickr.photos.setMeta'), 2);
  });

  it('retry a timed-out read', async (t) => {
    const { flickr, transport } = emulatorClient(emulator, {
      timeout: 300,
      retry: { clock: new FakeClock() },
    });
    t.after(() => flickr.close());
    emulator.injectFaults([{ count: 1, delayMs: 1500, path: '/services/rest' }]);
    const rsp = await flickr.test.null();
    assert.equal(rsp.stat, 'ok');
    assert.equal(rest(transport.paths, 'flickr.test.null'), 2);
  });

  it('retry a reply cut short', async (t) => {
    const { flickr, transport } = emulatorClient(emulator, { retry: { clock: new FakeClock() } });
    t.after(() => flickr.close());
    emulator.injectFaults([{ count: 1, truncate: true, path: '/services/rest' }]);
    const rsp = await flickr.photos.search({ user_id: 'me' });
    assert.equal(rsp.stat, 'ok');
    assert.equal(rest(transport.paths, 'flickr.photos.search'), 2);
  });

  it('give up after the attempt limit with the last failure', async (t) => {
    const { flickr, transport } = emulatorClient(emulator, {
      retry: { clock: new FakeClock(), attempts: 3 },
    });
    t.after(() => flickr.close());
    emulator.injectFaults([{ status: 504, count: 3, path: '/services/rest' }]);
    await assert.rejects(flickr.test.login(),
      (e: unknown) => e instanceof FlickrHttpError && e.status === 504);
    assert.equal(rest(transport.paths, 'flickr.test.login'), 3);
  });
});

describe('retries of Flickr errors and uploads', () => {
  it('retry Flickr error 105 and pass other API errors through', async (t) => {
    const { flickr, transport } = emulatorClient(emulator, { retry: { clock: new FakeClock() } });
    t.after(() => flickr.close());
    emulator.injectFaults([{ apiError: 105, count: 2, path: '/services/rest' }]);
    assert.equal((await flickr.test.login()).stat, 'ok');
    assert.equal(rest(transport.paths, 'flickr.test.login'), 3);

    await assert.rejects(flickr.photos.getInfo({ photo_id: '1' }),
      (e: unknown) => e instanceof FlickrApiError && e.code === 1);
    assert.equal(rest(transport.paths, 'flickr.photos.getInfo'), 1);
  });

  it('retry an upload only when writes are allowed and the source can be read again',
    async (t) => {
      const reads = emulatorClient(emulator, { retry: { clock: new FakeClock() } });
      const writes = emulatorClient(emulator, { retry: { clock: new FakeClock(), writes: true } });
      t.after(() => {
        reads.flickr.close();
        writes.flickr.close();
      });
      const jpeg = Buffer.alloc(20_000, 9);
      jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
      const uploads = (paths: string[]): number => paths.filter((p) => p === '/services/upload/')
        .length;

      emulator.injectFaults([{ status: 503, count: 1, path: '/services/upload' }]);
      await assert.rejects(reads.flickr.upload(jpeg), FlickrHttpError);
      assert.equal(uploads(reads.transport.paths), 1);

      emulator.injectFaults([{ status: 503, count: 1, path: '/services/upload' }]);
      const { photoId } = await writes.flickr.upload(jpeg);
      assert.ok(photoId);
      assert.equal(uploads(writes.transport.paths), 2);

      const { Readable } = await import('node:stream');
      emulator.injectFaults([{ status: 503, count: 1, path: '/services/upload' }]);
      const stream = { data: Readable.from([jpeg]), filename: 'a.jpg' };
      await assert.rejects(writes.flickr.upload(stream), FlickrHttpError);
      assert.equal(uploads(writes.transport.paths), 3, 'a stream is sent once');
    });
});

describe('rate limit', () => {
  it('one limiter spaces the concurrent calls of two clients', async (t) => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ perSecond: 2, burst: 2, clock });
    const a = emulatorClient(emulator, { rateLimit: limiter });
    const b = emulatorClient(emulator, { rateLimit: limiter, as: emulator.users[1]?.username });
    t.after(() => {
      a.flickr.close();
      b.flickr.close();
    });
    const calls = [a, b, a, b, a, b].map(({ flickr }) => flickr.test.login());
    const replies = await Promise.all(calls);
    assert.ok(replies.every((r) => r.stat === 'ok'));
    // Two went at once; the other four waited their turn, 500 ms apart.
    assert.equal(clock.sleeps.length, 4);
    assert.equal(clock.now(), 2000);
  });
});
