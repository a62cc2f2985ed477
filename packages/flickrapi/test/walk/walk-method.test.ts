import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FlickrUsageError } from '../../src/errors.js';
import type { ResponseFormat } from '../../src/formats/response-format.js';
import { XmlElement } from '../../src/formats/xml-element.js';
import { parseXml } from '../../src/formats/xml-reply.js';
import { walkMethod, WALKED_LISTS, type CallMethod } from '../../src/walk/walk-method.js';

const TOTAL = 23;

/** Serves photos.search pages of 23 photos in whatever format is asked. */
function fakeFlickr(): { call: CallMethod; calls: Record<string, unknown>[] } {
  const calls: Record<string, unknown>[] = [];
  const call: CallMethod = (method, params, options) => {
    calls.push({ method, ...params });
    const page = Number(params['page']);
    const perPage = Number(params['per_page']);
    const pages = Math.ceil(TOTAL / perPage);
    const ids = Array.from({ length: TOTAL }, (_, i) => String(1000 + i))
      .slice((page - 1) * perPage, page * perPage);
    const xml = '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n' +
      `<photos page="${page}" pages="${pages}" perpage="${perPage}" total="${TOTAL}">\n` +
      ids.map((id) => `\t<photo id="${id}" title="t${id}" />\n`).join('') + '</photos>\n</rsp>\n';
    const json = {
      photos: { page, pages, perpage: perPage, total: TOTAL, photo: ids.map((id) => ({ id })) },
      stat: 'ok',
    };
    const answers: Record<ResponseFormat, unknown> = {
      'parsed-json': json,
      json: JSON.stringify(json),
      xml: parseXml(xml, method),
      rest: xml,
    };
    return Promise.resolve(answers[options.format]);
  };

  return { call, calls };
}

test('walks a paged method in every format', async () => {
  const expected = Array.from({ length: TOTAL }, (_, i) => String(1000 + i));
  for (const format of ['parsed-json', 'json'] as const) {
    const { call, calls } = fakeFlickr();
    const ids: string[] = [];
    for await (const photo of walkMethod(call, 'flickr.photos.search', { text: 'x' }, format,
      { perPage: 10 })) {
      ids.push(String(photo['id']));
    }
    assert.deepEqual(ids, expected, format);
    assert.deepEqual(calls.map((c) => c['page']), [1, 2, 3]);
    const first = { method: 'flickr.photos.search', text: 'x', page: 1, per_page: 10 };
    assert.deepEqual(calls[0], first);
  }
  for (const format of ['xml', 'rest'] as const) {
    const { call } = fakeFlickr();
    const ids: string[] = [];
    const walk = walkMethod(call, 'flickr.photos.search', {}, format, { perPage: 7 });
    for await (const photo of walk) {
      assert.ok(photo instanceof XmlElement);
      ids.push(photo.attr('id') ?? '');
    }
    assert.deepEqual(ids, expected, format);
  }
});

test('uses the named list when given, and checks perPage', async () => {
  const { call } = fakeFlickr();
  const names = { list: WALKED_LISTS.search.list, item: WALKED_LISTS.search.item };
  let count = 0;
  for await (const photo of walkMethod(call, 'm', {}, 'xml', { perPage: 100 }, names)) {
    assert.equal(photo.name, 'photo');
    count++;
  }
  assert.equal(count, TOTAL);
  assert.throws(() => walkMethod(call, 'm', {}, 'json', { perPage: 0 }), FlickrUsageError);
});
