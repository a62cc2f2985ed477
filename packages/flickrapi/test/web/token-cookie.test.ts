import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { OAuthToken } from '../../src/tokens/token.js';
import { Sealer } from '../../src/web/sealed-cookie.js';
import { SIGN_IN_STATE_PURPOSE } from '../../src/web/sign-in.js';
import { TokenCookie } from '../../src/web/token-cookie.js';

const keys = ['0123456789abcdef0123456789abcdef'];
const token: OAuthToken = {
  token: '72157626318069415-087bfc7b5816092c', tokenSecret: 'a202d1f853ec69de',
  perms: 'write', fullname: 'Jamal Fanaian', username: 'jamalfanaian', userNsid: '21207597@N07',
};

test('a token cookie opens only for the same keys and API key, and hides the secret', () => {
  const cookie = new TokenCookie(keys, 'app-key');
  const value = cookie.seal(token, 60);

  assert.deepEqual(cookie.open(value), token);
  assert.ok(!value.includes(token.tokenSecret) && !value.includes(token.token));
  assert.equal(new TokenCookie(keys, 'other-app').open(value), undefined);
  assert.equal(new TokenCookie(['x'.repeat(32)], 'app-key').open(value), undefined);
  const altered = `${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
  assert.equal(cookie.open(altered), undefined);
  assert.equal(cookie.open(undefined), undefined);
  assert.equal(cookie.open(''), undefined);
});

test('a sign-in state sealed under the same keys is not accepted as a token', () => {
  const state = new Sealer(keys, SIGN_IN_STATE_PURPOSE).seal({ apiKey: 'app-key', token }, 60);

  assert.equal(new TokenCookie(keys, 'app-key').open(state), undefined);
});

test('a sealed value of the wrong shape is not a token', () => {
  const sealer = new Sealer(keys, 'flickr-token');

  assert.equal(new TokenCookie(keys, 'app-key').open(
    sealer.seal({ apiKey: 'app-key', token: { ...token, perms: 'admin' } }, 60)), undefined);
  assert.equal(new TokenCookie(keys, 'app-key').open(sealer.seal('text', 60)), undefined);
});
