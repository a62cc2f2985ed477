import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ReadableStream } from 'node:stream/web';

import { FlickrUsageError } from '../../src/errors.js';
import { contentTypeFor, filenameFromMagic } from '../../src/upload/content-types.js';
import { openUploadSource, type OpenedSource } from '../../src/upload/upload-source.js';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(600_000, 7)]);

async function readAll(source: OpenedSource): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source.chunks()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

test('content types follow the extension; names come from magic bytes', () => {
  assert.equal(contentTypeFor('a.JPG'), 'image/jpeg');
  assert.equal(contentTypeFor('clip.mov'), 'video/quicktime');
  assert.equal(contentTypeFor('clip.MTS'), 'video/mp2t');
  assert.equal(contentTypeFor('README'), 'application/octet-stream');
  assert.equal(filenameFromMagic(JPEG), 'photo.jpg');
  assert.equal(filenameFromMagic(Buffer.from('\x89PNG\r\n', 'latin1')), 'photo.png');
  assert.equal(filenameFromMagic(Buffer.from('GIF89a')), 'photo.gif');
  assert.equal(filenameFromMagic(Buffer.from('hello')), undefined);
});

test('opens a file path lazily, with its name and size', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'flickrapi-upload-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'holiday.MP4');
  await writeFile(path, JPEG);
  const source = await openUploadSource(path);
  assert.equal(source.filename, 'holiday.MP4');
  assert.equal(source.contentType, 'video/mp4');
  assert.equal(source.size, JPEG.byteLength);
  assert.equal(source.replayable, true);
  assert.deepEqual(await readAll(source), JPEG);
  assert.deepEqual(await readAll(source), JPEG, 'a file can be read again for a retry');

  const renamed = await openUploadSource({ data: path, filename: 'x.png' });
  assert.equal(renamed.contentType, 'image/png');
  await assert.rejects(openUploadSource(join(dir, 'missing.jpg')), /cannot read file .*ENOENT/);
  await assert.rejects(openUploadSource(dir), /is not a file/);

  const stream = await openUploadSource(createReadStream(path));
  assert.equal(stream.filename, 'holiday.MP4');
  assert.equal(stream.size, undefined);
  assert.equal(stream.replayable, false);
  assert.deepEqual(await readAll(stream), JPEG);
});

test('opens bytes, Blobs and Files', async () => {
  const bytes = await openUploadSource(JPEG);
  assert.equal(bytes.filename, 'photo.jpg');
  assert.equal(bytes.size, JPEG.byteLength);
  assert.deepEqual(await readAll(bytes), JPEG);
  const named = await openUploadSource({ data: new Uint8Array(JPEG), filename: 'me.jpeg' });
  assert.equal(named.filename, 'me.jpeg');

  const blob = await openUploadSource(new Blob([JPEG]));
  assert.equal(blob.filename, 'photo.jpg');
  assert.deepEqual(await readAll(blob), JPEG);
  const file = await openUploadSource(new File([JPEG], 'clip.mov'));
  assert.equal(file.filename, 'clip.mov');
  assert.equal(file.size, JPEG.byteLength);

  await assert.rejects(openUploadSource(Buffer.from('plain text')), /pass \{ data, filename \}/);
  await assert.rejects(openUploadSource(new Blob(['text'])), FlickrUsageError);
});

test('opens Node and web streams when given a name', async () => {
  const node = await openUploadSource({ data: Readable.from([JPEG]), filename: 'a.jpg' });
  assert.equal(node.size, undefined);
  assert.deepEqual(await readAll(node), JPEG);

  const web = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(JPEG.subarray(0, 10));
      controller.enqueue(JPEG.subarray(10));
      controller.close();
    },
  });
  const opened = await openUploadSource({ data: web, filename: 'b.jpg', size: JPEG.byteLength });
  assert.equal(opened.size, JPEG.byteLength);
  assert.deepEqual(await readAll(opened), JPEG);

  await assert.rejects(openUploadSource(Readable.from([JPEG])), /needs a file name/);
  await assert.rejects(openUploadSource({ data: Readable.from([]), filename: ' ' }), /empty/);
  await assert.rejects(
    openUploadSource({ data: Readable.from([]), filename: 'a.jpg', size: -1 }),
    /size must be/,
  );
  await assert.rejects(openUploadSource(42 as never), /unsupported source/);
});
