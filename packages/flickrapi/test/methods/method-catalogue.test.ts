import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { MethodCatalogue } from '../../src/methods/method-rows.js';

const ROWS = [
  'photos.getInfo|photo_id|secret|none|0|0',
  'photos.delete|photo_id||delete|1|1',
];

describe('MethodCatalogue', () => {
  it('reads the rows into entries, POST for delete', () => {
    const catalogue = new MethodCatalogue(ROWS);
    assert.deepEqual(catalogue.names(), ['flickr.photos.getInfo', 'flickr.photos.delete']);
    assert.deepEqual(catalogue.info('flickr.photos.delete'), {
      required: ['photo_id'], optional: [], perms: 'delete', login: true, signed: true,
      httpMethod: 'POST',
    });
    assert.equal(catalogue.info('flickr.photos.nope'), undefined);
    assert.equal(catalogue.info('toString'), undefined);
  });

  it('reads one row for a look-up, and keeps that entry when the whole table is read', () => {
    const catalogue = new MethodCatalogue(ROWS);
    const info = catalogue.info('flickr.photos.getInfo');
    assert.equal(info?.required[0], 'photo_id');
    // A name that only starts like a row is no method.
    assert.equal(catalogue.info('flickr.photos.getInfo|photo_id'), undefined);
    assert.equal(catalogue.info('flickr.photos.getInf'), undefined);
    const view = catalogue.view();
    assert.deepEqual(Object.keys(view), ['flickr.photos.getInfo', 'flickr.photos.delete']);
    assert.equal(view['flickr.photos.getInfo'], info);
    assert.equal(catalogue.info('flickr.photos.getInfo'), info);
  });

  it('gives a view that shows every entry, even to console.log before any other use', () => {
    const shown = inspect(new MethodCatalogue(ROWS).view(), { depth: 0 });
    assert.match(shown, /'flickr\.photos\.getInfo': \[Object\]/);
    assert.match(shown, /'flickr\.photos\.delete': \[Object\]/);

    const view = new MethodCatalogue(ROWS).view();
    assert.equal('flickr.photos.getInfo' in view, true);
    assert.equal(Object.hasOwn(view, 'flickr.photos.delete'), true);
    assert.deepEqual(Object.keys(view), ['flickr.photos.getInfo', 'flickr.photos.delete']);
    assert.equal(view['flickr.photos.getInfo']?.optional[0], 'secret');
    assert.equal(JSON.parse(JSON.stringify(view))['flickr.photos.delete'].perms, 'delete');
  });

  it('gives a view that cannot be changed', () => {
    const view = new MethodCatalogue(ROWS).view() as Record<string, unknown>;
    assert.throws(() => { view['flickr.photos.getInfo'] = 1; }, TypeError);
    assert.throws(() => { delete view['flickr.photos.delete']; }, TypeError);
    assert.throws(() => Object.defineProperty(view, 'x', { value: 1 }), TypeError);
    assert.equal(Object.keys(view).length, 2);
  });
});
