import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator } from '../src/index.js';
import { harness, type Harness } from './helpers/emulator.js';
import { signedFetch } from './helpers/oauth-signer.js';

describe('persistence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-persist-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps users, tokens and changes across a restart with a data folder', async () => {
    const first = await startEmulator({ dataDir: dir, seed: 7 });
    const issued = first.issueAccessToken({ perms: 'write' });
    const creds = {
      key: first.apiKey,
      secret: first.apiSecret,
      token: issued.token,
      tokenSecret: issued.tokenSecret,
    };
    const list = (await (
      await signedFetch(
        'GET',
        `${first.url}/services/rest/`,
        { method: 'flickr.people.getPhotos', user_id: 'me', format: 'json', nojsoncallback: '1' },
        creds,
      )
    ).json()) as any;
    const photoId = list.photos.photo[0].id as string;
    await signedFetch(
      'POST',
      `${first.url}/services/rest/`,
      { method: 'flickr.photos.setMeta', photo_id: photoId, title: 'Survives restarts' },
      creds,
      'form',
    );
    const users = first.users;
    await first.close();
    assert.ok(existsSync(join(dir, 'flickr.sqlite')));

    const second = await startEmulator({ dataDir: dir, seed: 99 });
    try {
      assert.deepEqual(second.users, users);
      const info = (await (
        await signedFetch(
          'GET',
          `${second.url}/services/rest/`,
          {
            method: 'flickr.photos.getInfo',
            photo_id: photoId,
            format: 'json',
            nojsoncallback: '1',
          },
          creds,
        )
      ).json()) as any;
      assert.equal(info.photo.title._content, 'Survives restarts');
    } finally {
      await second.close();
    }
  });

  it('seeds one world per seed and removes a temporary folder on close', async () => {
    const a = await startEmulator({ seed: 3 });
    const b = await startEmulator({ seed: 3 });
    const c = await startEmulator({ seed: 4 });
    assert.deepEqual(a.users, b.users);
    assert.notDeepEqual(a.users, c.users);
    for (const user of a.users) {
      assert.match(user.nsid, /^\d{8}@N0\d$/);
      assert.ok(user.fullname.includes(' '));
    }
    const dataDir = a.dataDir;
    await Promise.all([a.close(), b.close(), c.close()]);
    assert.equal(existsSync(dataDir), false);
  });
});

describe('paging', () => {
  let h: Harness;
  before(async () => {
    h = await harness({ photosPerUser: 2101, users: 2 });
  });
  after(() => h.emu.close());

  it('computes page, pages, perpage and total like Flickr', async () => {
    const creds = h.creds('read');
    const call = (extra: Record<string, string>) =>
      h.json({ method: 'flickr.people.getPhotos', user_id: 'me', ...extra }, creds);
    const first = await call({});
    assert.deepEqual(
      [first.photos.page, first.photos.pages, first.photos.perpage, first.photos.total],
      [1, 22, 100, 2101],
    );
    assert.equal(first.photos.photo.length, 100);
    const last = await call({ per_page: '500', page: '5' });
    assert.deepEqual([last.photos.page, last.photos.pages, last.photos.perpage], [5, 5, 500]);
    assert.equal(last.photos.photo.length, 101);
    const beyond = await call({ per_page: '500', page: '6' });
    assert.equal(beyond.photos.page, 6);
    assert.equal(beyond.photos.photo.length, 0);
    const clamped = await call({ per_page: '9999' });
    assert.equal(clamped.photos.perpage, 500);
    const garbage = await call({ per_page: 'lots', page: '-3' });
    assert.deepEqual([garbage.photos.page, garbage.photos.perpage], [1, 100]);

    const seen = new Set<string>();
    for (let page = 1; page <= 5; page += 1) {
      for (const photo of (await call({ per_page: '500', page: String(page) })).photos.photo)
        seen.add(photo.id);
    }
    assert.equal(seen.size, 2101);
  });
});
