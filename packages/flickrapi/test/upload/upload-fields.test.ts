import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FlickrApiError, FlickrHttpError, FlickrOAuthError } from '../../src/errors.js';
import { FlickrResponseFormatError, FlickrUsageError } from '../../src/errors.js';
import { formatTags, replaceFields, uploadFields } from '../../src/upload/upload-params.js';
import { readUploadResponse } from '../../src/upload/upload-response.js';

const URL = 'https://up.flickr.com/services/upload/';
const xml = (inner: string, stat = 'ok'): { status: number; headers: {}; body: string } => ({
  status: 200,
  headers: {},
  body: `<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="${stat}">\n${inner}\n</rsp>\n`,
});

test('encodes every documented upload field', () => {
  assert.deepEqual(uploadFields({
    title: 'T', description: '<b>D</b>', tags: ['cat', 'New York', 'a"b'], is_public: true,
    is_friend: 0, is_family: false, safety_level: 2, content_type: 3, hidden: 2, async: true,
    dedup_check: 1,
  }, 'x.jpg'), [
    ['title', 'T'], ['description', '<b>D</b>'], ['tags', 'cat "New York" ab'],
    ['is_public', '1'], ['is_friend', '0'], ['is_family', '0'], ['safety_level', '2'],
    ['content_type', '3'], ['hidden', '2'], ['async', '1'], ['dedup_check', '1'],
  ]);
});

test('defaults the title to the file name without its extension, on upload only', () => {
  assert.deepEqual(uploadFields({}, 'IMG_0042.final.JPG'), [['title', 'IMG_0042.final']]);
  assert.deepEqual(uploadFields({}, '.hidden'), [['title', '.hidden']]);
  assert.deepEqual(uploadFields({ title: '' }, 'a.jpg'), [['title', '']]);
  assert.deepEqual(replaceFields('123', {}), [['photo_id', '123']]);
  assert.deepEqual(replaceFields('123', { async: true }), [['photo_id', '123'], ['async', '1']]);
  assert.equal(formatTags('a "b c"'), 'a "b c"');
});

test('rejects values Flickr does not take, naming the field', () => {
  assert.throws(
    () => uploadFields({ safety_level: 4 as 1 }, 'a.jpg'),
    /"safety_level" must be one of 1, 2, 3, got 4/,
  );
  assert.throws(() => uploadFields({ hidden: 0 as 1 }, 'a.jpg'), /"hidden"/);
  assert.throws(() => uploadFields({ is_public: 2 as 1 }, 'a.jpg'), FlickrUsageError);
  assert.throws(() => replaceFields('12a', {}), /replace: photo id "12a"/);
});

test('reads photo ids, secrets and tickets', () => {
  assert.deepEqual(readUploadResponse(xml('<photoid>1234</photoid>'), 'upload', URL), {
    photoId: '1234',
  });
  const replaced = xml('<photoid secret="abc" originalsecret="def">1234</photoid>');
  assert.deepEqual(readUploadResponse(replaced, 'replace', URL), {
    photoId: '1234', secret: 'abc', originalSecret: 'def',
  });
  assert.deepEqual(readUploadResponse(xml('<ticketid>77-1</ticketid>'), 'upload', URL), {
    ticketId: '77-1',
  });
});

test('plain replies read without the XML parser give what the parser gives', () => {
  const replies = [
    '<photoid>1234</photoid>',
    '<photoid secret="abc" originalsecret="def">1234</photoid>',
    '<photoid originalsecret="def"> 1234\n</photoid>',
    '<ticketid>77-1</ticketid>',
  ];
  for (const inner of replies) {
    const plain = readUploadResponse(xml(inner), 'replace', URL);
    // A comment takes the reply off the plain path, to the XML parser.
    const parsed = readUploadResponse(xml(`<!-- parsed -->${inner}`), 'replace', URL);
    assert.deepEqual(plain, parsed, inner);
  }
  assert.deepEqual(readUploadResponse(
    { status: 200, headers: {}, body: '<rsp stat="ok"><photoid>5</photoid></rsp>' }, 'upload', URL,
  ), { photoId: '5' });
  // Entities, a repeated attribute or a second element are left to the parser.
  const escaped = xml('<photoid secret="a&amp;b">9</photoid>');
  assert.deepEqual(readUploadResponse(escaped, 'replace', URL), { photoId: '9', secret: 'a&b' });
  assert.throws(() => readUploadResponse(xml('<photoid>\n</photoid>'), 'upload', URL),
    /<photoid> or <ticketid>/);
});

test('turns failures into the same errors as REST calls', () => {
  const failed = xml('\t<err code="5" msg="Filetype was not recognised" />', 'fail');
  assert.throws(() => readUploadResponse(failed, 'upload', URL), (e: unknown) => {
    assert.ok(e instanceof FlickrApiError);
    assert.equal(e.code, 5);
    assert.equal(e.method, 'upload');
    assert.equal(e.message, 'upload: Flickr error 5: Filetype was not recognised');
    assert.equal(e.duplicatePhotoId, undefined);
    return true;
  });
  for (const inner of [
    '\t<err code="9" msg="Duplicate photo detected" duplicate_photo_id="555" />',
    '\t<err code="9" msg="Duplicate photo detected" />\n' +
      '<duplicate_photo_id>555</duplicate_photo_id>',
  ]) {
    assert.throws(() => readUploadResponse(xml(inner, 'fail'), 'upload', URL),
      (e: unknown) => e instanceof FlickrApiError && e.code === 9 && e.duplicatePhotoId === '555');
  }
  const replace = xml('\t<err code="1" msg="Photo not found" />', 'fail');
  assert.throws(() => readUploadResponse(replace, 'replace', URL), /^FlickrApiError: replace:/);
  const oauth = { status: 401, headers: {}, body: 'oauth_problem=token_rejected' };
  assert.throws(() => readUploadResponse(oauth, 'upload', URL), FlickrOAuthError);
  const busy = { status: 503, headers: { 'retry-after': '4' }, body: '<html>' };
  assert.throws(() => readUploadResponse(busy, 'upload', URL),
    (e: unknown) => e instanceof FlickrHttpError && e.retryAfterSeconds === 4);
  const empty = xml('<nothing/>');
  assert.throws(() => readUploadResponse(empty, 'upload', URL), FlickrResponseFormatError);
  const garbage = { status: 200, headers: {}, body: 'not xml at all' };
  assert.throws(() => readUploadResponse(garbage, 'upload', URL), FlickrResponseFormatError);
});
