import assert from 'node:assert/strict';
import { it } from 'node:test';

import { MemoryTokenStore } from '../../src/tokens/memory-token-store.js';
import type { OAuthToken } from '../../src/tokens/token.js';

const token: OAuthToken = {
  token: '72157626318069415-087bfc7b5816092c',
  tokenSecret: 'a202d1f853ec69de',
  perms: 'read',
  fullname: 'Jamal Fanaian',
  username: 'jamalfanaian',
  userNsid: '21207597@N07',
};

it('files tokens by API key and lookup key, per instance', async () => {
  const store = new MemoryTokenStore();
  const other = new MemoryTokenStore();
  await store.set('key1', '', token);
  await store.set('key1', 'bob', { ...token, username: 'bob' });
  await store.set('key2', '', { ...token, perms: 'delete' });

  assert.deepEqual(await store.get('key1', ''), token);
  assert.equal((await store.get('key1', 'bob'))?.username, 'bob');
  assert.equal((await store.get('key2', ''))?.perms, 'delete');
  assert.equal(await other.get('key1', ''), undefined);
  assert.deepEqual((await store.list('key1')).map((entry) => entry.lookupKey), ['', 'bob']);
  assert.equal((await store.list()).length, 3);

  await store.delete('key1', '');
  assert.equal(await store.get('key1', ''), undefined);
  await store.close();
  assert.deepEqual(await store.list(), []);
});

it('does not let a caller change a stored token through its own object', async () => {
  const store = new MemoryTokenStore();
  const mutable: { -readonly [K in keyof OAuthToken]: OAuthToken[K] } = { ...token };
  await store.set('key', '', mutable);
  mutable.token = 'changed';

  assert.equal((await store.get('key', ''))?.token, token.token);
});
