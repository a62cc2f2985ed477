/**
 * The response cache against the emulator: answers are reused per user and format, never
 * across users, never for writes, and not past their time to live.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import { ResponseCache } from '../../src/cache/response-cache.js';
import { FlickrAPI } from '../../src/client/flickr-api.js';
import { MemoryTokenStore } from '../../src/tokens/memory-token-store.js';
import { CountingTransport, emulatorClient } from '../support/emulator-client.js';

let emulator: RunningEmulator;

before(async () => {
  emulator = await startEmulator({ photosPerUser: 5, users: 2 });
});
after(async () => {
  await emulator.close();
});

const owners = (rsp: Record<string, unknown>): string[] =>
  (rsp['photos'] as { photo: { owner: string }[] }).photo.map((p) => p.owner);

describe('response cache', () => {
  it('never serves one user the answer cached for another', async (t) => {
    const cache = new ResponseCache({ ttl: 60_000 });
    const alice = emulatorClient(emulator, { cache });
    const bob = emulatorClient(emulator, { cache, as: emulator.users[1]?.username });
    t.after(() => {
      alice.flickr.close();
      bob.flickr.close();
    });
    const mine = { user_id: 'me', per_page: 5 } as const;
    const forAlice = await alice.flickr.people.getPhotos(mine);
    const forBob = await bob.flickr.people.getPhotos(mine);
    assert.deepEqual(new Set(owners(forAlice)), new Set([alice.token.userNsid]));
    assert.deepEqual(new Set(owners(forBob)), new Set([bob.token.userNsid]));
    assert.equal(bob.transport.paths.length, 1, "Bob's call went to Flickr");

    const again = await alice.flickr.people.getPhotos(mine);
    assert.deepEqual(again, forAlice);
    assert.equal(alice.transport.paths.length, 1, "Alice's second call was served from cache");

    const transport = new CountingTransport();
    const anonymous = new FlickrAPI(emulator.apiKey, emulator.apiSecret, {
      endpoint: emulator.url, tokenStore: new MemoryTokenStore(), transport, cache,
    });
    t.after(() => anonymous.close());
    await anonymous.photos.search({ user_id: alice.token.userNsid, per_page: 5 });
    await alice.flickr.photos.search({ user_id: alice.token.userNsid, per_page: 5 });
    assert.equal(transport.paths.length, 1);
    assert.equal(alice.transport.paths.length, 2, 'the anonymous answer was not reused');
  });

  it('keys by format, skips writes and expires', async (t) => {
    let now = 0;
    const { flickr, transport } = emulatorClient(emulator, {
      cache: { ttl: 1000, now: () => now },
    });
    t.after(() => flickr.close());
    await flickr.test.login();
    await flickr.test.login({}, { format: 'xml' });
    await flickr.test.login({}, { format: 'xml' });
    assert.equal(transport.paths.length, 2);

    const search = await flickr.photos.search({ user_id: 'me', per_page: 1 });
    const id = (search['photos'] as { photo: { id: string }[] }).photo[0]?.id ?? '';
    await flickr.photos.addTags({ photo_id: id, tags: 'one' });
    await flickr.photos.addTags({ photo_id: id, tags: 'one' });
    assert.equal(transport.paths.filter((p) => p.endsWith('addTags')).length, 2);

    now = 999;
    await flickr.test.login();
    assert.equal(transport.paths.filter((p) => p.endsWith('test.login')).length, 2);
    now = 1000;
    await flickr.test.login();
    assert.equal(transport.paths.filter((p) => p.endsWith('test.login')).length, 3);
  });
});
