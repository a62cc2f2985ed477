import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FlickrAbortError, FlickrResponseFormatError } from '../../src/errors.js';
import { findPageInJson, jsonItemId } from '../../src/walk/find-page-json.js';
import { walkPages, type PageOf } from '../../src/walk/walk-pages.js';

interface Item {
  readonly id: string;
}

/** A list of `total` items served `perPage` at a time, with a log of what was asked. */
function pagedList(total: number, perPage: number) {
  const requested: number[] = [];
  const aborted: number[] = [];
  const items = Array.from({ length: total }, (_, i) => ({ id: String(i + 1) }));
  const pages = Math.ceil(total / perPage);
  const fetchPage = (page: number, signal: AbortSignal): Promise<PageOf<Item>> => {
    requested.push(page);
    signal.addEventListener('abort', () => aborted.push(page));
    const slice = items.slice((page - 1) * perPage, page * perPage);

    return Promise.resolve({ items: slice, info: { page, pages, perpage: perPage, total } });
  };

  return { items, requested, aborted, fetchPage };
}

test('yields every item once and stops at the last page', async () => {
  const list = pagedList(25, 10);
  const ids: string[] = [];
  for await (const item of walkPages(list.fetchPage)) ids.push(item.id);
  assert.deepEqual(ids, list.items.map((i) => i.id));
  assert.deepEqual(list.requested, [1, 2, 3]);
});

test('asks for the next page before the current one is consumed', async () => {
  const list = pagedList(30, 10);
  const iterator = walkPages(list.fetchPage, { prefetch: 1 });
  await iterator.next();
  assert.deepEqual(list.requested, [1, 2]);
  const none = pagedList(30, 10);
  await walkPages(none.fetchPage, { prefetch: 0 }).next();
  assert.deepEqual(none.requested, [1]);
  await iterator.return();
});

test('breaking out cancels the prefetched pages and leaves no rejection behind', async () => {
  const requested: number[] = [];
  const fetchPage = (page: number, signal: AbortSignal): Promise<PageOf<Item>> => {
    requested.push(page);
    if (page === 1) {
      const info = { page, pages: 5, perpage: 2, total: 10 };
      return Promise.resolve({ items: [{ id: 'a' }, { id: 'b' }], info });
    }
    return new Promise((_, reject) => {
      signal.addEventListener('abort', () => reject(new FlickrAbortError(`page ${page}`)));
    });
  };
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  process.on('unhandledRejection', onUnhandled);
  for await (const item of walkPages(fetchPage)) {
    if (item.id === 'a') break;
  }
  await new Promise((resolve) => setImmediate(resolve));
  process.off('unhandledRejection', onUnhandled);
  // Page 1 read, the default three pages ahead requested, all three cancelled quietly.
  assert.deepEqual(requested, [1, 2, 3, 4]);
  assert.deepEqual(unhandled, []);
});

test('skips items already yielded when pages shift', async () => {
  // A new photo arrives after page 1 was read: "3" moves from page 1 to page 2.
  const pages: Item[][] = [
    [{ id: '1' }, { id: '2' }, { id: '3' }],
    [{ id: '3' }, { id: '4' }, { id: '5' }],
    [{ id: '6' }],
  ];
  const fetchPage = (page: number): Promise<PageOf<Item>> => Promise.resolve({
    items: pages[page - 1] ?? [],
    info: { page, pages: 3, perpage: 3, total: 7 },
  });
  const ids: string[] = [];
  for await (const item of walkPages(fetchPage, { idOf: (i) => i.id })) ids.push(item.id);
  assert.deepEqual(ids, ['1', '2', '3', '4', '5', '6']);
});

test('ends when a page brings nothing new or nothing at all', async () => {
  const repeat = (page: number): Promise<PageOf<Item>> => Promise.resolve({
    items: [{ id: 'x' }],
    info: { page, pages: 1000, perpage: 1, total: 1000 },
  });
  const ids: string[] = [];
  for await (const item of walkPages(repeat, { idOf: (i) => i.id })) ids.push(item.id);
  assert.deepEqual(ids, ['x']);

  const empty = pagedList(0, 10);
  for await (const item of walkPages(empty.fetchPage)) assert.fail(`unexpected ${item.id}`);
  assert.deepEqual(empty.requested, [1]);
});

test('a failed page ends the walk with its error', async () => {
  const fetchPage = (page: number): Promise<PageOf<Item>> =>
    page === 2
      ? Promise.reject(new Error('page 2 failed'))
      : Promise.resolve({ items: [{ id: '1' }], info: { page, pages: 3, perpage: 1, total: 3 } });
  const ids: string[] = [];
  await assert.rejects(async () => {
    for await (const item of walkPages(fetchPage)) ids.push(item.id);
  }, /page 2 failed/);
  assert.deepEqual(ids, ['1']);
});

test('the caller signal cancels the walk', async () => {
  const controller = new AbortController();
  const list = pagedList(30, 10);
  const fetchPage = (page: number, signal: AbortSignal): Promise<PageOf<Item>> =>
    signal.aborted ? Promise.reject(new FlickrAbortError('walk')) : list.fetchPage(page, signal);
  const ids: string[] = [];
  await assert.rejects(async () => {
    for await (const item of walkPages(fetchPage, { signal: controller.signal })) {
      ids.push(item.id);
      if (ids.length === 12) controller.abort();
    }
  }, FlickrAbortError);
  assert.ok(ids.length <= 20);
});

test('finds the list in JSON answers of different methods', () => {
  const search = {
    photos: { page: 2, pages: '3', perpage: 2, total: '5', photo: [{ id: '3' }, { id: '4' }] },
    stat: 'ok',
  };
  assert.deepEqual(findPageInJson(search, 'm'), {
    items: [{ id: '3' }, { id: '4' }],
    info: { page: 2, pages: 3, perpage: 2, total: 5 },
  });
  const set = {
    photoset: { id: '7', page: 1, pages: 1, per_page: 500, total: 1, photo: { id: '9' } },
  };
  assert.deepEqual(findPageInJson(set, 'm').items, [{ id: '9' }]);
  assert.equal(findPageInJson(set, 'm').info.perpage, 500);
  const contacts = { contacts: { page: 1, pages: 1, perpage: 1000, total: 0 } };
  assert.deepEqual(findPageInJson(contacts, 'm', 'contacts', 'contact').items, []);
  assert.throws(() => findPageInJson({ user: {} }, 'flickr.x'), FlickrResponseFormatError);
  assert.throws(() => findPageInJson('text', 'flickr.x'), /flickr.x: expected a JSON object/);
  assert.equal(jsonItemId({ nsid: '1@N01' }), '1@N01');
  assert.equal(jsonItemId({ id: 5 }), '5');
  assert.equal(jsonItemId('x'), undefined);
});
