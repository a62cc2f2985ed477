/**
 * tokenValid against the emulator: rejected tokens are forgotten, transient failures are
 * reported and the token kept (Python flickrapi deletes it), permission levels compare.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import {
  FlickrHttpError,
  FlickrNetworkError,
  FlickrTimeoutError,
} from '../../src/errors.js';
import { SqliteTokenCache } from '../../src/tokens/sqlite-token-cache.js';
import type { OAuthToken, Perms } from '../../src/tokens/token.js';
import { authClient } from './support/auth-client.js';

let emulator: RunningEmulator;
const root = mkdtempSync(join(tmpdir(), 'flickrapi-token-valid-'));
before(async () => {
  emulator = await startEmulator();
});
after(async () => {
  await emulator.close();
  rmSync(root, { recursive: true, force: true });
});

let counter = 0;
/** A cache file holding a freshly issued token with `perms` for the default account. */
async function cachedToken(
  perms: Exclude<Perms, 'none'>,
  from: RunningEmulator = emulator,
): Promise<{ location: string; token: OAuthToken }> {
  counter += 1;
  const location = join(root, `cache-${counter}.sqlite`);
  const token = from.issueAccessToken({ perms, username: 'kenji.sato' });
  const cache = new SqliteTokenCache({ location });
  await cache.set(from.apiKey, '', token);
  await cache.close();

  return { location, token };
}

async function stored(location: string): Promise<OAuthToken | undefined> {
  const cache = new SqliteTokenCache({ location });
  try {
    return await cache.get(emulator.apiKey, '');
  } finally {
    await cache.close();
  }
}

describe('tokenValid', () => {
  it('is false without a token', async () => {
    const client = authClient(emulator, { storeToken: false });

    assert.equal(await client.tokenValid('read'), false);
    await client.close();
  });

  it('accepts a token with the permission or more, and refuses one with less', async () => {
    const { location } = await cachedToken('write');
    const client = authClient(emulator, { tokenCacheLocation: location });

    assert.equal(await client.tokenValid('read'), true);
    assert.equal(await client.tokenValid('write'), true);
    assert.equal(await client.tokenValid('delete'), false);
    assert.equal((await stored(location))?.perms, 'write', 'a weaker token is kept');
    await client.close();
  });

  it('forgets a token Flickr rejects', async () => {
    const { location, token } = await cachedToken('read');
    const forged = { ...token, token: '72157600000000000-0123456789abcdef' };
    const cache = new SqliteTokenCache({ location });
    await cache.set(emulator.apiKey, '', forged);
    await cache.close();
    const client = authClient(emulator, { tokenCacheLocation: location });

    assert.equal(await client.tokenValid('read'), false);
    assert.equal(client.token, undefined);
    assert.equal(await stored(location), undefined);
    await client.close();
  });

  for (const status of [503, 429, 500]) {
    it(`reports HTTP ${status} and keeps the token`, async () => {
      const { location, token } = await cachedToken('read');
      const client = authClient(emulator, { tokenCacheLocation: location });
      emulator.injectFaults([{ status, count: 1, path: '/services/rest' }]);

      await assert.rejects(
        client.tokenValid('read'),
        (error: unknown) => error instanceof FlickrHttpError && error.status === status,
      );
      assert.deepEqual(await stored(location), token);
      assert.equal(await client.tokenValid('read'), true, 'valid again once Flickr is back');
      await client.close();
    });
  }

  it('reports a timeout and keeps the token', async () => {
    const { location, token } = await cachedToken('read');
    const client = authClient(emulator, { tokenCacheLocation: location, timeout: 150 });
    emulator.injectFaults([{ count: 1, delayMs: 1000, path: '/services/rest' }]);

    await assert.rejects(client.tokenValid('read'), FlickrTimeoutError);
    assert.deepEqual(await stored(location), token);
    client.close();
  });

  it('reports a network failure and keeps the token', async () => {
    const gone = await startEmulator();
    const { location, token } = await cachedToken('read', gone);
    await gone.close();
    const client = authClient(gone, { tokenCacheLocation: location });

    await assert.rejects(client.tokenValid('read'), FlickrNetworkError);
    const cache = new SqliteTokenCache({ location });
    assert.deepEqual(await cache.get(gone.apiKey, ''), token);
    await Promise.all([cache.close(), client.close()]);
  });

  it('checks a token passed in without touching disk', async () => {
    const tokenCacheLocation = join(root, 'untouched', 'oauth-tokens.sqlite');
    const token = emulator.issueAccessToken({ perms: 'delete', username: 'kenji.sato' });
    const client = authClient(emulator, { token, tokenCacheLocation });

    assert.equal(await client.tokenValid('delete'), true);
    assert.equal(existsSync(join(root, 'untouched')), false);
    client.close();
  });
});
