import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';

import busboy from 'busboy';

import { FlickrAbortError, FlickrUsageError } from '../../src/errors.js';
import { multipartBody } from '../../src/upload/multipart-body.js';
import { trackProgress, type UploadProgress } from '../../src/upload/progress.js';

async function* pieces(data: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function collect(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

interface Parsed {
  fields: [string, string][];
  files: { field: string; filename: string; mimeType: string; data: Buffer }[];
}

function parse(contentType: string, body: Buffer): Promise<Parsed> {
  return new Promise((resolve, reject) => {
    const parsed: Parsed = { fields: [], files: [] };
    const parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8' });
    parser.on('field', (name, value) => parsed.fields.push([name, value]));
    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => parsed.files.push({
        field, filename: info.filename ?? '', mimeType: info.mimeType, data: Buffer.concat(chunks),
      }));
    });
    parser.on('close', () => resolve(parsed));
    parser.on('error', reject);
    Readable.from([body]).pipe(parser);
  });
}

const DATA = Buffer.from(Array.from({ length: 100_000 }, (_, i) => i % 251));

test('builds a body that a multipart parser reads back, with an exact length', async () => {
  const fields: [string, string][] = [
    ['title', 'Été "à" Paris'],
    ['description', 'line one\r\nline two'],
    ['oauth_signature', 'abc+/='],
  ];
  const built = multipartBody(fields, {
    field: 'photo', filename: 'vacances d\'été.MOV', contentType: 'video/quicktime',
    size: DATA.length, chunks: pieces(DATA, 7000),
  });
  assert.match(built.contentType, /^multipart\/form-data; boundary=----flickrapi-ts-[0-9a-f]{32}$/);
  const body = await collect(built.body);
  assert.equal(body.length, built.contentLength);
  const parsed = await parse(built.contentType, body);
  assert.deepEqual(parsed.fields, fields);
  assert.equal(parsed.files.length, 1);
  assert.equal(parsed.files[0]?.filename, 'vacances d\'été.MOV');
  assert.equal(parsed.files[0]?.mimeType, 'video/quicktime');
  assert.deepEqual(parsed.files[0]?.data, DATA);
});

test('leaves the length unknown when the size is', async () => {
  const built = multipartBody([], {
    field: 'photo', filename: 'a.jpg', contentType: 'image/jpeg', size: undefined,
    chunks: pieces(DATA, 4096),
  });
  assert.equal(built.contentLength, undefined);
  const parsed = await parse(built.contentType, await collect(built.body));
  assert.deepEqual(parsed.files[0]?.data, DATA);
});

test('a file that does not match its announced size is an error', async () => {
  const short = multipartBody([], {
    field: 'photo', filename: 'a.jpg', contentType: 'image/jpeg', size: DATA.length + 1,
    chunks: pieces(DATA, 4096),
  });
  const expected = /gave only 100000 bytes, but its size was given as 100001/;
  await assert.rejects(collect(short.body), expected);
  const long = multipartBody([], {
    field: 'photo', filename: 'a.jpg', contentType: 'image/jpeg', size: 10,
    chunks: pieces(DATA, 4096),
  });
  await assert.rejects(collect(long.body), FlickrUsageError);
  assert.throws(() => multipartBody([['x', '--b--']], {
    field: 'photo', filename: 'a.jpg', contentType: 'image/jpeg', size: 0, chunks: pieces(DATA, 1),
  }, 'b'), /contains the multipart boundary/);
});

test('reports progress as bytes are pulled, up to the total', async () => {
  const seen: UploadProgress[] = [];
  const onProgress = (p: UploadProgress): void => {
    seen.push(p);
  };
  const tracked = trackProgress(pieces(DATA, 30_000), DATA.length, onProgress, undefined, 'upload');
  const iterator = tracked[Symbol.asyncIterator]();
  await iterator.next();
  assert.deepEqual(seen, [{ sent: 0, total: DATA.length }], 'counted only once pulled further');
  while (!(await iterator.next()).done);
  assert.deepEqual(seen.map((p) => p.sent), [0, 30_000, 60_000, 90_000, 100_000]);
});

test('stops reading the source once cancelled', async () => {
  const controller = new AbortController();
  let closed = false;
  async function* source(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) yield DATA;
    } finally {
      closed = true;
    }
  }
  let pulled = 0;
  await assert.rejects(async () => {
    const tracked = trackProgress(source(), undefined, undefined, controller.signal, 'upload');
    for await (const chunk of tracked) {
      pulled += chunk.length;
      if (pulled >= 3 * DATA.length) controller.abort();
    }
  }, (e: unknown) => e instanceof FlickrAbortError && e.message === 'upload: cancelled');
  assert.equal(pulled, 3 * DATA.length);
  assert.equal(closed, true);
});
