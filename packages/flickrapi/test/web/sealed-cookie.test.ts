import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { AuthFlowError, FlickrUsageError } from '../../src/errors.js';
import { parseCookieHeader, serializeCookie } from '../../src/web/cookies.js';
import { Sealer } from '../../src/web/sealed-cookie.js';

const KEY_A = 'a'.repeat(64);
const KEY_B = 'b'.repeat(64);
const secret = { tokenSecret: 'a202d1f853ec69de', n: 1 };

function rejectsWith(reason: string): (error: unknown) => boolean {
  return (error) => error instanceof AuthFlowError && error.reason === reason;
}

describe('Sealer', () => {
  test('opens what it sealed, and the sealed text does not contain it', () => {
    const sealer = new Sealer([KEY_A], 'token');
    const sealed = sealer.seal(secret, 60);

    assert.match(sealed, /^v1\.[A-Za-z0-9_-]+$/);
    assert.ok(!sealed.includes('a202d1f853ec69de'));
    assert.ok(!Buffer.from(sealed.slice(3), 'base64url').toString('latin1').includes('a202d1f8'));
    assert.deepEqual(sealer.open(sealed), secret);
  });

  test('two seals of one value differ (fresh IV)', () => {
    const sealer = new Sealer([KEY_A], 'token');

    assert.notEqual(sealer.seal(secret, 60), sealer.seal(secret, 60));
  });

  test('rejects every single-character change', () => {
    const sealer = new Sealer([KEY_A], 'token');
    const sealed = sealer.seal(secret, 60);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 3; i < sealed.length; i += 1) {
      const c = sealed[i]!;
      const other = alphabet[(alphabet.indexOf(c) + 1) % alphabet.length]!;
      const altered = sealed.slice(0, i) + other + sealed.slice(i + 1);
      // The last character may only carry padding bits that base64url decoding ignores.
      if (Buffer.from(altered.slice(3), 'base64url')
        .equals(Buffer.from(sealed.slice(3), 'base64url'))) continue;
      assert.throws(() => sealer.open(altered), rejectsWith('state-invalid'), `position ${i}`);
    }
  });

  test('rejects truncated, foreign and garbage values', () => {
    const sealer = new Sealer([KEY_A], 'token');
    const sealed = sealer.seal(secret, 60);

    for (const bad of ['', 'v1.', 'v2.' + sealed.slice(3), sealed.slice(0, 20), sealed + '.x',
      'hello', JSON.stringify(secret)]) {
      assert.throws(() => sealer.open(bad), rejectsWith('state-invalid'), bad);
    }
  });

  test('expires inside the sealed payload', () => {
    const sealer = new Sealer([KEY_A], 'token');
    const now = Date.UTC(2026, 0, 1);
    const sealed = sealer.seal(secret, 600, now);

    assert.deepEqual(sealer.open(sealed, now + 599_000), secret);
    assert.throws(() => sealer.open(sealed, now + 600_000), rejectsWith('expired'));
  });

  test('rotation: seals with the first key, opens with any', () => {
    const old = new Sealer([KEY_A], 'token');
    const rotated = new Sealer([KEY_B, KEY_A], 'token');
    const retired = new Sealer([KEY_B], 'token');
    const sealedOld = old.seal(secret, 60);

    assert.deepEqual(rotated.open(sealedOld), secret);
    assert.deepEqual(retired.open(rotated.seal(secret, 60)), secret);
    assert.throws(() => retired.open(sealedOld), rejectsWith('state-invalid'));
    assert.throws(() => old.open(rotated.seal(secret, 60)), rejectsWith('state-invalid'));
  });

  test('a value sealed for one purpose does not open as another', () => {
    const sealed = new Sealer([KEY_A], 'sign-in-state').seal(secret, 60);

    assert.throws(() => new Sealer([KEY_A], 'token').open(sealed), rejectsWith('state-invalid'));
  });

  test('refuses short or missing keys', () => {
    assert.throws(() => new Sealer([], 'token'), FlickrUsageError);
    assert.throws(() => new Sealer(['short'], 'token'), /at least 32/);
    assert.throws(() => new Sealer([new Uint8Array(16)], 'token'), /at least 32/);
  });
});

describe('cookies', () => {
  test('Set-Cookie carries HttpOnly, SameSite=Lax, Path=/ and Secure on HTTPS', () => {
    assert.equal(
      serializeCookie('flickr_token', 'v1.abc', { secure: false }),
      'flickr_token=v1.abc; Path=/; HttpOnly; SameSite=Lax',
    );
    assert.equal(
      serializeCookie('t', 'x', { secure: true, maxAgeSeconds: 3600 }),
      't=x; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600; Secure',
    );
    assert.match(serializeCookie('t', '', { secure: false, maxAgeSeconds: 0 }),
      /Max-Age=0; Expires=Thu, 01 Jan 1970/);
    assert.throws(() => serializeCookie('t', 'a;b', { secure: false }), /forbidden/);
    assert.throws(() => serializeCookie('t x', 'a', { secure: false }), /forbidden/);
  });

  test('parses the Cookie header; the first of a repeated name wins', () => {
    const cookies = parseCookieHeader('a=1; b = "two" ;c=; a=evil; junk; =x');

    assert.deepEqual([...cookies], [['a', '1'], ['b', 'two'], ['c', '']]);
    assert.equal(parseCookieHeader(undefined).size, 0);
  });
});
