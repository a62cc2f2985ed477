import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hmacSha1Signature, signatureBaseString } from '../src/oauth/signature.js';
import { harness, type Harness } from './helpers/emulator.js';
import {
  authHeader,
  formEncode,
  protocolParams,
  sign,
  signedFetch,
  type Pair,
  type Placement,
} from './helpers/oauth-signer.js';

describe('signature primitives', () => {
  it('reproduces the request_token vector', () => {
    const params: [string, string][] = [
      ['oauth_callback', 'http://www.wackylabs.net/oauth/test'],
      ['oauth_consumer_key', '768fe946d252b119746fda82e1599980'],
      ['oauth_nonce', 'C2F26CD5C075BA9050AD8EE90644CF29'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1316657628'],
      ['oauth_version', '1.0'],
    ];
    const sbs = signatureBaseString(
      'GET',
      'https://www.flickr.com/services/oauth/request_token',
      params,
    );
    assert.equal(
      sbs,
      'GET&https%3A%2F%2Fwww.flickr.com%2Fservices%2Foauth%2Frequest_token&oauth_callback%3D' +
        'http%253A%252F%252Fwww.wackylabs.net%252Foauth%252Ftest%26oauth_consumer_key%3D' +
        '768fe946d252b119746fda82e1599980%26oauth_nonce%3DC2F26CD5C075BA9050AD8EE90644CF29' +
        '%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1316657628' +
        '%26oauth_version%3D1.0',
    );
    assert.equal(hmacSha1Signature(sbs, '1a3c208e172d3edc', ''), 'C2dT+JtfKMQ/IGjezSsQS/OoeV8=');
  });

  it('reproduces the REST vector', () => {
    const params: [string, string][] = [
      ['nojsoncallback', '1'],
      ['format', 'json'],
      ['method', 'flickr.test.login'],
      ['oauth_consumer_key', '653e7a6ecc1d528c516cc8f92cf98611'],
      ['oauth_nonce', '84354935'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1305583871'],
      ['oauth_token', '72157626318069415-087bfc7b5816092c'],
      ['oauth_version', '1.0'],
    ];
    const sbs = signatureBaseString('GET', 'https://api.flickr.com/services/rest', params);
    assert.equal(
      hmacSha1Signature(sbs, 'consumersecret', 'a202d1f853ec69de'),
      'mNW/NubSwG8wyISbjf/19o5DCCg=',
    );
  });
});

describe('signature verification on the wire', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.emu.close());

  const login = { method: 'flickr.test.login', format: 'json', nojsoncallback: '1' };

  for (const placement of ['query', 'header', 'form', 'multipart'] as Placement[]) {
    it(`accepts parameters in the ${placement}`, async () => {
      const response = await signedFetch(
        'POST',
        `${h.emu.url}/services/rest/`,
        login,
        h.creds('read'),
        placement,
      );
      const body = (await response.json()) as { stat: string; user: { id: string } };
      assert.equal(body.stat, 'ok');
      assert.equal(body.user.id, h.emu.users[0]?.nsid);
    });
  }

  it('accepts a signature over the canonical Flickr URL (with or without slash)', async () => {
    const creds = h.creds('read');
    for (const canonical of [
      'https://api.flickr.com/services/rest',
      'https://api.flickr.com/services/rest/',
    ]) {
      const path = new URL(canonical).pathname;
      const params = sign(
        'GET',
        canonical,
        [...(Object.entries(login) as Pair[]), ...protocolParams(creds)],
        creds,
      );
      const response = await fetch(`${h.emu.url}${path}?${formEncode(params)}`);
      assert.equal(response.status, 200, canonical);
    }
  });

  it('accepts a signature over the https form of the emulator URL', async () => {
    const creds = h.creds('read');
    const secure = `${h.emu.url.replace('http:', 'https:')}/services/rest/`;
    const params = sign(
      'GET',
      secure,
      [['method', 'flickr.test.login'], ...protocolParams(creds)],
      creds,
    );
    const response = await fetch(`${h.emu.url}/services/rest/?${formEncode(params)}`);
    assert.equal(response.status, 200);
    await response.text();
  });

  it('decodes + as a space in query and form bodies', async () => {
    const creds = h.creds('read');
    const params = sign(
      'GET',
      `${h.emu.url}/services/rest/`,
      [
        ['method', 'flickr.test.echo'],
        ['greeting', 'hello world'],
        ['format', 'json'],
        ['nojsoncallback', '1'],
        ...protocolParams(creds),
      ],
      creds,
    );
    const query = formEncode(params).replace('hello%20world', 'hello+world');
    const body = (await (await fetch(`${h.emu.url}/services/rest/?${query}`)).json()) as Record<
      string,
      any
    >;
    assert.equal(body.greeting._content, 'hello world');
  });

  it('rejects a signature wrong in any single byte, and accepts the correct one', async () => {
    const creds = h.creds('read');
    const url = `${h.emu.url}/services/rest/`;
    const base = [
      ['method', 'flickr.test.login'],
      ['note', 'abc'],
      ...protocolParams(creds),
    ] as Pair[];
    const signed = sign('GET', url, base, creds);
    const signature = signed.at(-1)?.[1] ?? '';
    const withoutSignature = signed.slice(0, -1);
    for (let i = 0; i < signature.length; i += 1) {
      const replacement = signature[i] === 'A' ? 'B' : 'A';
      const bad = signature.slice(0, i) + replacement + signature.slice(i + 1);
      const response = await fetch(
        `${url}?${formEncode([...withoutSignature, ['oauth_signature', bad]])}`,
      );
      assert.equal(response.status, 401, `signature byte ${i}`);
      assert.match(await response.text(), /^oauth_problem=signature_invalid&debug_sbs=GET&/);
    }
    const ok = await fetch(`${url}?${formEncode(signed)}`);
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /<rsp stat="ok">/);
  });

  it('rejects a signed parameter changed in any single byte', async () => {
    const creds = h.creds('read');
    const url = `${h.emu.url}/services/rest/`;
    const value = 'Sunset_42';
    const signed = sign(
      'GET',
      url,
      [['method', 'flickr.test.login'], ['note', value], ...protocolParams(creds)],
      creds,
    );
    for (let i = 0; i < value.length; i += 1) {
      const changed =
        value.slice(0, i) + String.fromCharCode(value.charCodeAt(i) ^ 1) + value.slice(i + 1);
      const tampered = signed.map(([k, v]): Pair => [k, k === 'note' ? changed : v]);
      const response = await fetch(`${url}?${formEncode(tampered)}`);
      assert.equal(response.status, 401, `param byte ${i}`);
    }
    assert.equal((await fetch(`${url}?${formEncode(signed)}`)).status, 200);
  });

  it('rejects a replayed request but not a reused nonce with another signature', async () => {
    const creds = h.creds('read');
    const url = `${h.emu.url}/services/rest/`;
    const oauth = protocolParams(creds);
    const first = sign('GET', url, [['method', 'flickr.test.login'], ...oauth], creds);
    assert.equal((await fetch(`${url}?${formEncode(first)}`)).status, 200);
    const replay = await fetch(`${url}?${formEncode(first)}`);
    assert.equal(replay.status, 401);
    assert.equal(await replay.text(), 'oauth_problem=nonce_used');
    const other = sign('GET', url, [['method', 'flickr.test.null'], ...oauth], creds);
    assert.equal((await fetch(`${url}?${formEncode(other)}`)).status, 200);
  });

  it('ignores realm in the Authorization header', async () => {
    const creds = h.creds('read');
    const url = `${h.emu.url}/services/rest/`;
    const signed = sign(
      'GET',
      url,
      [['method', 'flickr.test.login'], ...protocolParams(creds)],
      creds,
    );
    const oauth = signed.filter(([k]) => k.startsWith('oauth_'));
    const header = authHeader(oauth).replace('OAuth ', 'OAuth realm="Flickr", ');
    const response = await fetch(`${url}?method=flickr.test.login`, {
      headers: { Authorization: header },
    });
    assert.equal(response.status, 200);
  });
});
