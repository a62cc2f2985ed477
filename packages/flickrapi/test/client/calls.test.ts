import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { FlickrAPI, FlickrUsageError, type OAuthToken } from '../../src/index.js';
import { startTestServer, type TestServer } from './support/flickr-test-server.js';

const KEY = 'test-api-key';
const SECRET = 'consumer-secret-x1';
const TOKEN: OAuthToken = {
  token: '72157626318069415-087bfc7b5816092c',
  tokenSecret: 'token-secret-y2',
  perms: 'delete',
  fullname: 'Jamal Fanaian',
  username: 'jamalfanaian',
  userNsid: '21207597@N07',
};

describe('FlickrAPI calls on the wire', () => {
  let server: TestServer;
  let flickr: FlickrAPI;

  before(async () => {
    server = await startTestServer({ consumerSecret: SECRET, tokenSecret: TOKEN.tokenSecret });
    flickr = new FlickrAPI(KEY, SECRET, { endpoint: server.url, token: TOKEN });
  });
  after(async () => {
    flickr.close();
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
    server.handler = () => ({ body: '{"stat":"ok"}' });
  });

  it('sends getters with GET to /services/rest/, signed with the access token', async () => {
    await flickr.photos.getInfo({ photo_id: '123' });

    const [request] = server.requests;
    assert.equal(request?.method, 'GET');
    assert.equal(request.path, '/services/rest/');
    assert.equal(request.param('method'), 'flickr.photos.getInfo');
    assert.equal(request.param('photo_id'), '123');
    assert.equal(request.param('format'), 'json');
    assert.equal(request.param('nojsoncallback'), '1');
    assert.equal(request.param('oauth_token'), TOKEN.token);
    assert.equal(request.param('oauth_consumer_key'), KEY);
    assert.equal(request.param('api_key'), undefined);
    assert.equal(request.signatureValid, true);
  });

  it('sends setters and deleters with POST as an urlencoded body', async () => {
    await flickr.photos.setMeta({ photo_id: 5, title: 'Sunset & sea', description: 'día 1 😀' });
    await flickr.photos.delete({ photo_id: '6' });
    await flickr.call('flickr.photos.comments.addComment', { photo_id: '7', comment_text: 'x' });

    assert.deepEqual(server.requests.map((r) => r.method), ['POST', 'POST', 'POST']);
    const [setMeta] = server.requests;
    assert.match(setMeta?.headers['content-type'] ?? '', /^application\/x-www-form-urlencoded/);
    assert.equal(setMeta?.url.includes('?'), false, 'nothing in the query string');
    assert.equal(setMeta?.param('title'), 'Sunset & sea');
    assert.equal(setMeta?.param('description'), 'día 1 😀');
    assert.ok(server.requests.every((r) => r.signatureValid));
  });

  it('leaves out undefined, writes booleans 1/0, joins arrays, numbers in decimal', async () => {
    await flickr.photos.search({
      tags: ['cat', 'dog', 'ünï'],
      extras: 'url_m',
      has_geo: true,
      is_commons: false,
      text: undefined,
      per_page: 50,
      lat: 0.0000001,
      lon: -122.5,
    });

    const request = server.requests[0]!;
    assert.equal(request.param('tags'), 'cat,dog,ünï');
    assert.equal(request.param('has_geo'), '1');
    assert.equal(request.param('is_commons'), '0');
    assert.equal(request.params.some(([n]) => n === 'text'), false);
    assert.equal(request.url.includes('undefined'), false);
    assert.equal(request.param('per_page'), '50');
    assert.equal(request.param('lat'), '0.0000001');
    assert.equal(request.param('lon'), '-122.5');
    assert.equal(request.signatureValid, true);
  });

  it('writes dates as Unix seconds, taken dates as MySQL datetimes, days as dates', async () => {
    const when = new Date(Date.UTC(2024, 1, 29, 13, 4, 5, 999));
    await flickr.photos.search({
      min_upload_date: when,
      min_taken_date: when,
      max_taken_date: '2024',
    });
    await flickr.interestingness.getList({ date: when });
    await flickr.photos.getCounts({ dates: [when, 0] });

    const [search, interesting, counts] = server.requests;
    assert.equal(search?.param('min_upload_date'), String(Math.floor(when.getTime() / 1000)));
    assert.equal(search?.param('min_taken_date'), '2024-02-29 13:04:05');
    assert.equal(search?.param('max_taken_date'), '2024');
    assert.equal(interesting?.param('date'), '2024-02-29');
    assert.equal(counts?.param('dates'), `${Math.floor(when.getTime() / 1000)},0`);
  });

  it('POSTs a read whose query string would be too long', async () => {
    await flickr.photos.getInfo({ photo_id: '1', secret: 'x'.repeat(2000) });

    assert.equal(server.requests[0]?.method, 'POST');
    assert.equal(server.requests[0]?.signatureValid, true);
  });

  it('sends a User-Agent naming the library and Node', async () => {
    await flickr.test.null();

    assert.match(
      server.requests[0]?.headers['user-agent'] ?? '',
      /^flickrapi-ts\/\d+\.\d+\.\d+ \(\+node v\d+/,
    );
  });

  it('refuses an unknown method or a missing argument before sending anything', async () => {
    // @ts-expect-error: not a Flickr method
    await assert.rejects(flickr.call('flickr.photos.getInfoo', {}), (error: unknown) => {
      assert.ok(error instanceof FlickrUsageError);
      assert.match(error.message, /flickr\.photos\.getInfoo: no such Flickr method/);

      return true;
    });
    await assert.rejects(
      // @ts-expect-error: photo_id is required
      flickr.photos.getInfo({}),
      /flickr\.photos\.getInfo: "photo_id" is required/,
    );
    await assert.rejects(
      // @ts-expect-error: objects are not argument values
      flickr.photos.getInfo({ photo_id: { id: 1 } }),
      /"photo_id" must be a string, number, boolean, Date or array of those; got object/,
    );
    await assert.rejects(
      flickr.photos.getInfo({ photo_id: Number.NaN }),
      /"photo_id" must be a finite number/,
    );
    await assert.rejects(
      // @ts-expect-error: format is an option, not an argument
      flickr.photos.getInfo({ photo_id: 1, format: 'json' }),
      /"format" is set by the client/,
    );

    assert.equal(server.requests.length, 0);
  });

  it('signs with the API secret alone when there is no token', async () => {
    const anonymousServer = await startTestServer({ consumerSecret: SECRET });
    const anonymous = new FlickrAPI(KEY, SECRET, { endpoint: anonymousServer.url });
    try {
      await anonymous.photos.getRecent({ per_page: 1 });
      const request = anonymousServer.requests[0]!;
      assert.equal(request.param('oauth_token'), undefined);
      assert.equal(request.signatureValid, true);
    } finally {
      anonymous.close();
      await anonymousServer.close();
    }
  });

  it('fills oauth_token for checkToken from the token it signs with', async () => {
    await flickr.auth.oauth.checkToken();

    const request = server.requests[0]!;
    assert.deepEqual(
      request.params.filter(([n]) => n === 'oauth_token'),
      [['oauth_token', TOKEN.token]],
    );
  });

  it('reuses one keep-alive connection for sequential calls', async () => {
    const before = server.connections();
    for (let i = 0; i < 20; i++) await flickr.test.null();

    const opened = server.connections() - before;
    assert.ok(opened <= 1, `${opened} new connections`);
  });
});

describe('FlickrAPI endpoints and options', () => {
  it('resolves every endpoint under one base URL', () => {
    const flickr = new FlickrAPI(KEY, SECRET, { endpoint: 'http://127.0.0.1:8080/' });

    assert.deepEqual({ ...flickr.endpoints }, {
      rest: 'http://127.0.0.1:8080/services/rest/',
      upload: 'http://127.0.0.1:8080/services/upload/',
      replace: 'http://127.0.0.1:8080/services/replace/',
      requestToken: 'http://127.0.0.1:8080/services/oauth/request_token',
      authorize: 'http://127.0.0.1:8080/services/oauth/authorize',
      accessToken: 'http://127.0.0.1:8080/services/oauth/access_token',
    });
    flickr.close();
  });

  it('uses Flickr\'s hosts by default', () => {
    const flickr = new FlickrAPI(KEY, SECRET);

    assert.equal(flickr.endpoints.rest, 'https://api.flickr.com/services/rest/');
    assert.equal(flickr.endpoints.upload, 'https://up.flickr.com/services/upload/');
    assert.equal(flickr.endpoints.authorize, 'https://www.flickr.com/services/oauth/authorize');
    flickr.close();
  });

  it('rejects bad options with clear messages', () => {
    assert.throws(() => new FlickrAPI('', SECRET), /apiKey must be a non-empty string/);
    assert.throws(
      () => new FlickrAPI(KEY, SECRET, { endpoint: 'ftp://x' }),
      /endpoint: expected an http\(s\) URL/,
    );
    assert.throws(
      () => new FlickrAPI(KEY, SECRET, { timeout: -1 }),
      /timeout must be milliseconds > 0/,
    );
    assert.throws(
      // @ts-expect-error: not a format
      () => new FlickrAPI(KEY, SECRET, { format: 'php' }),
      /format must be parsed-json/,
    );
  });

  it('keeps the API secret and token secret out of the client\'s own properties', () => {
    const flickr = new FlickrAPI(KEY, SECRET, { token: TOKEN });
    const shown = JSON.stringify(Object.entries(flickr).filter(([k]) => k !== 'transport'));

    assert.equal(shown.includes(SECRET), false);
    assert.equal(shown.includes(TOKEN.tokenSecret), false);
    flickr.close();
  });
});

describe('FlickrAPI.signedRequest', () => {
  let server: TestServer;
  let flickr: FlickrAPI;

  before(async () => {
    server = await startTestServer({ consumerSecret: SECRET, tokenSecret: TOKEN.tokenSecret });
    flickr = new FlickrAPI(KEY, SECRET, { endpoint: server.url });
  });
  after(async () => {
    flickr.close();
    await server.close();
  });

  it('sends GET parameters in the query and returns the raw reply', async () => {
    server.handler = () => ({ status: 418, body: 'teapot' });
    const response = await flickr.signedRequest({
      method: 'GET',
      url: flickr.endpoints.requestToken,
      params: [['extra', 'a b']],
      token: null,
      callback: 'oob',
    });

    assert.equal(response.status, 418);
    assert.equal(response.body, 'teapot');
    const request = server.requests.at(-1)!;
    assert.equal(request.path, '/services/oauth/request_token');
    assert.equal(request.param('oauth_callback'), 'oob');
    assert.equal(request.param('extra'), 'a b');
    assert.equal(request.param('oauth_token'), undefined);
    assert.equal(request.signatureValid, true);
  });

  it('puts the OAuth parameters in the Authorization header when a body is given', async () => {
    server.handler = () => ({ body: 'ok' });
    await flickr.signedRequest({
      method: 'POST',
      url: flickr.endpoints.upload,
      params: [],
      token: TOKEN,
      body: new TextEncoder().encode('raw bytes'),
      headers: { 'content-type': 'application/octet-stream' },
    });

    const request = server.requests.at(-1)!;
    assert.match(request.headers.authorization ?? '', /^OAuth oauth_consumer_key="/);
    assert.equal(request.body, 'raw bytes');
    assert.equal(request.param('oauth_token'), TOKEN.token);
    assert.equal(request.signatureValid, true);
  });

  it('signs parameters already in the URL without repeating them', async () => {
    server.handler = () => ({ body: 'ok' });
    await flickr.signedRequest({
      method: 'GET',
      url: `${flickr.endpoints.rest}?method=flickr.test.null`,
      params: [['format', 'json']],
      token: TOKEN,
    });

    const request = server.requests.at(-1)!;
    assert.equal(request.params.filter(([n]) => n === 'method').length, 1);
    assert.equal(request.signatureValid, true);
  });
});
