import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from './helpers/emulator.js';

describe('people and photo methods', () => {
  let h: Harness;
  let owner: { nsid: string; username: string; fullname: string };
  let creds: ReturnType<Harness['creds']>;
  before(async () => {
    h = await harness();
    owner = h.emu.users[0] as typeof owner;
    creds = h.creds('delete');
  });
  after(() => h.emu.close());

  const ownPhotos = async (extra: Record<string, string> = {}) =>
    (await h.json({ method: 'flickr.people.getPhotos', user_id: 'me', ...extra }, creds)).photos;

  it('people.getInfo and findByUsername describe a seeded user', async () => {
    const info = await h.json({ method: 'flickr.people.getInfo', user_id: owner.nsid });
    assert.equal(info.person.nsid, owner.nsid);
    assert.equal(info.person.username._content, owner.username);
    assert.equal(info.person.realname._content, owner.fullname);
    assert.equal(info.person.photos.count._content, '12');
    const found = await h.json({
      method: 'flickr.people.findByUsername',
      username: owner.username.toUpperCase(),
    });
    assert.equal(found.user.nsid, owner.nsid);
    const missing = await h.json({
      method: 'flickr.people.findByUsername',
      username: 'no-such-user',
    });
    assert.deepEqual(missing, { stat: 'fail', code: 1, message: 'User not found' });
  });

  it('people.getPhotos shows private photos only to their owner', async () => {
    const mine = await ownPhotos();
    assert.equal(mine.total, 12);
    const anonymous = await h.json({ method: 'flickr.people.getPhotos', user_id: owner.nsid });
    const publicCount = mine.photo.filter((p: { ispublic: number }) => p.ispublic === 1).length;
    assert.ok(anonymous.photos.total >= publicCount && anonymous.photos.total <= mine.total);
    assert.ok(anonymous.photos.photo.every((p: { ispublic: number }) => p.ispublic === 1));
    assert.equal((await h.json({ method: 'flickr.people.getPhotos' })).code, 1);
    assert.equal((await h.json({ method: 'flickr.people.getPhotos', user_id: '1@N01' })).code, 2);
  });

  it('photos.search filters by text, tags, user and dates, and sorts', async () => {
    const sunsets = await h.json({
      method: 'flickr.photos.search',
      text: 'harbour',
      extras: 'tags,description',
    });
    assert.ok(sunsets.photos.total > 0);
    for (const photo of sunsets.photos.photo) {
      assert.ok(/harbour/i.test(`${photo.title} ${photo.description._content} ${photo.tags}`));
    }
    const tagged = await h.json({
      method: 'flickr.photos.search',
      tags: 'sea,snow',
      extras: 'tags',
    });
    for (const photo of tagged.photos.photo) assert.match(photo.tags, /\b(sea|snow)\b/);
    const all = await h.json({
      method: 'flickr.photos.search',
      tags: 'sea,boats',
      tag_mode: 'all',
      extras: 'tags',
    });
    for (const photo of all.photos.photo)
      assert.ok(/\bsea\b/.test(photo.tags) && /\bboats\b/.test(photo.tags));

    const asc = await h.json(
      {
        method: 'flickr.photos.search',
        user_id: owner.nsid,
        sort: 'date-posted-asc',
        extras: 'date_upload',
      },
      creds,
    );
    const dates = asc.photos.photo.map((p: { dateupload: string }) => Number(p.dateupload));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => a - b),
    );
    const middle = dates[6];
    const after = await h.json(
      {
        method: 'flickr.photos.search',
        user_id: 'me',
        min_upload_date: String(middle),
        extras: 'date_upload',
      },
      creds,
    );
    assert.equal(after.photos.total, 6);
    const taken = await h.json(
      { method: 'flickr.photos.search', user_id: 'me', max_taken_date: '1990-01-01' },
      creds,
    );
    assert.equal(taken.photos.total, 0);
    assert.equal((await h.json({ method: 'flickr.photos.search', user_id: 'ghost' })).code, 2);
    assert.equal((await h.json({ method: 'flickr.photos.search' })).code, 3);
  });

  it('photos.search extras give image URLs that the emulator serves', async () => {
    const list = await h.json({
      method: 'flickr.photos.search',
      user_id: owner.nsid,
      extras: 'url_sq,url_m,url_o,original_format,o_dims',
      per_page: '1',
    });
    const photo = list.photos.photo[0];
    assert.match(
      photo.url_sq,
      new RegExp(`^${h.emu.url}/\\d+/${photo.id}_${photo.secret}_s\\.jpg$`),
    );
    assert.equal(photo.url_m, `${h.emu.url}/${photo.server}/${photo.id}_${photo.secret}.jpg`);
    assert.equal(
      photo.url_o,
      `${h.emu.url}/${photo.server}/${photo.id}_${photo.originalsecret}_o.jpg`,
    );
    assert.equal(photo.width_sq, 75);
    const image = await fetch(photo.url_o);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/jpeg');
    const bytes = Buffer.from(await image.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xff, 0xd8, 0xff]);
    assert.deepEqual([...bytes.subarray(-2)], [0xff, 0xd9]);
    const wrong = await fetch(photo.url_o.replace(photo.originalsecret, '0000000000'));
    assert.equal(wrong.status, 404);
    await wrong.arrayBuffer();
  });

  it('photos.getInfo and getSizes', async () => {
    const [first] = (await ownPhotos({ per_page: '1' })).photo;
    const info = (await h.json({ method: 'flickr.photos.getInfo', photo_id: first.id }, creds))
      .photo;
    assert.equal(info.id, first.id);
    assert.equal(info.owner.nsid, owner.nsid);
    assert.equal(info.title._content, first.title);
    assert.ok(Array.isArray(info.tags.tag));
    assert.equal(info.urls.url[0].type, 'photopage');
    const sizes = (await h.json({ method: 'flickr.photos.getSizes', photo_id: first.id }, creds))
      .sizes.size;
    const labels = sizes.map((s: { label: string }) => s.label);
    assert.deepEqual(labels.slice(0, 3), ['Square', 'Large Square', 'Thumbnail']);
    assert.equal(labels.at(-1), 'Original');
    assert.deepEqual([sizes.at(-1).width, sizes.at(-1).height], [640, 480]);
    assert.equal((await h.json({ method: 'flickr.photos.getInfo', photo_id: '1' })).code, 1);
  });

  it('photos.getRecent lists public photos newest first', async () => {
    const recent = await h.json({
      method: 'flickr.photos.getRecent',
      per_page: '5',
      extras: 'date_upload',
    });
    assert.equal(recent.photos.photo.length, 5);
    assert.ok(recent.photos.photo.every((p: { ispublic: number }) => p.ispublic === 1));
    const dates = recent.photos.photo.map((p: { dateupload: string }) => Number(p.dateupload));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    );
  });

  it('setMeta, setTags, addTags change the photo and recentlyUpdated sees it', async () => {
    const [photo] = (await ownPhotos({ per_page: '1', sort: 'date-posted-asc' })).photo;
    const since = String(Math.floor(Date.now() / 1000) - 5);
    const set = (api: Record<string, string>) =>
      h.json({ photo_id: photo.id, ...api }, creds, 'POST');
    assert.equal(
      (
        await set({
          method: 'flickr.photos.setMeta',
          title: 'Renamed',
          description: 'Now with words',
        })
      ).stat,
      'ok',
    );
    assert.equal((await set({ method: 'flickr.photos.setMeta' })).code, 2);
    assert.equal(
      (await set({ method: 'flickr.photos.setTags', tags: 'alpha "New York"' })).stat,
      'ok',
    );
    assert.equal((await set({ method: 'flickr.photos.addTags', tags: 'beta alpha' })).stat, 'ok');
    const info = (await h.json({ method: 'flickr.photos.getInfo', photo_id: photo.id }, creds))
      .photo;
    assert.equal(info.title._content, 'Renamed');
    assert.equal(info.description._content, 'Now with words');
    assert.deepEqual(
      info.tags.tag.map((t: { raw: string }) => t.raw),
      ['alpha', 'New York', 'beta'],
    );
    assert.deepEqual(
      info.tags.tag.map((t: { _content: string }) => t._content),
      ['alpha', 'newyork', 'beta'],
    );
    const updated = await h.json(
      { method: 'flickr.photos.recentlyUpdated', min_date: since },
      creds,
    );
    assert.ok(updated.photos.photo.some((p: { id: string }) => p.id === photo.id));
    assert.equal((await h.json({ method: 'flickr.photos.recentlyUpdated' }, creds)).code, 1);
  });

  it("setters refuse someone else's photo", async () => {
    const other = h.emu.users[1]?.nsid ?? '';
    const [photo] = (
      await h.json({ method: 'flickr.people.getPhotos', user_id: other, per_page: '1' })
    ).photos.photo;
    const reply = await h.json(
      { method: 'flickr.photos.setMeta', photo_id: photo.id, title: 'x' },
      creds,
      'POST',
    );
    assert.deepEqual(reply, { stat: 'fail', code: 1, message: 'Photo not found' });
  });

  it('photos.delete removes the photo, its tags and album entries', async () => {
    const [photo] = (await ownPhotos({ per_page: '1' })).photo;
    assert.equal(
      (await h.json({ method: 'flickr.photos.delete', photo_id: photo.id }, creds, 'POST')).stat,
      'ok',
    );
    assert.equal(
      (await h.json({ method: 'flickr.photos.getInfo', photo_id: photo.id }, creds)).code,
      1,
    );
    assert.equal((await ownPhotos()).total, 11);
    assert.equal(
      (await h.json({ method: 'flickr.photos.delete', photo_id: photo.id }, creds, 'POST')).code,
      1,
    );
  });

  it('test.echo echoes parameters but never the signature', async () => {
    const echo = await h.json({ method: 'flickr.test.echo', foo: 'bar' }, creds);
    assert.equal(echo.foo._content, 'bar');
    assert.equal(echo.method._content, 'flickr.test.echo');
    assert.equal(echo.oauth_signature, undefined);
  });
});
