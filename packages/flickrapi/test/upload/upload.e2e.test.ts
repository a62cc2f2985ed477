/**
 * Uploads against the emulator: progress, default titles, replace, asynchronous tickets,
 * duplicate detection, refusals, and an upload cancelled half-way leaving nothing behind.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import { FlickrAbortError, FlickrApiError } from '../../src/errors.js';
import type { UploadProgress } from '../../src/upload/progress.js';
import { UploadTicketError } from '../../src/upload/tickets.js';
import { emulatorClient } from '../support/emulator-client.js';

let emulator: RunningEmulator;
let dir: string;

before(async () => {
  emulator = await startEmulator({ photosPerUser: 3, users: 2 });
  dir = await mkdtemp(join(tmpdir(), 'flickrapi-upload-e2e-'));
});
after(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

/** Bytes that read as a JPEG (by their magic number) and differ on every call. */
function jpegBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

async function photoCount(flickr: ReturnType<typeof emulatorClient>['flickr']): Promise<number> {
  const rsp = await flickr.people.getPhotos({ user_id: 'me', per_page: 1 });
  const photos = rsp['photos'] as { total: number | string };
  return Number(photos.total);
}

describe('upload', () => {
  it('streams a file with progress up to the total and titles it after the file', async (t) => {
    const { flickr } = emulatorClient(emulator);
    t.after(() => flickr.close());
    const path = join(dir, 'Harbour at dawn.jpeg');
    const bytes = jpegBytes(2_500_000);
    await writeFile(path, bytes);
    const progress: UploadProgress[] = [];
    const { photoId } = await flickr.upload(path, {
      description: 'boats', tags: ['sea', 'early light'], is_public: true,
      onProgress: (p) => progress.push(p),
    });

    assert.match(photoId, /^\d+$/);
    assert.deepEqual(progress.at(-1), { sent: bytes.length, total: bytes.length });
    assert.ok(progress.length > 2);
    const info = await flickr.photos.getInfo({ photo_id: photoId });
    const photo = info['photo'] as { title: { _content: string }; tags: { tag: unknown[] } };
    assert.equal(photo.title._content, 'Harbour at dawn');
  });

  it('replaces a photo, returning its secrets', async (t) => {
    const { flickr } = emulatorClient(emulator);
    t.after(() => flickr.close());
    const { photoId } = await flickr.upload({ data: jpegBytes(10_000), filename: 'a.jpg' });
    const replaced = await flickr.replace({ data: jpegBytes(20_000), filename: 'b.jpg' }, photoId);
    assert.equal(replaced.photoId, photoId);
    assert.match(replaced.secret ?? '', /^[0-9a-f]+$/);
    assert.match(replaced.originalSecret ?? '', /^[0-9a-f]+$/);
    const info = await flickr.photos.getInfo({ photo_id: photoId });
    assert.equal((info['photo'] as { title: { _content: string } }).title._content, 'a',
      'replace keeps the title');
  });

  it('completes an asynchronous upload through its ticket', async (t) => {
    const { flickr } = emulatorClient(emulator);
    t.after(() => flickr.close());
    const { ticketId } = await flickr.upload(jpegBytes(50_000), { async: true });
    assert.ok(ticketId);
    const [photoId] = await flickr.waitForTickets([ticketId], { interval: 10, timeout: 5000 });
    assert.ok(photoId);
    const info = await flickr.photos.getInfo({ photo_id: photoId });
    assert.equal((info['photo'] as { id: string }).id, photoId);

    await assert.rejects(flickr.waitForTickets([ticketId, '999999'], { interval: 10 }),
      (e: unknown) => e instanceof UploadTicketError && e.invalid.includes('999999') &&
        e.completed[ticketId] === photoId);
  });

  it('reports a duplicate with the id of the photo already there', async (t) => {
    const { flickr } = emulatorClient(emulator);
    t.after(() => flickr.close());
    const bytes = jpegBytes(30_000);
    const { photoId } = await flickr.upload(bytes);
    await assert.rejects(flickr.upload(bytes, { dedup_check: true }), (e: unknown) => {
      assert.ok(e instanceof FlickrApiError);
      assert.equal(e.method, 'upload');
      assert.equal(e.code, 9);
      assert.equal(e.duplicatePhotoId, photoId);
      return true;
    });
  });

  it('turns refusals into API errors of upload and replace', async (t) => {
    const { flickr } = emulatorClient(emulator);
    const reader = emulatorClient(emulator, { perms: 'read' }).flickr;
    t.after(() => {
      flickr.close();
      reader.close();
    });
    await assert.rejects(flickr.upload({ data: Buffer.from('plain text'), filename: 'a.jpg' }),
      (e: unknown) => e instanceof FlickrApiError && e.method === 'upload' && e.code === 5);
    await assert.rejects(flickr.replace(jpegBytes(100), '1'),
      (e: unknown) => e instanceof FlickrApiError && e.method === 'replace' && e.code === 1);
    await assert.rejects(reader.upload(jpegBytes(100)),
      (e: unknown) => e instanceof FlickrApiError && e.code === 99);
  });

  it('cancelled half-way: a clean abort error and no photo left behind', async (t) => {
    const { flickr } = emulatorClient(emulator);
    t.after(() => flickr.close());
    const before = await photoCount(flickr);
    const path = join(dir, 'long-video.mp4');
    await writeFile(path, jpegBytes(48 * 1024 * 1024));
    const controller = new AbortController();
    let last: UploadProgress | undefined;
    await assert.rejects(flickr.upload(path, {
      signal: controller.signal,
      onProgress: (p) => {
        last = p;
        if (p.total !== undefined && p.sent >= p.total / 2) controller.abort();
      },
    }), (e: unknown) => e instanceof FlickrAbortError && e.message === 'upload: cancelled');
    assert.ok(last !== undefined && last.total !== undefined && last.sent < last.total);
    assert.equal(await photoCount(flickr), before);
    // The client is still usable afterwards.
    const { photoId } = await flickr.upload(jpegBytes(1000));
    assert.ok(photoId);
    assert.equal(await photoCount(flickr), before + 1);
  });
});
