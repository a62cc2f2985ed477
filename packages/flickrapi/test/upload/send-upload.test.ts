import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import busboy from 'busboy';
import OAuth from 'oauth-1.0a';

import { FlickrAbortError } from '../../src/errors.js';
import type { OAuthToken } from '../../src/tokens/token.js';
import { sendUpload, type UploadContext } from '../../src/upload/send-upload.js';
import { replaceFields, uploadFields } from '../../src/upload/upload-params.js';
import { openUploadSource } from '../../src/upload/upload-source.js';
import { testTransport } from './test-transport.js';

const TOKEN: OAuthToken = {
  token: '72157626318069415-087bfc7b5816092c',
  tokenSecret: 'a202d1f853ec69de',
  perms: 'write',
  fullname: '',
  username: 'u',
  userNsid: '1@N01',
};
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
      const { oauth_signature: signature, ...rest } = fields;
      const entries = Object.entries(rest);
      const data = Object.fromEntries(entries.filter(([k]) => !k.startsWith('oauth_')));
      const oauthData = Object.fromEntries(entries.filter(([k]) => k.startsWith('oauth_')));
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
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/upload/`;

  return { url, received, server };
}

function context(url: string, token: OAuthToken | undefined = TOKEN): UploadContext {
  return {
    transport: testTransport(), url, consumerKey: 'key', consumerSecret: 'secret', token,
    userAgent: 'flickrapi-ts test',
  };
}

const DATA = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(3_000_000, 1)]);

test('uploads with a signature over the text fields only and an exact length', async (t) => {
  const { url, received, server } = await uploadServer(() =>
    '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n<photoid>42</photoid>\n</rsp>\n');
  t.after(() => server.close());
  const source = await openUploadSource({ data: DATA, filename: 'Beach Day.JPG' });
  const progress: number[] = [];
  const result = await sendUpload(context(url), 'upload', source,
    uploadFields({ tags: ['sea', 'summer 2024'], is_public: true }, source.filename),
    { onProgress: (p) => progress.push(p.sent) });

  assert.deepEqual(result, { photoId: '42' });
  const got = received[0];
  assert.ok(got);
  assert.equal(got.signatureValid, true);
  assert.equal(got.fields['title'], 'Beach Day');
  assert.equal(got.fields['tags'], 'sea "summer 2024"');
  assert.equal(got.fields['oauth_token'], TOKEN.token);
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
  const source = await openUploadSource({ data: Readable.from(stream()), filename: 'clip.mov' });
  const result = await sendUpload(context(url), 'replace', source, replaceFields('7', {}));
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
  const source = await openUploadSource(DATA);
  const anonymous = { ...context(url), token: undefined };
  await assert.rejects(sendUpload(anonymous, 'upload', source, []), /needs an access token/);

  const controller = new AbortController();
  const upload = sendUpload(context(url), 'upload', source, uploadFields({}, 'a.jpg'), {
    signal: controller.signal,
    onProgress: (p) => {
      if (p.sent >= DATA.length / 2) controller.abort();
    },
  });
  await assert.rejects(upload, (e: unknown) => e instanceof FlickrAbortError &&
    e.message === 'upload: cancelled');
});
