import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FlickrUsageError } from '../../src/errors.js';
import type { CacheEntry, CacheStore } from '../../src/cache/cache-store.js';
import { isCacheableMethod } from '../../src/cache/cacheable-methods.js';
import { MemoryLruStore } from '../../src/cache/memory-lru-store.js';
import {
  ResponseCache,
  resolveResponseCache,
  type CacheKeyParts,
} from '../../src/cache/response-cache.js';

const SEARCH: CacheKeyParts = {
  method: 'flickr.photos.search',
  params: { user_id: 'me', tags: 'cat' },
  format: 'json',
  token: 'token-alice',
};

test('keys differ by method, argument, format and user, not by argument order', () => {
  const key = ResponseCache.keyOf(SEARCH);
  assert.equal(key, ResponseCache.keyOf({ ...SEARCH, params: { tags: 'cat', user_id: 'me' } }));
  const variants: CacheKeyParts[] = [
    { ...SEARCH, method: 'flickr.people.getPhotos' },
    { ...SEARCH, params: { user_id: 'me', tags: 'dog' } },
    { ...SEARCH, params: { user_id: 'me' } },
    { ...SEARCH, format: 'rest' },
    { ...SEARCH, token: 'token-bob' },
    { ...SEARCH, token: undefined },
  ];
  const keys = new Set([key, ...variants.map((v) => ResponseCache.keyOf(v))]);
  assert.equal(keys.size, variants.length + 1);
  assert.ok(!key.includes('token-alice'), 'the key must not reveal the token');
});

test('serves a stored answer until the time to live runs out', async () => {
  let now = 1000;
  const cache = new ResponseCache({ ttl: 500, now: () => now });
  let fetched = 0;
  const fetch = (): Promise<string> => Promise.resolve(`answer ${++fetched}`);
  assert.equal(await cache.through(SEARCH, fetch), 'answer 1');
  now += 499;
  assert.equal(await cache.through(SEARCH, fetch), 'answer 1');
  now += 1;
  assert.equal(await cache.through(SEARCH, fetch), 'answer 2');
  assert.equal(await cache.through({ ...SEARCH, token: 'token-bob' }, fetch), 'answer 3');
  await cache.clear();
  assert.equal(await cache.get(SEARCH), undefined);
});

test('does not keep failures', async () => {
  const cache = new ResponseCache();
  await assert.rejects(cache.through(SEARCH, () => Promise.reject(new Error('boom'))), /boom/);
  assert.equal(await cache.through(SEARCH, () => Promise.resolve('ok')), 'ok');
});

test('the LRU store drops the least recently used entry', () => {
  const store = new MemoryLruStore(2);
  const entry = (value: string): CacheEntry => ({ value, expiresAt: Infinity });
  store.set('a', entry('A'));
  store.set('b', entry('B'));
  assert.equal(store.get('a')?.value, 'A');
  store.set('c', entry('C'));
  assert.equal(store.get('b'), undefined);
  assert.equal(store.get('a')?.value, 'A');
  assert.equal(store.size, 2);
  assert.throws(() => new MemoryLruStore(0), FlickrUsageError);
});

test('bounds the default store by maxEntries and accepts an async store', async () => {
  const cache = new ResponseCache({ maxEntries: 1 });
  await cache.set(SEARCH, 'one');
  await cache.set({ ...SEARCH, format: 'rest' }, 'two');
  assert.equal(await cache.get(SEARCH), undefined);

  const map = new Map<string, CacheEntry>();
  const store: CacheStore = {
    get: (key) => Promise.resolve(map.get(key)),
    set: (key, value) => {
      map.set(key, value);
      return Promise.resolve();
    },
    delete: (key) => {
      map.delete(key);
    },
    clear: () => map.clear(),
  };
  const shared = new ResponseCache({ store });
  await shared.set(SEARCH, 'kept');
  assert.equal(map.size, 1);
  assert.equal(await new ResponseCache({ store }).get(SEARCH), 'kept');
});

test('only plain read methods are cacheable', () => {
  assert.equal(isCacheableMethod('flickr.photos.search', 'none'), true);
  assert.equal(isCacheableMethod('flickr.photos.getNotInSet', 'read'), true);
  assert.equal(isCacheableMethod('flickr.photos.setMeta', 'write'), false);
  assert.equal(isCacheableMethod('flickr.photos.delete', 'delete'), false);
  assert.equal(isCacheableMethod('flickr.photos.upload.checkTickets', 'none'), false);
  assert.equal(isCacheableMethod('flickr.auth.oauth.checkToken', 'none'), false);
});

test('resolves the option', () => {
  assert.equal(resolveResponseCache(undefined), undefined);
  assert.equal(resolveResponseCache(false), undefined);
  assert.equal(resolveResponseCache(true)?.ttl, 300_000);
  const cache = new ResponseCache({ ttl: 5 });
  assert.equal(resolveResponseCache(cache), cache);
  assert.throws(() => new ResponseCache({ ttl: 0 }), /cache.ttl/);
});
