import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FlickrUsageError } from '../../src/errors.js';
import {
  DEFAULT_BUDDY_ICON,
  EXTRAS_URL_FIELDS,
  SIZE_SUFFIXES,
  albumUrl,
  buddyIconUrl,
  originalImageUrl,
  photoImageUrl,
  photoPageUrl,
  photostreamUrl,
  profileUrl,
  type SizeSuffix,
} from '../../src/helpers/photo-urls.js';

const PHOTO = { id: '12502775644', server: '7372', secret: 'acfd415fa7', farm: 8 };

test('builds the documented example and every size', () => {
  assert.equal(
    photoImageUrl(PHOTO, 'w'),
    'https://live.staticflickr.com/7372/12502775644_acfd415fa7_w.jpg',
  );
  assert.equal(
    photoImageUrl(PHOTO),
    'https://live.staticflickr.com/7372/12502775644_acfd415fa7.jpg',
  );
  for (const size of SIZE_SUFFIXES) {
    const url = photoImageUrl(PHOTO, size);
    const tail = size === '' ? '.jpg' : `_${size}.jpg`;
    assert.ok(url.endsWith(`12502775644_acfd415fa7${tail}`), url);
    assert.ok(EXTRAS_URL_FIELDS[size].startsWith('url_'));
  }
});

test('uses the legacy farm host or a custom base when asked', () => {
  assert.equal(
    photoImageUrl(PHOTO, 'b', { legacyFarmHost: true }),
    'https://farm8.staticflickr.com/7372/12502775644_acfd415fa7_b.jpg',
  );
  assert.equal(
    photoImageUrl({ id: 5, server: 9, secret: 'ff' }, 'z', { staticBase: 'http://127.0.0.1:9/' }),
    'http://127.0.0.1:9/9/5_ff_z.jpg',
  );
});

test('builds the original from its own secret and format', () => {
  const photo = { id: '1', server: '2', originalsecret: 'ab12', originalformat: 'png' };
  assert.equal(originalImageUrl(photo), 'https://live.staticflickr.com/2/1_ab12_o.png');
});

test('builds page, photostream, profile and album URLs', () => {
  const nsid = '21207597@N07';
  assert.equal(
    photoPageUrl(nsid, 12502775644),
    'https://www.flickr.com/photos/21207597@N07/12502775644/',
  );
  assert.equal(photostreamUrl('jamal'), 'https://www.flickr.com/photos/jamal/');
  assert.equal(profileUrl(nsid), 'https://www.flickr.com/people/21207597@N07/');
  assert.equal(
    albumUrl(nsid, '72157', { webBase: 'http://127.0.0.1:5' }),
    'http://127.0.0.1:5/photos/21207597@N07/albums/72157',
  );
});

test('builds buddy icons, with the default for iconserver 0', () => {
  assert.equal(
    buddyIconUrl({ nsid: '21207597@N07', iconserver: '5', iconfarm: 1 }),
    'https://farm1.staticflickr.com/5/buddyicons/21207597@N07.jpg',
  );
  assert.equal(buddyIconUrl({ nsid: 'x@N01', iconserver: 0, iconfarm: 0 }), DEFAULT_BUDDY_ICON);
});

test('names the missing field or the bad suffix', () => {
  assert.throws(() => photoImageUrl({ ...PHOTO, secret: '' }), /"secret" is missing/);
  assert.throws(() => photoImageUrl(PHOTO, 'o' as SizeSuffix), /use originalImageUrl/);
  assert.throws(() => photoImageUrl(PHOTO, 'x' as SizeSuffix), FlickrUsageError);
  const noFarm = { id: 1, server: 2, secret: 'a' };
  assert.throws(() => photoImageUrl(noFarm, 's', { legacyFarmHost: true }), /"farm" is missing/);
  assert.throws(() => photoPageUrl('', '1'), /"user" is missing/);
});
