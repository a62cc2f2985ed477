import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from './helpers/emulator.js';

const echo = (h: Harness) =>
  `${h.emu.url}/services/rest/?method=flickr.test.echo&api_key=${h.emu.apiKey}`;

describe('fault injection', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.emu.close());

  it('fails the next matching requests with the status asked for, then recovers', async () => {
    h.emu.injectFaults([{ status: 503, count: 2, path: '/services/rest' }]);
    const image = await fetch(`${h.emu.url}/`);
    assert.equal(image.status, 200);
    await image.text();
    for (let i = 0; i < 2; i += 1) {
      const failed = await fetch(echo(h));
      assert.equal(failed.status, 503);
      assert.match(await failed.text(), /^<html><body><h1>503 Service Unavailable<\/h1>/);
    }
    const ok = await fetch(echo(h));
    assert.equal(ok.status, 200);
    await ok.text();
  });

  it("answers 429 with Flickr's HTML and Retry-After", async () => {
    h.emu.injectFaults([{ status: 429, count: 1, retryAfter: 7 }]);
    const response = await fetch(echo(h));
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '7');
    assert.equal(
      await response.text(),
      '<html><body><h1>429 Too Many Requests</h1>\n' +
        'You have sent too many requests in a given amount of time.\n</body></html>',
    );
  });

  it('truncates a body: the client sees fewer bytes than announced', async () => {
    h.emu.injectFaults([{ count: 1, truncate: true }]);
    const outcome = await new Promise<{ announced: number; received: number; aborted: boolean }>(
      (resolve) => {
        request(echo(h), (res) => {
          let received = 0;
          let aborted = false;
          res.on('data', (chunk: Buffer) => {
            received += chunk.length;
          });
          res.on('aborted', () => {
            aborted = true;
          });
          res.on('error', () => {
            aborted = true;
          });
          res.on('close', () =>
            resolve({ announced: Number(res.headers['content-length']), received, aborted }),
          );
        }).end();
      },
    );
    assert.ok(outcome.received < outcome.announced);
    assert.ok(outcome.aborted);
  });

  it('delays and slows replies without changing them', async () => {
    h.emu.injectFaults([{ count: 1, delayMs: 30, slowBodyMs: 30 }]);
    const response = await fetch(echo(h));
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<method>flickr.test.echo<\/method>/);
  });

  it('answers an injected Flickr error after authentication, in the requested format', async () => {
    h.emu.injectFaults([{ count: 1, apiError: 105, path: '/services/rest' }]);
    const json = await h.json({ method: 'flickr.test.echo' });
    assert.deepEqual(json, { stat: 'fail', code: 105, message: 'Service currently unavailable' });
    assert.equal((await h.json({ method: 'flickr.test.echo' })).stat, 'ok');
  });

  it('explains bad fault descriptions', () => {
    assert.throws(
      () => h.emu.injectFaults([{ count: 0 }]),
      /faults\[0\]\.count must be a positive integer/,
    );
    assert.throws(
      () => h.emu.injectFaults([{ count: 1, status: 200 }]),
      /status must be an HTTP error status/,
    );
  });
});

describe('rate limit', () => {
  let h: Harness;
  before(async () => {
    h = await harness({ rateLimitPerHour: 3 });
  });
  after(() => h.emu.close());

  it('allows the hourly budget per key, then answers 429', async () => {
    for (let i = 0; i < 3; i += 1) {
      const ok = await fetch(echo(h));
      assert.equal(ok.status, 200);
      await ok.text();
    }
    const limited = await fetch(echo(h));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '1200');
    assert.match(await limited.text(), /429 Too Many Requests/);
    const otherKey = await fetch(
      `${h.emu.url}/services/rest/?method=flickr.test.echo&api_key=ffffffffffffffff`,
    );
    assert.equal(otherKey.status, 200);
    await otherKey.text();
  });
});
