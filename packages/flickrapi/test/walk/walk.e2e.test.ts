/**
 * Walkers against the emulator: thousands of photos page by page, every format, the named
 * walkers, and a clean stop when the loop breaks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import { XmlElement } from '../../src/formats/xml-element.js';
import { emulatorClient } from '../support/emulator-client.js';

const PHOTOS = 2150;
let emulator: RunningEmulator;

before(async () => {
  emulator = await startEmulator({ photosPerUser: PHOTOS, users: 2 });
});
after(async () => {
  await emulator.close();
});

describe('walking a user with more than 2,000 photos', () => {
  it('yields every photo exactly once and stops at the last page', async (t) => {
    const { flickr, transport } = emulatorClient(emulator);
    t.after(() => flickr.close());
    const ids = new Set<string>();
    let count = 0;
    for await (const photo of flickr.walkUser({}, { perPage: 500 })) {
      ids.add(photo.id);
      count++;
    }
    assert.equal(count, PHOTOS);
    assert.equal(ids.size, PHOTOS);
    const pages = transport.paths.filter((p) => p.endsWith('flickr.people.getPhotos'));
    assert.equal(pages.length, Math.ceil(PHOTOS / 500), 'no request past the last page');
  });

  it('walks the same list in XML and raw JSON through the generic walk', async (t) => {
    const { flickr, token } = emulatorClient(emulator);
    t.after(() => flickr.close());
    let xmlCount = 0;
    const params = { user_id: token.userNsid };
    for await (const photo of flickr.walk('flickr.people.getPhotos', params,
      { format: 'xml', perPage: 400 })) {
      assert.ok(photo instanceof XmlElement);
      assert.equal(photo.name, 'photo');
      xmlCount++;
    }
    assert.equal(xmlCount, PHOTOS);

    const seen = new Set<string>();
    for await (const photo of flickr.walk('flickr.people.getPhotos', params,
      { format: 'json', perPage: 500, prefetch: 2 })) {
      seen.add(String(photo['id']));
    }
    assert.equal(seen.size, PHOTOS);
    assert.throws(() => flickr.walk('flickr.test.login', {}), /not a paged method/);
  });

  it('stops cleanly when the caller breaks out, with no request left running', async (t) => {
    const { flickr, transport } = emulatorClient(emulator);
    t.after(() => flickr.close());
    let taken = 0;
    for await (const photo of flickr.walkSearch({ user_id: 'me' }, { perPage: 100 })) {
      assert.ok(photo.id);
      if (++taken === 150) break;
    }
    const searches = transport.paths.filter((p) => p.endsWith('flickr.photos.search'));
    // Two pages read, and at most the default three prefetched beyond them.
    assert.ok(searches.length <= 5, `asked for ${searches.length} pages to read 150 photos`);
    // The client still works: nothing is stuck on its connections.
    const rsp = await flickr.test.login();
    assert.equal(rsp.stat, 'ok');
  });
});

describe('the named walkers', () => {
  it('walk sets, a set, contacts and recent updates', async (t) => {
    const { flickr, token } = emulatorClient(emulator);
    t.after(() => flickr.close());
    const sets = [];
    for await (const set of flickr.walkSets({}, { perPage: 2 })) sets.push(set);
    assert.ok(sets.length > 0, 'the seeded user has sets');

    const first = sets[0];
    assert.ok(first);
    const expected = Number(first.photos ?? 0);
    let inSet = 0;
    for await (const photo of flickr.walkSet({ photoset_id: first.id, user_id: token.userNsid },
      { perPage: 3 })) {
      assert.ok(photo.id);
      inSet++;
    }
    assert.equal(inSet, expected);

    const contacts = [];
    for await (const contact of flickr.walkContacts({}, { perPage: 1 })) {
      contacts.push(contact.nsid);
    }
    assert.equal(new Set(contacts).size, contacts.length);

    let updated = 0;
    for await (const photo of flickr.walkRecentlyUpdated({ min_date: 1 }, { perPage: 500 })) {
      assert.ok(photo.id);
      updated++;
    }
    assert.equal(updated, PHOTOS);
  });
});
