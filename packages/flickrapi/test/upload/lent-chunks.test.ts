/**
 * Files are uploaded from reused buffers whose chunks are only lent to the transport. The
 * bytes that arrive must be the file's, even when the receiver reads slowly and writes queue up
 * in the socket: a buffer may be refilled only after the transport has handed its chunk over.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import type { FlickrAPI } from '../../src/client/flickr-api.js';
import { FetchTransport } from '../../src/http/fetch-transport.js';
import { LEND_CHUNKS, lentChunks, type LendingBody } from '../../src/http/lent-chunks.js';
import { NodeTransport } from '../../src/http/node-transport.js';
import { multipartBody } from '../../src/upload/multipart-body.js';
import {
  lentFileChunks,
  nextPieceSize,
  openUploadSource,
} from '../../src/upload/upload-source.js';
import { emulatorClient } from '../support/emulator-client.js';

const MIB = 1024 * 1024;

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flickrapi-lent-chunks-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A JPEG-looking file of `size` random bytes: every chunk of it differs from the others. */
async function randomFile(name: string, size: number): Promise<{ path: string; bytes: Buffer }> {
  const bytes = randomBytes(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  const path = join(dir, name);
  await writeFile(path, bytes);

  return { path, bytes };
}

function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** A server that reads each body slowly (one chunk per event-loop turn) and hashes it. */
async function startSlowSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const hash = createHash('sha1');
    let size = 0;
    for await (const chunk of req) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).byteLength;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    res.end(JSON.stringify({ size, sha1: hash.digest('hex') }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * A socket whose send buffer holds `bufferBytes` in front of a link that drains `bytesPerMs`:
 * a piece is taken once all of it is in the buffer, at once while the buffer has room for it.
 */
function bufferedLink(bufferBytes: number, bytesPerMs: number): {
  take: (bytes: number) => Promise<void>;
} {
  const start = performance.now();
  let written = 0;

  return {
    take: async (bytes) => {
      written += bytes;
      // All but `bufferBytes` of what was written must have drained.
      const wait = start + (written - bufferBytes) / bytesPerMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    },
  };
}

/** Every chunk of `chunks` as lent, and a copy of the bytes taken while each was current. */
async function readLent(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ chunks: Uint8Array[]; bytes: Buffer }> {
  const lent: Uint8Array[] = [];
  const copies: Buffer[] = [];
  for await (const chunk of chunks) {
    lent.push(chunk);
    copies.push(Buffer.from(chunk));
  }

  return { chunks: lent, bytes: Buffer.concat(copies) };
}

describe('lent chunks', () => {
  it('a file source lends chunks from one buffer, and gives fresh ones otherwise', async () => {
    const { path, bytes } = await randomFile('lend.jpg', 3 * MIB + 12_345);
    const source = await openUploadSource(path);

    // Reads from the page cache take microseconds: every chunk comes from the same buffer.
    const lent = await readLent(lentFileChunks(path, bytes.length, Infinity));
    assert.equal(sha1(lent.bytes), sha1(bytes));
    assert.ok(lent.chunks.every((chunk) => chunk.buffer === lent.chunks[0]!.buffer));

    const kept: Uint8Array[] = [];
    for await (const chunk of source.chunks()) kept.push(chunk);
    assert.equal(sha1(Buffer.concat(kept)), sha1(bytes), 'chunks that are not lent can be kept');
  });

  it('a file is lent in pieces that grow to 1 MiB while they are taken quickly', async () => {
    // Each piece costs a pass through the body's stages and a socket write: 64 KiB pieces
    // made a large upload spend as much CPU on them as on the bytes.
    const { path, bytes } = await randomFile('pieces.jpg', 3 * MIB + 12_345);

    const lent = await readLent(lentFileChunks(path, bytes.length, Infinity));

    assert.deepEqual(lent.chunks.map((chunk) => chunk.byteLength),
      [64 * 1024, 128 * 1024, 256 * 1024, 512 * 1024, MIB, MIB, 64 * 1024 + 12_345]);
  });

  it('pieces taken slowly stay at 64 KiB, and shrink back when the consumer slows', async () => {
    // On a slow connection a piece is the step in which an upload is seen to move (and is
    // timed out when it does not); a 1 MiB piece at 30 kB/s would take over half a minute.
    const { path, bytes } = await randomFile('slow-consumer.jpg', 4 * MIB);
    const pause = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 40));

    const slowly: number[] = [];
    for await (const chunk of lentFileChunks(path, bytes.length, Infinity)) {
      slowly.push(chunk.byteLength);
      await pause();
      if (slowly.length === 3) break;
    }
    assert.deepEqual(slowly, [64 * 1024, 64 * 1024, 64 * 1024], '64 KiB in 40 ms: 1.6 MB/s');

    const sizes: number[] = [];
    for await (const chunk of lentFileChunks(path, bytes.length, Infinity)) {
      sizes.push(chunk.byteLength);
      // Quick for five pieces, slow for two, then quick again.
      if (sizes.length === 5 || sizes.length === 6) await pause();
    }
    assert.deepEqual(sizes.slice(0, 5), [64 * 1024, 128 * 1024, 256 * 1024, 512 * 1024, MIB]);
    assert.ok(sizes[5]! < MIB && sizes[6]! < sizes[5]!, `shrinks: ${sizes.join(', ')}`);
    assert.equal(sizes[7], 2 * sizes[6]!, `grows back, doubling: ${sizes.join(', ')}`);
    assert.equal(sizes.reduce((sum, size) => sum + size, 0), bytes.length);
  });

  it('pieces at most double: a socket buffer that takes one at once hides a slow link',
    async () => {
    // A socket takes a piece at once while its send buffer has room, however slow the link
    // behind it. Sized by that rate, the next piece was 1 MiB: at 30 kB/s it is seen to move
    // only after over half a minute, and the upload timed out while it was moving.
    const { path, bytes } = await randomFile('buffered-link.jpg', MIB);
    const link = bufferedLink(128 * 1024, (64 * 1024) / 25);

    const sizes: number[] = [];
    for await (const chunk of lentFileChunks(path, bytes.length, Infinity)) {
      sizes.push(chunk.byteLength);
      await link.take(chunk.byteLength);
    }

    assert.equal(sizes.reduce((sum, size) => sum + size, 0), bytes.length);
    assert.ok(sizes.every((size) => size <= 2 * 128 * 1024),
      `no piece larger than twice the buffer: ${sizes.join(', ')}`);
  });

  it('sizes each piece to be taken in about 20 ms at the last rate, within 64 KiB-1 MiB', () => {
    assert.equal(nextPieceSize(64 * 1024, 0.05), 128 * 1024, 'taken at once: at most double');
    assert.equal(nextPieceSize(512 * 1024, 0.05), MIB, 'loopback: over a gigabyte a second');
    assert.equal(nextPieceSize(MIB, 40), 512 * 1024);
    assert.equal(nextPieceSize(64 * 1024, 10), 128 * 1024);
    assert.equal(nextPieceSize(64 * 1024, 2000), 64 * 1024, '30 kB/s keeps the smallest');
    assert.equal(nextPieceSize(64 * 1024, 0), 128 * 1024);
    assert.equal(nextPieceSize(MIB, 0), MIB);
  });

  it('a small file is read into a buffer of its own size', async () => {
    const { path, bytes } = await randomFile('small.jpg', 1000);

    const lent = await readLent(lentFileChunks(path, bytes.length, Infinity));

    assert.deepEqual(lent.chunks.map((chunk) => chunk.byteLength), [1000]);
    assert.equal(lent.chunks[0]!.buffer.byteLength, 1001, 'one byte more shows a grown file');
  });

  it('after a slow read, a file is read ahead into two buffers that take turns', async () => {
    const { path, bytes } = await randomFile('slow.jpg', 3 * MIB + 12_345);

    // A limit below zero counts the first read as slow.
    const lent = await readLent(lentFileChunks(path, bytes.length, -1));
    assert.equal(sha1(lent.bytes), sha1(bytes));
    const [first, ...rest] = lent.chunks;
    assert.equal(first!.byteLength, 64 * 1024, 'the first chunk is read on the event loop');
    // A piece is read ahead before the one it follows is taken: sizes double every other piece.
    assert.deepEqual(rest.map((chunk) => chunk.byteLength), [128 * 1024, 128 * 1024, 256 * 1024,
      256 * 1024, 512 * 1024, 512 * 1024, MIB, 192 * 1024 + 12_345]);
    assert.equal(rest[0]!.buffer, first!.buffer, 'the first buffer takes the first turn');
    assert.equal(rest[0]!.buffer, rest[2]!.buffer, 'chunks 2 and 4 share a buffer');
    assert.notEqual(rest[0]!.buffer, rest[1]!.buffer, 'the next chunk is read into the other');
  });

  it('a file that grew after it was opened fails the upload instead of sending a stray byte',
    async () => {
      const { path } = await randomFile('growing.jpg', 100);
      const source = await openUploadSource(path);
      await appendFile(path, Buffer.alloc(50, 1));
      const { body } = multipartBody([], {
        field: 'photo', filename: 'growing.jpg', contentType: 'image/jpeg', size: source.size,
        chunks: (lend) => source.chunks(lend),
      });

      await assert.rejects(async () => {
        for await (const chunk of lentChunks(body)) assert.ok(chunk.byteLength > 0);
      }, /"growing.jpg" gave more than 100 bytes, but its size was given as 100/);
    });

  it('a multipart body lends only to a reader that asks for it', async () => {
    const asked: boolean[] = [];
    const { body } = multipartBody([['title', 't']], {
      field: 'photo', filename: 'a.jpg', contentType: 'image/jpeg', size: 3,
      chunks: (lend) => {
        asked.push(lend);
        return (async function* () {
          yield new Uint8Array([1, 2, 3]);
        })();
      },
    });
    for await (const chunk of body) assert.ok(chunk.byteLength > 0);
    for await (const chunk of lentChunks(body)) assert.ok(chunk.byteLength > 0);
    assert.deepEqual(asked, [false, true]);

    const plain = (async function* () {
      yield new Uint8Array([1]);
    })();
    assert.equal(lentChunks(plain), plain, 'a body that cannot lend is read as it is');
  });

  it('NodeTransport hands each lent chunk over before it pulls the next', async (t) => {
    const sink = await startSlowSink();
    const transport = new NodeTransport();
    t.after(async () => {
      transport.close();
      await sink.close();
    });
    // One buffer, overwritten with the next piece on every pull: a transport that pulled
    // while a write was still queued would send bytes of a later piece in its place.
    const pieces = 24;
    const expected = createHash('sha1');
    const buffer = Buffer.alloc(MIB);
    async function* lend(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < pieces; i++) {
        buffer.fill(i + 1);
        buffer.writeUInt32BE(i, 0);
        expected.update(buffer);
        yield buffer;
      }
    }
    const body: LendingBody = {
      [Symbol.asyncIterator]: () => {
        throw new Error('NodeTransport should ask for lent chunks');
      },
      [LEND_CHUNKS]: lend,
    };

    const response = await transport.request({
      method: 'POST',
      url: sink.url,
      headers: { 'content-type': 'application/octet-stream' },
      body,
    });

    const received = JSON.parse(response.body) as unknown;
    assert.deepEqual(received, { size: pieces * MIB, sha1: expected.digest('hex') });
  });
});

/** The bytes the emulator stored for a photo, fetched from its original's URL. */
async function originalBytes(flickr: FlickrAPI, photoId: string): Promise<Buffer> {
  const sizes = await flickr.photos.getSizes({ photo_id: photoId });
  const list = (sizes['sizes'] as { size: { label: string; source: string }[] }).size;
  const original = list.find((size) => size.label === 'Original');
  assert.ok(original, 'the emulator lists the original');

  return Buffer.from(await (await fetch(original.source)).arrayBuffer());
}

describe('lent chunks against the emulator', () => {
  let emulator: RunningEmulator;

  before(async () => {
    emulator = await startEmulator({ photosPerUser: 0, users: 1 });
  });
  after(async () => {
    await emulator.close();
  });

  it('stores exactly the bytes of a file larger than both buffers', async (t) => {
    const { flickr } = emulatorClient(emulator);
    t.after(() => flickr.close());
    const { path, bytes } = await randomFile('several-chunks.jpg', 7 * MIB + 4321);

    const { photoId } = await flickr.upload(path);

    const stored = await originalBytes(flickr, photoId);
    assert.equal(stored.length, bytes.length);
    assert.equal(sha1(stored), sha1(bytes));
  });

  it('a transport that does not ask for lent chunks uploads the file as well', async (t) => {
    // FetchTransport iterates the body as it is: the path of any transport but NodeTransport.
    const transport = new FetchTransport(globalThis.fetch);
    const { flickr } = emulatorClient(emulator, { transport });
    t.after(() => flickr.close());
    const { path, bytes } = await randomFile('fetched.jpg', 2 * MIB + 777);

    const { photoId } = await flickr.upload(path);

    assert.equal(sha1(await originalBytes(flickr, photoId)), sha1(bytes));
  });

  it('a retried upload reads the file again from its start', async (t) => {
    const retries: number[] = [];
    const { flickr } = emulatorClient(emulator, {
      retry: { writes: true, baseDelayMs: 1, onRetry: (event) => retries.push(event.attempt) },
    });
    t.after(() => flickr.close());
    const { path, bytes } = await randomFile('retried.jpg', 3 * MIB + 99);
    emulator.injectFaults([{ status: 503, count: 1, path: '/services/upload' }]);

    const { photoId } = await flickr.upload(path);

    assert.equal(retries.length, 1);
    assert.equal(sha1(await originalBytes(flickr, photoId)), sha1(bytes));
  });
});
