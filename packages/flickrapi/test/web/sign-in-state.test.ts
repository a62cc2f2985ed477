import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { AuthFlowError } from '../../src/errors.js';
import { MemoryReplayGuard } from '../../src/web/replay-guard.js';
import { safeReturnTo } from '../../src/web/return-to.js';
import { Sealer } from '../../src/web/sealed-cookie.js';
import {
  callbackParams,
  openSignInState,
  sealSignInState,
} from '../../src/web/sign-in-state.js';

const sealer = new Sealer(['k'.repeat(32)], 'sign-in-state');
const fields = {
  requestToken: '72157626737672178-022bbd2f4c2f3432',
  requestTokenSecret: 'fccb68c4e6103197',
  perms: 'write' as const,
  returnTo: '/photos?page=2',
};

function reason(expected: string): (error: unknown) => boolean {
  return (error) => error instanceof AuthFlowError && error.reason === expected;
}

describe('safeReturnTo', () => {
  test('keeps same-site paths', () => {
    for (const path of ['/', '/photos', '/a/b?x=1&y=%2F%2F#top', '/%2F%2Fevil.example']) {
      assert.equal(safeReturnTo(path), path);
    }
    assert.equal(safeReturnTo('/a/../b'), '/b');
  });

  test('refuses everything that could leave the site', () => {
    const attempts = [
      '//evil.example', '//evil.example/path', '/\\evil.example', '\\\\evil.example',
      '/\t/evil.example', '/\n/evil.example', ' /x', 'https://evil.example/',
      'http:/evil.example', 'javascript:alert(1)', 'evil.example', '', '/x\u0000',
      'HTTPS://evil.example', `/${'a'.repeat(3000)}`, 42, undefined, ['/a'],
    ];
    for (const attempt of attempts) {
      assert.equal(safeReturnTo(attempt), undefined, JSON.stringify(attempt));
    }
  });
});

describe('sign-in state', () => {
  test('round-trips through the seal', () => {
    const sealed = sealSignInState(sealer, fields, 600, 1_000);
    const state = openSignInState(sealer, sealed, 2_000);

    assert.deepEqual({ ...state, id: 'x' }, { ...fields, id: 'x', createdAt: 1_000 });
    assert.ok(!sealed.includes(fields.requestTokenSecret));
  });

  test('missing, tampered and expired states are typed errors', () => {
    const sealed = sealSignInState(sealer, fields, 600, 1_000);
    const flipped = sealed.slice(0, 10) + (sealed[10] === 'A' ? 'B' : 'A') + sealed.slice(11);

    assert.throws(() => openSignInState(sealer, undefined), reason('state-invalid'));
    assert.throws(() => openSignInState(sealer, ''), reason('state-invalid'));
    assert.throws(() => openSignInState(sealer, flipped, 2_000), reason('state-invalid'));
    assert.throws(() => openSignInState(sealer, sealed, 601_000), reason('expired'));
  });

  test('a sealed value of the wrong shape is refused', () => {
    const forged = { ...fields, returnTo: '//evil.example', id: 'x', createdAt: 1 };
    const sealed = sealer.seal(forged, 60);

    assert.throws(() => openSignInState(sealer, sealed), reason('state-invalid'));
  });
});

describe('callbackParams', () => {
  test('accepts URLSearchParams and parsed query objects', () => {
    const expected: [string, string][] = [['oauth_token', 't'], ['oauth_verifier', 'v']];

    assert.deepEqual([...callbackParams(new URLSearchParams(expected))], expected);
    assert.deepEqual([...callbackParams({ oauth_token: 't', oauth_verifier: 'v', x: undefined })],
      expected);
  });

  test('refuses repeated and nested parameters', () => {
    const ambiguous: Record<string, unknown>[] = [
      { oauth_token: ['t', 't'] },
      { oauth_token: { a: '1' } },
      { oauth_verifier: [] as string[], oauth_token: 't', more: ['a', 'b'] },
    ];
    for (const query of ambiguous) {
      assert.throws(() => callbackParams(query), reason('state-invalid'), JSON.stringify(query));
    }
    assert.throws(() => callbackParams(new URLSearchParams('oauth_token=a&oauth_token=b')),
      reason('state-invalid'));
  });
});

describe('MemoryReplayGuard', () => {
  test('accepts an id once, forgets it after expiry, and stays bounded', () => {
    const guard = new MemoryReplayGuard({ maxEntries: 3 });

    assert.equal(guard.claim('a', 100, 0), true);
    assert.equal(guard.claim('a', 100, 50), false);
    assert.equal(guard.claim('a', 300, 100), true);
    for (const id of ['b', 'c', 'd', 'e']) assert.equal(guard.claim(id, 1_000, 150), true);
    assert.equal(guard.claim('e', 1_000, 160), false);
    assert.equal(guard.claim('a', 1_000, 160), true, 'oldest entry was dropped at capacity');
  });
});
