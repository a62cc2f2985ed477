import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from './helpers/emulator.js';

describe('photosets, favorites, contacts, reflection, checkToken', () => {
  let h: Harness;
  let creds: ReturnType<Harness['creds']>;
  let photoIds: string[];
  before(async () => {
    h = await harness();
    creds = h.creds('write');
    const list = await h.json(
      { method: 'flickr.people.getPhotos', user_id: 'me', sort: 'date-posted-asc' },
      creds,
    );
    photoIds = list.photos.photo.map((p: { id: string }) => p.id);
  });
  after(() => h.emu.close());

  const post = (api: Record<string, string>) => h.json(api, creds, 'POST');

  it('creates an album, adds and removes photos, moves the cover, deletes it', async () => {
    const [a, b, c] = photoIds as [string, string, string];
    const created = await post({
      method: 'flickr.photosets.create',
      title: 'Trip',
      description: 'd',
      primary_photo_id: a,
    });
    const setId = created.photoset.id as string;
    assert.match(setId, /^72157\d{12}$/);
    assert.match(created.photoset.url, /\/sets\/72157\d{12}\/$/);
    assert.equal(
      (await post({ method: 'flickr.photosets.addPhoto', photoset_id: setId, photo_id: b })).stat,
      'ok',
    );
    assert.equal(
      (await post({ method: 'flickr.photosets.addPhoto', photoset_id: setId, photo_id: c })).stat,
      'ok',
    );
    assert.deepEqual(
      await post({ method: 'flickr.photosets.addPhoto', photoset_id: setId, photo_id: c }),
      { stat: 'fail', code: 3, message: 'Photo already in set' },
    );

    const photos = await h.json(
      { method: 'flickr.photosets.getPhotos', photoset_id: setId },
      creds,
    );
    assert.deepEqual(
      photos.photoset.photo.map((p: { id: string }) => p.id),
      [a, b, c],
    );
    assert.equal(photos.photoset.photo[0].isprimary, '1');
    assert.equal(photos.photoset.total, 3);
    assert.equal(photos.photoset.title, 'Trip');

    const list = await h.json({ method: 'flickr.photosets.getList' }, creds);
    const entry = list.photosets.photoset.find((s: { id: string }) => s.id === setId);
    assert.equal(entry.title._content, 'Trip');
    assert.equal(entry.photos, 3);

    assert.equal(
      (await post({ method: 'flickr.photosets.removePhoto', photoset_id: setId, photo_id: a }))
        .stat,
      'ok',
    );
    const after = await h.json({ method: 'flickr.photosets.getPhotos', photoset_id: setId }, creds);
    assert.equal(after.photoset.primary, b);
    assert.equal(
      (await post({ method: 'flickr.photosets.removePhoto', photoset_id: setId, photo_id: a }))
        .code,
      3,
    );
    assert.equal(
      (await post({ method: 'flickr.photosets.delete', photoset_id: setId })).stat,
      'ok',
    );
    assert.equal(
      (await h.json({ method: 'flickr.photosets.getPhotos', photoset_id: setId }, creds)).code,
      1,
    );
    assert.equal((await post({ method: 'flickr.photosets.create', primary_photo_id: a })).code, 1);
    assert.equal(
      (await post({ method: 'flickr.photosets.create', title: 't', primary_photo_id: '1' })).code,
      2,
    );
  });

  it('getInfo, editMeta, setPrimaryPhoto and photos.getAllContexts', async () => {
    const [a, b] = photoIds as [string, string];
    const created = await post({
      method: 'flickr.photosets.create',
      title: 'Old',
      primary_photo_id: a,
    });
    const setId = created.photoset.id as string;
    await post({ method: 'flickr.photosets.addPhoto', photoset_id: setId, photo_id: b });
    const edit = await post({
      method: 'flickr.photosets.editMeta',
      photoset_id: setId,
      title: 'New',
      description: 'Words',
    });
    assert.equal(edit.stat, 'ok');
    assert.equal((await post({ method: 'flickr.photosets.editMeta', photoset_id: setId })).code, 2);
    assert.equal(
      (await post({ method: 'flickr.photosets.setPrimaryPhoto', photoset_id: setId, photo_id: b }))
        .stat,
      'ok',
    );
    const info = (await h.json({ method: 'flickr.photosets.getInfo', photoset_id: setId }))
      .photoset;
    assert.equal(info.title._content, 'New');
    assert.equal(info.description._content, 'Words');
    assert.equal(info.primary, b);
    assert.equal(info.count_photos, '2');
    assert.equal((await h.json({ method: 'flickr.photosets.getInfo', photoset_id: '1' })).code, 1);
    const contexts = await h.json({ method: 'flickr.photos.getAllContexts', photo_id: b }, creds);
    const sets = Array.isArray(contexts.set) ? contexts.set : [contexts.set];
    assert.ok(
      sets.some((set: { id: string; title: string }) => set.id === setId && set.title === 'New'),
    );
  });

  it('adds, lists and removes favourites', async () => {
    const other = h.emu.users[1]?.nsid ?? '';
    const theirs = await h.json({ method: 'flickr.people.getPhotos', user_id: other }, creds);
    const before = await h.json({ method: 'flickr.favorites.getList' }, creds);
    const faved = new Set(before.photos.photo.map((p: { id: string }) => p.id));
    const target = theirs.photos.photo.find(
      (p: { id: string; ispublic: number }) => !faved.has(p.id) && p.ispublic === 1,
    );
    assert.equal((await post({ method: 'flickr.favorites.add', photo_id: target.id })).stat, 'ok');
    assert.equal((await post({ method: 'flickr.favorites.add', photo_id: target.id })).code, 3);
    assert.equal(
      (await post({ method: 'flickr.favorites.add', photo_id: photoIds[0] ?? '' })).code,
      2,
    );
    const list = await h.json({ method: 'flickr.favorites.getList', extras: 'owner_name' }, creds);
    assert.equal(list.photos.total, before.photos.total + 1);
    assert.equal(list.photos.photo[0].id, target.id);
    assert.match(list.photos.photo[0].date_faved, /^\d+$/);
    const info = await h.json({ method: 'flickr.photos.getInfo', photo_id: target.id }, creds);
    assert.equal(info.photo.isfavorite, 1);
    assert.equal(
      (await post({ method: 'flickr.favorites.remove', photo_id: target.id })).stat,
      'ok',
    );
    assert.equal((await post({ method: 'flickr.favorites.remove', photo_id: target.id })).code, 1);
  });

  it('lists contacts with friend and family flags and filters', async () => {
    const all = await h.json({ method: 'flickr.contacts.getList' }, creds);
    assert.equal(typeof all.contacts.total, 'number');
    for (const contact of all.contacts.contact) assert.match(contact.nsid, /^\d{8}@N0\d$/);
    const friends = await h.json({ method: 'flickr.contacts.getList', filter: 'friends' }, creds);
    assert.ok(friends.contacts.contact.every((c: { friend: number }) => c.friend === 1));
    assert.equal(
      (await h.json({ method: 'flickr.contacts.getList', sort: 'bogus' }, creds)).code,
      1,
    );
  });

  it('reflection lists all 223 methods and describes each', async () => {
    const methods = await h.json({ method: 'flickr.reflection.getMethods' });
    assert.equal(methods.methods.method.length, 223);
    for (const { _content: name } of methods.methods.method) {
      const info = await h.json({ method: 'flickr.reflection.getMethodInfo', method_name: name });
      assert.equal(info.method.name, name);
      assert.ok(Array.isArray(info.arguments.argument));
      assert.ok(Array.isArray(info.errors.error));
    }
    const upload = await h.json({
      method: 'flickr.reflection.getMethodInfo',
      method_name: 'flickr.photos.delete',
    });
    assert.equal(upload.method.requiredperms, 3);
    assert.equal(upload.method.needslogin, 1);
    assert.equal(
      (await h.json({ method: 'flickr.reflection.getMethodInfo', method_name: 'x' })).code,
      1,
    );
  });

  it('checkToken reports each granted level', async () => {
    for (const perms of ['read', 'write', 'delete'] as const) {
      const token = h.creds(perms);
      const reply = await h.json({ method: 'flickr.auth.oauth.checkToken' }, token);
      assert.equal(reply.oauth.perms._content, perms);
      assert.equal(reply.oauth.token._content, token.token);
    }
  });
});
