import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from './helpers/emulator.js';

describe('more photo, favourite and contact methods', () => {
  let h: Harness;
  let creds: ReturnType<Harness['creds']>;
  let me: string;
  before(async () => {
    h = await harness();
    creds = h.creds('write');
    me = h.emu.users[0]?.nsid ?? '';
  });
  after(() => h.emu.close());

  const mine = async () =>
    (await h.json({ method: 'flickr.people.getPhotos', user_id: 'me', extras: 'tags' }, creds))
      .photos;

  it('people.getPublicPhotos lists only public photos, even to the owner', async () => {
    const list = await h.json({ method: 'flickr.people.getPublicPhotos', user_id: me }, creds);
    const all = await mine();
    const publicCount = all.photo.filter((p: { ispublic: number }) => p.ispublic === 1).length;
    assert.equal(list.photos.total, publicCount);
  });

  it('getNotInSet, getUntagged, getWithGeoData, getWithoutGeoData, getPopular', async () => {
    const all = await mine();
    const sets = await h.json({ method: 'flickr.photosets.getList' }, creds);
    const inSets = new Set<string>();
    for (const set of sets.photosets.photoset) {
      const photos = await h.json(
        { method: 'flickr.photosets.getPhotos', photoset_id: set.id },
        creds,
      );
      for (const photo of photos.photoset.photo) inSets.add(photo.id);
    }
    const notInSet = await h.json({ method: 'flickr.photos.getNotInSet' }, creds);
    assert.equal(notInSet.photos.total, all.total - inSets.size);
    const untagged = await h.json({ method: 'flickr.photos.getUntagged' }, creds);
    assert.equal(
      untagged.photos.total,
      all.photo.filter((p: { tags: string }) => p.tags === '').length,
    );
    assert.equal((await h.json({ method: 'flickr.photos.getWithGeoData' }, creds)).photos.total, 0);
    assert.equal(
      (await h.json({ method: 'flickr.photos.getWithoutGeoData' }, creds)).photos.total,
      all.total,
    );
    const popular = await h.json({
      method: 'flickr.photos.getPopular',
      extras: 'views',
      per_page: '5',
    });
    const views = popular.photos.photo.map((p: { views: string }) => Number(p.views));
    assert.deepEqual(
      views,
      [...views].sort((a, b) => b - a),
    );
  });

  it('removeTag removes one tag by the id getInfo reports', async () => {
    const [photo] = (await mine()).photo;
    await h.json(
      { method: 'flickr.photos.setTags', photo_id: photo.id, tags: 'keep drop' },
      creds,
      'POST',
    );
    const info = await h.json({ method: 'flickr.photos.getInfo', photo_id: photo.id }, creds);
    const drop = info.photo.tags.tag.find((t: { _content: string }) => t._content === 'drop');
    assert.match(drop.id, new RegExp(`^\\d+-${photo.id}-\\d+$`));
    const removed = await h.json(
      { method: 'flickr.photos.removeTag', tag_id: drop.id },
      creds,
      'POST',
    );
    assert.equal(removed.stat, 'ok');
    const after = await h.json({ method: 'flickr.photos.getInfo', photo_id: photo.id }, creds);
    assert.deepEqual(
      after.photo.tags.tag.map((t: { _content: string }) => t._content),
      ['keep'],
    );
  });

  it('setPerms changes visibility as others see it', async () => {
    const [photo] = (await mine()).photo;
    const set = await h.json(
      {
        method: 'flickr.photos.setPerms',
        photo_id: photo.id,
        is_public: '0',
        is_friend: '0',
        is_family: '0',
      },
      creds,
      'POST',
    );
    assert.equal(set.photoid._content, photo.id);
    const anonymous = await h.json({ method: 'flickr.photos.getInfo', photo_id: photo.id });
    assert.equal(anonymous.code, 1);
    await h.json(
      {
        method: 'flickr.photos.setPerms',
        photo_id: photo.id,
        is_public: '1',
        is_friend: '0',
        is_family: '0',
      },
      creds,
      'POST',
    );
    assert.equal(
      (await h.json({ method: 'flickr.photos.getInfo', photo_id: photo.id })).stat,
      'ok',
    );
  });

  it('setContentType and setSafetyLevel answer the new values', async () => {
    const [photo] = (await mine()).photo;
    const type = await h.json(
      { method: 'flickr.photos.setContentType', photo_id: photo.id, content_type: '2' },
      creds,
      'POST',
    );
    assert.deepEqual(type.photo, { id: photo.id, content_type: 2 });
    const safety = await h.json(
      { method: 'flickr.photos.setSafetyLevel', photo_id: photo.id, safety_level: '3' },
      creds,
      'POST',
    );
    assert.equal(safety.photo.safety_level, 2);
    const bad = await h.json(
      { method: 'flickr.photos.setSafetyLevel', photo_id: photo.id, safety_level: '9' },
      creds,
      'POST',
    );
    assert.equal(bad.code, 4);
  });

  it('search hides restricted and search-hidden photos from others, not from their owner', async () => {
    const photo = (await mine()).photo.find((p: { ispublic: number }) => p.ispublic === 1);
    const post = (api: Record<string, string>) =>
      h.json({ photo_id: photo.id, ...api }, creds, 'POST');
    await post({ method: 'flickr.photos.setMeta', title: 'Zanzibar quokka' });
    await post({ method: 'flickr.photos.setSafetyLevel', safety_level: '1', hidden: '0' });
    const find = async (extra: Record<string, string>, who?: typeof creds) =>
      (await h.json({ method: 'flickr.photos.search', text: 'quokka', ...extra }, who)).photos
        .total;
    const other = h.creds('read', h.emu.users[1]?.username);
    assert.equal(await find({}), 1);
    await post({ method: 'flickr.photos.setSafetyLevel', safety_level: '3' });
    assert.equal(await find({}), 0);
    assert.equal(await find({ safe_search: '3' }), 0);
    assert.equal(await find({ safe_search: '3' }, other), 1);
    assert.equal(await find({}, creds), 1);
    await post({ method: 'flickr.photos.setSafetyLevel', safety_level: '1', hidden: '1' });
    assert.equal(await find({}, other), 0);
    assert.equal(await find({ user_id: me }, other), 1);
    assert.equal(await find({}, creds), 1);
  });

  it('favorites.getPublicList and contacts.getPublicList need a user', async () => {
    const other = h.emu.users[1]?.nsid ?? '';
    const favs = await h.json({ method: 'flickr.favorites.getPublicList', user_id: other });
    assert.ok(favs.photos.photo.every((p: { ispublic: number }) => p.ispublic === 1));
    assert.equal((await h.json({ method: 'flickr.favorites.getPublicList' })).code, 1);
    const contacts = await h.json({ method: 'flickr.contacts.getPublicList', user_id: other });
    assert.ok(Array.isArray(contacts.contacts.contact));
    assert.ok(contacts.contacts.contact.every((c: Record<string, unknown>) => !('friend' in c)));
  });

  it('deleting a seeded photo keeps the image files other photos share', async () => {
    const list = await h.json(
      { method: 'flickr.people.getPhotos', user_id: 'me', per_page: '1' },
      creds,
    );
    const id = list.photos.photo[0].id as string;
    const files = await import('node:fs').then((fs) => fs.readdirSync(`${h.emu.dataDir}/files`));
    const seeded = files.filter((name) => name.startsWith('seed-'));
    const del = h.creds('delete');
    assert.equal(
      (await h.json({ method: 'flickr.photos.delete', photo_id: id }, del, 'POST')).stat,
      'ok',
    );
    for (const name of seeded) assert.ok(existsSync(`${h.emu.dataDir}/files/${name}`), name);
  });
});
