import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

import { TokenKeeper } from '../../src/auth/token-keeper.js';
import { MemoryTokenStore } from '../../src/tokens/memory-token-store.js';
import { SqliteTokenCache } from '../../src/tokens/sqlite-token-cache.js';
import type { OAuthToken } from '../../src/tokens/token.js';

const root = mkdtempSync(join(tmpdir(), 'flickrapi-token-keeper-'));
after(() => rmSync(root, { recursive: true, force: true }));

const alice: OAuthToken = {
  token: '72157626318069415-087bfc7b5816092c',
  tokenSecret: 'a202d1f853ec69de',
  perms: 'write',
  fullname: 'Alice',
  username: 'alice',
  userNsid: '21207597@N07',
};
const bob: OAuthToken = { ...alice, token: '72157626318069416-1111', username: 'bob' };

describe('TokenKeeper', () => {
  it('keeps accounts apart by username in one cache file', async () => {
    const tokenCacheLocation = join(root, 'shared', 'oauth-tokens.sqlite');
    const forAlice = new TokenKeeper({ apiKey: 'k', username: 'alice', tokenCacheLocation });
    const forBob = new TokenKeeper({ apiKey: 'k', username: 'bob', tokenCacheLocation });
    await forAlice.remember(alice);
    await forBob.remember(bob);
    await forAlice.close();
    await forBob.close();

    const again = new TokenKeeper({ apiKey: 'k', username: 'bob', tokenCacheLocation });
    assert.deepEqual(await again.current(), bob);
    const other = new TokenKeeper({ apiKey: 'k', tokenCacheLocation });
    assert.equal(await other.current(), undefined);
    await again.forget();
    await Promise.all([again.close(), other.close()]);

    const cache = new SqliteTokenCache({ location: tokenCacheLocation });
    assert.deepEqual((await cache.list('k')).map((entry) => entry.lookupKey), ['alice']);
    await cache.close();
  });

  it('touches no disk with storeToken: false or a token passed in', async () => {
    const tokenCacheLocation = join(root, 'never', 'oauth-tokens.sqlite');
    const unstored = new TokenKeeper({ apiKey: 'k', storeToken: false, tokenCacheLocation });
    assert.equal(await unstored.current(), undefined);
    await unstored.remember(alice);
    assert.deepEqual(await unstored.current(), alice);

    const given = new TokenKeeper({ apiKey: 'k', token: bob, tokenCacheLocation });
    assert.deepEqual(await given.current(), bob);
    await given.remember(alice);
    await given.forget();
    await Promise.all([unstored.close(), given.close()]);

    assert.equal(existsSync(join(root, 'never')), false);
  });

  it('uses a store passed in and leaves it open', async () => {
    const tokenStore = new MemoryTokenStore();
    await tokenStore.set('k', 'carol', alice);
    const keeper = new TokenKeeper({ apiKey: 'k', username: 'carol', tokenStore });

    assert.deepEqual(await keeper.current(), alice);
    await keeper.close();
    assert.deepEqual(await tokenStore.get('k', 'carol'), alice);
  });
});
