import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  authorizationHeader,
  baseStringUri,
  hmacSha1Signature,
  normalizeParams,
  percentEncode,
  queryParams,
  signatureBaseString,
  signingKey,
  signOAuthParams,
  signOAuthQuery,
  type RequestParam,
} from '../../src/oauth/index.js';

describe('RFC 5849 known answers', () => {
  it('signs the section 1.2 example (photos.example.net)', () => {
    const url = 'http://photos.example.net/photos?file=vacation.jpg&size=original';
    const params: RequestParam[] = [
      ...queryParams(url),
      ['oauth_consumer_key', 'dpf43f3p2l4k3l03'],
      ['oauth_token', 'nnch734d00sl2jdk'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131202'],
      ['oauth_nonce', 'chapoH'],
    ];
    const base = signatureBaseString('GET', url, params);

    assert.equal(
      base,
      'GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3D'
        + 'dpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26'
        + 'oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal',
    );
    const key = signingKey('kd94hf93k423kf44', 'pfkkdhi9sl3r4s00');
    assert.equal(hmacSha1Signature(base, key), 'MdpQcU8iPSUjWoN/UDMsK2sui9I=');
  });

  it('builds the section 3.4.1.1 base string from query, body and header', () => {
    const url = 'http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b';
    const body = 'c2&a3=2+q';
    const header: RequestParam[] = [
      ['oauth_consumer_key', '9djdj82h48djs9d2'],
      ['oauth_token', 'kkk9d7dh3k39sjv7'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131201'],
      ['oauth_nonce', '7d8f3e4a'],
    ];
    const params = [...queryParams(url), ...queryParams(`?${body}`), ...header];

    assert.equal(
      signatureBaseString('post', url, params),
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D'
        + '%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26'
        + 'oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D'
        + '137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    );
  });

  it('normalizes the section 3.4.1.3.2 parameters in order', () => {
    const params = queryParams(
      '?b5=%3D%253D&a3=a&c%40=&a2=r%20b&c2&a3=2+q&oauth_consumer_key=9djdj82h48djs9d2'
        + '&oauth_token=kkk9d7dh3k39sjv7&oauth_signature_method=HMAC-SHA1'
        + '&oauth_timestamp=137131201&oauth_nonce=7d8f3e4a',
    );

    assert.equal(
      normalizeParams(params),
      'a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&c2=&oauth_consumer_key=9djdj82h48djs9d2'
        + '&oauth_nonce=7d8f3e4a&oauth_signature_method=HMAC-SHA1&oauth_timestamp=137131201'
        + '&oauth_token=kkk9d7dh3k39sjv7',
    );
  });

  it('builds base string URIs as section 3.4.1.2 shows', () => {
    assert.equal(
      baseStringUri('HTTP://EXAMPLE.COM:80/r%20v/X?id=123'),
      'http://example.com/r%20v/X',
    );
    assert.equal(
      baseStringUri('https://www.example.net:8080/?q=1'),
      'https://www.example.net:8080/',
    );
    assert.equal(baseStringUri('https://api.flickr.com:443'), 'https://api.flickr.com/');
    assert.equal(
      baseStringUri('http://127.0.0.1:18931/services/rest/'),
      'http://127.0.0.1:18931/services/rest/',
    );
  });

  it('sorts a name before a longer name it is a prefix of', () => {
    assert.equal(normalizeParams([['a-b', '1'], ['a', '2'], ['a.', '0']]), 'a=2&a-b=1&a.=0');
  });

  it('percent-encodes reserved, non-ASCII and astral characters', () => {
    assert.equal(percentEncode(" +*~!'()%-._"), '%20%2B%2A~%21%27%28%29%25-._');
    assert.equal(percentEncode('Å日😀'), '%C3%85%E6%97%A5%F0%9F%98%80');
    assert.equal(percentEncode('a\uD800b'), 'a%EF%BF%BDb');
  });
});

describe('Flickr known answers', () => {
  it('signs the request-token example', () => {
    const signed = signOAuthParams({
      method: 'GET',
      url: 'https://www.flickr.com/services/oauth/request_token',
      params: [],
      consumerKey: '768fe946d252b119746fda82e1599980',
      consumerSecret: '1a3c208e172d3edc',
      callback: 'http://www.wackylabs.net/oauth/test',
      nonce: 'C2F26CD5C075BA9050AD8EE90644CF29',
      timestamp: 1316657628,
    });
    const base = signatureBaseString(
      'GET',
      'https://www.flickr.com/services/oauth/request_token',
      signed.slice(0, -1),
    );

    assert.equal(
      base,
      'GET&https%3A%2F%2Fwww.flickr.com%2Fservices%2Foauth%2Frequest_token&oauth_callback%3D'
        + 'http%253A%252F%252Fwww.wackylabs.net%252Foauth%252Ftest%26oauth_consumer_key%3D'
        + '768fe946d252b119746fda82e1599980%26oauth_nonce%3DC2F26CD5C075BA9050AD8EE90644CF29%26'
        + 'oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1316657628%26oauth_version%3D1.0',
    );
    assert.deepEqual(signed.at(-1), ['oauth_signature', 'C2dT+JtfKMQ/IGjezSsQS/OoeV8=']);
  });

  it('signs the REST flickr.test.login example', () => {
    const signed = signOAuthParams({
      method: 'GET',
      url: 'https://api.flickr.com/services/rest',
      params: [['nojsoncallback', '1'], ['format', 'json'], ['method', 'flickr.test.login']],
      consumerKey: '653e7a6ecc1d528c516cc8f92cf98611',
      consumerSecret: 'consumersecret',
      token: '72157626318069415-087bfc7b5816092c',
      tokenSecret: 'a202d1f853ec69de',
      nonce: '84354935',
      timestamp: '1305583871',
    });

    assert.deepEqual(signed.at(-1), ['oauth_signature', 'mNW/NubSwG8wyISbjf/19o5DCCg=']);
    assert.deepEqual(signed.slice(0, 3), [
      ['nojsoncallback', '1'], ['format', 'json'], ['method', 'flickr.test.login'],
    ]);
  });

  it('signs the REST example straight to a query string', () => {
    const query = signOAuthQuery({
      method: 'GET',
      url: 'https://api.flickr.com/services/rest',
      params: [['nojsoncallback', '1'], ['format', 'json'], ['method', 'flickr.test.login']],
      consumerKey: '653e7a6ecc1d528c516cc8f92cf98611',
      consumerSecret: 'consumersecret',
      token: '72157626318069415-087bfc7b5816092c',
      tokenSecret: 'a202d1f853ec69de',
      nonce: '84354935',
      timestamp: '1305583871',
    });

    assert.equal(
      query,
      'format=json&method=flickr.test.login&nojsoncallback=1'
        + '&oauth_consumer_key=653e7a6ecc1d528c516cc8f92cf98611&oauth_nonce=84354935'
        + '&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1305583871'
        + '&oauth_token=72157626318069415-087bfc7b5816092c&oauth_version=1.0'
        + '&oauth_signature=mNW%2FNubSwG8wyISbjf%2F19o5DCCg%3D',
    );
    assert.throws(
      () => signOAuthQuery({ method: 'GET', url: 'https://x/?a=1', params: [], consumerKey: 'k',
        consumerSecret: 's' }),
      /has a query string/,
    );
  });

  it('signs query parameters already in the URL', () => {
    const common = {
      method: 'GET',
      consumerKey: '653e7a6ecc1d528c516cc8f92cf98611',
      consumerSecret: 'consumersecret',
      token: '72157626318069415-087bfc7b5816092c',
      tokenSecret: 'a202d1f853ec69de',
      nonce: '84354935',
      timestamp: '1305583871',
    };
    const signed = signOAuthParams({
      ...common,
      url: 'https://api.flickr.com/services/rest?nojsoncallback=1&format=json',
      params: [['method', 'flickr.test.login']],
    });

    assert.equal(signed.length, 1 + 6 + 1);
    assert.deepEqual(signed.at(-1), ['oauth_signature', 'mNW/NubSwG8wyISbjf/19o5DCCg=']);
  });

  it('writes the Authorization header with encoded, quoted oauth_* values only', () => {
    const header = authorizationHeader(
      [['method', 'x'], ['oauth_nonce', 'a b'], ['oauth_signature', 'ab+/=']],
      'Flickr',
    );

    assert.equal(
      header,
      'OAuth realm="Flickr", oauth_nonce="a%20b", oauth_signature="ab%2B%2F%3D"',
    );
  });
});

describe('nonce and timestamp', () => {
  it('uses a fresh nonce and a timestamp in seconds', () => {
    const input = {
      method: 'GET', url: 'https://api.flickr.com/services/rest/', params: [],
      consumerKey: 'k', consumerSecret: 's',
    };
    const before = Math.floor(Date.now() / 1000);
    const a = new Map(signOAuthParams(input));
    const b = new Map(signOAuthParams(input));
    const after = Math.floor(Date.now() / 1000);

    assert.notEqual(a.get('oauth_nonce'), b.get('oauth_nonce'));
    assert.match(a.get('oauth_nonce') ?? '', /^[0-9a-f-]{36}$/);
    const ts = Number(a.get('oauth_timestamp'));
    assert.ok(ts >= before && ts <= after, `timestamp ${ts} in seconds`);
    assert.equal(a.has('oauth_token'), false);
  });
});

describe('signing arguments', () => {
  it('refuses names and values that are not strings, naming the parameter', () => {
    const sign = (params: unknown[]): unknown => signOAuthParams({
      method: 'GET', url: 'https://api.flickr.com/services/rest/', consumerKey: 'k',
      consumerSecret: 's', params: params as RequestParam[],
    });
    assert.throws(() => sign([['per_page', 100]]), {
      name: 'FlickrUsageError',
      message: 'OAuth signing: the value of parameter "per_page" must be a string, got number',
    });
    assert.throws(() => sign([['photo_ids', ['1', '2']]]), /"photo_ids" must be a string, got an array/);
    assert.throws(() => sign([[7, 'x']]), /a parameter name must be a string, got number/);
    assert.throws(() => sign([['tags', null]]), /"tags" must be a string, got null/);
  });
});

