import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import busboy from 'busboy';
import OAuth from 'oauth-1.0a';

import { FlickrAPI } from '../../src/client/flickr-api.js';
import { FlickrAbortError, FlickrTimeoutError } from '../../src/errors.js';
import { MemoryTokenStore } from '../../src/tokens/memory-token-store.js';
import type { OAuthToken } from '../../src/tokens/token.js';
import type { UploadProgress } from '../../src/upload/progress.js';
import { testToken } from '../support/test-token.js';

const TOKEN = testToken();
const oauth = new OAuth({
  consumer: { key: 'key', secret: 'secret' },
  signature_method: 'HMAC-SHA1',
  hash_function: (base, key) => createHmac('sha1', key).update(base).digest('base64'),
});

interface Received {
  fields: Record<string, string>;
  filename: string;
  mimeType: string;
  bytes: number;
  headers: IncomingMessage['headers'];
  signatureValid: boolean;
}

/** A server that checks the OAuth signature over the text fields only, then answers. */
async function uploadServer(answer: (r: Received) => string): Promise<{
  url: string; received: Received[]; server: Server;
}> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const fields: Record<string, string> = {};
    let filename = '';
    let mimeType = '';
    let bytes = 0;
    const parser = busboy({ headers: req.headers, defParamCharset: 'utf8' });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (_field, stream, info) => {
      filename = info.filename ?? '';
      mimeType = info.mimeType;
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      stream.on('error', () => undefined);
    });
    let aborted = false;
    parser.on('close', () => {
      if (aborted) return;
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${req.url ?? ''}`;
      const header = oauthHeader(req.headers.authorization ?? '');
      const { oauth_signature: signature, ...oauthData } = header;
      const data = fields;
      const expected = oauth.getSignature({ url, method: 'POST', data }, TOKEN.tokenSecret,
        oauthData as unknown as OAuth.Data);
      const signatureValid = expected === signature;
      const entry = { fields, filename, mimeType, bytes, headers: req.headers, signatureValid };
      received.push(entry);
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(answer(entry));
    });
    req.on('aborted', () => {
      aborted = true;
      parser.destroy();
    });
    parser.on('error', () => undefined);
    req.pipe(parser);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/upload/`;

  return { url, received, server };
}

/** The `oauth_*` parameters of an `Authorization: OAuth ...` header, decoded. */
function oauthHeader(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of header.matchAll(/(\w+)="([^"]*)"/g)) {
    out[match[1] ?? ''] = decodeURIComponent(match[2] ?? '');
  }
  return out;
}

/** A client pointed at the local server (whose URL ends in /services/upload/). */
function client(url: string, token: OAuthToken | null = TOKEN): FlickrAPI {
  return new FlickrAPI('key', 'secret', {
    endpoint: url.replace('/services/upload/', ''),
    tokenStore: new MemoryTokenStore(),
    userAgent: 'flickrapi-ts test',
    ...(token === null ? {} : { token }),
  });
}

const DATA = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(3_000_000, 1)]);

test('uploads with a signature over the text fields only and an exact length', async (t) => {
  const { url, received, server } = await uploadServer(() =>
    '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n<photoid>42</photoid>\n</rsp>\n');
  t.after(() => server.close());
  const progress: number[] = [];
  const flickr = client(url);
  t.after(() => flickr.close());
  const result = await flickr.upload({ data: DATA, filename: 'Beach Day.JPG' }, {
    tags: ['sea', 'summer 2024'],
    is_public: true,
    onProgress: (p: UploadProgress) => progress.push(p.sent),
  });

  assert.deepEqual(result, { photoId: '42' });
  const got = received[0];
  assert.ok(got);
  assert.equal(got.signatureValid, true);
  assert.equal(got.fields['title'], 'Beach Day');
  assert.equal(got.fields['tags'], 'sea "summer 2024"');
  assert.equal(got.fields['is_public'], '1');
  assert.equal(oauthHeader(String(got.headers.authorization))['oauth_token'], TOKEN.token);
  assert.equal(got.filename, 'Beach Day.JPG');
  assert.equal(got.mimeType, 'image/jpeg');
  assert.equal(got.bytes, DATA.length);
  assert.ok(Number(got.headers['content-length']) > DATA.length);
  assert.equal(got.headers['transfer-encoding'], undefined);
  assert.equal(got.headers['user-agent'], 'flickrapi-ts test');
  assert.equal(progress[0], 0);
  assert.equal(progress.at(-1), DATA.length);
});

test('streams of unknown size go chunked; replace sends photo_id and no title', async (t) => {
  const { url, received, server } = await uploadServer(() =>
    '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n' +
      '<photoid secret="s1" originalsecret="o1">7</photoid>\n</rsp>\n');
  t.after(() => server.close());
  async function* stream(): AsyncGenerator<Uint8Array> {
    yield DATA.subarray(0, 1000);
    yield DATA.subarray(1000);
  }
  const { Readable } = await import('node:stream');
  const flickr = client(url);
  t.after(() => flickr.close());
  const source = { data: Readable.from(stream()), filename: 'clip.mov' };
  const result = await flickr.replace(source, '7');
  assert.deepEqual(result, { photoId: '7', secret: 's1', originalSecret: 'o1' });
  const got = received[0];
  assert.ok(got);
  assert.equal(got.signatureValid, true);
  assert.equal(got.fields['photo_id'], '7');
  assert.equal(got.fields['title'], undefined);
  assert.equal(got.headers['transfer-encoding'], 'chunked');
  assert.equal(got.mimeType, 'video/quicktime');
  assert.equal(got.bytes, DATA.length);
});

test('needs a token, and a cancelled upload ends with an abort error', async (t) => {
  const { url, server } = await uploadServer(() => '<rsp stat="ok"><photoid>1</photoid></rsp>');
  t.after(() => server.close());
  const anonymous = client(url, null);
  t.after(() => anonymous.close());
  await assert.rejects(anonymous.upload(DATA), /needs an access token/);

  const flickr = client(url);
  t.after(() => flickr.close());
  const controller = new AbortController();
  const upload = flickr.upload(DATA, {
    signal: controller.signal,
    onProgress: (p: UploadProgress) => {
      if (p.sent >= DATA.length / 2) controller.abort();
    },
  });
  await assert.rejects(upload, (e: unknown) => e instanceof FlickrAbortError &&
    e.message === 'upload: cancelled');
});

test('a stalled upload fails after the inactivity timeout', async (t) => {
  // A server that never reads the body: the socket fills, the transport stops pulling.
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const port = (server.address() as AddressInfo).port;
  const flickr = client(`http://127.0.0.1:${port}/services/upload/`);
  t.after(() => flickr.close());
  const big = Buffer.alloc(64 * 1024 * 1024);
  big.set([0xff, 0xd8, 0xff]);
  await assert.rejects(flickr.upload(big, { timeout: 300 }), (e: unknown) =>
    e instanceof FlickrTimeoutError && e.timeoutMs === 300);
});

test('an inactivity limit longer than a timer can hold is no limit, as a client timeout is',
  async (t) => {
    // setTimeout fires at once past about 24.8 days: a 30-day limit re-armed its timer every
    // millisecond of the upload, each time with a TimeoutOverflowWarning.
    const { url, server } = await uploadServer(() => '<rsp stat="ok"><photoid>5</photoid></rsp>');
    t.after(() => server.close());
    const flickr = client(url);
    t.after(() => flickr.close());
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(warning.name);
    };
    process.on('warning', onWarning);
    t.after(() => process.off('warning', onWarning));

    const result = await flickr.upload(DATA, { timeout: 30 * 24 * 3600 * 1000 });
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve));

    assert.deepEqual(result, { photoId: '5' });
    assert.deepEqual(warnings, []);
  });
