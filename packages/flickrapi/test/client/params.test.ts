import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlickrUsageError, lookupMethod, METHOD_TABLE, serializeParams } from '../../src/index.js';

describe('serializeParams', () => {
  const search = lookupMethod('flickr.photos.search');

  it('puts method first and keeps the caller\'s order', () => {
    assert.deepEqual(serializeParams('flickr.photos.search', search, { text: 'a', page: 2 }), [
      ['method', 'flickr.photos.search'], ['text', 'a'], ['page', '2'],
    ]);
  });

  it('writes large and tiny numbers without exponent notation', () => {
    const out = new Map(serializeParams('flickr.photos.search', search, {
      lat: 1e-7, per_page: 1e21, lon: -0.5,
    }));
    assert.equal(out.get('lat'), '0.0000001');
    assert.equal(out.get('per_page'), '1000000000000000000000');
    assert.equal(out.get('lon'), '-0.5');
  });

  it('drops null like undefined, and refuses invalid dates and nested arrays', () => {
    assert.equal(serializeParams('flickr.photos.search', search, { text: null }).length, 1);
    assert.throws(
      () => serializeParams('flickr.photos.search', search, { min_upload_date: new Date('x') }),
      /"min_upload_date" is an invalid Date/,
    );
    assert.throws(
      () => serializeParams('flickr.photos.search', search, { tags: [['a']] }),
      FlickrUsageError,
    );
  });

  it('refuses parameters the client sets', () => {
    for (const name of ['api_key', 'nojsoncallback', 'oauth_token', 'method']) {
      assert.throws(
        () => serializeParams('flickr.photos.search', search, { [name]: 'x' }),
        new RegExp(`"${name}" is set by the client`),
      );
    }
  });
});

describe('the method table', () => {
  it('holds all 223 methods, POST exactly for write and delete', () => {
    const entries = Object.entries(METHOD_TABLE);
    assert.equal(entries.length, 223);
    for (const [name, info] of entries) {
      const writes = info.perms === 'write' || info.perms === 'delete';
      assert.equal(info.httpMethod, writes ? 'POST' : 'GET', name);
      assert.equal((info.required as readonly string[]).includes('api_key'), false, name);
    }
    assert.equal(entries.filter(([, i]) => i.perms === 'delete').length, 3);
    assert.equal(entries.filter(([, i]) => i.perms === 'write').length, 63);
  });

  it('is refused for names outside the table, including Object members', () => {
    assert.throws(() => lookupMethod('toString'), /no such Flickr method/);
    assert.throws(() => lookupMethod('flickr.photos'), /no such Flickr method/);
  });
});
