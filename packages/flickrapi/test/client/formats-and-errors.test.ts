import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  FlickrAbortError,
  FlickrAPI,
  FlickrApiError,
  FlickrHttpError,
  FlickrNetworkError,
  FlickrOAuthError,
  FlickrResponseFormatError,
  FlickrTimeoutError,
  XmlElement,
} from '../../src/index.js';
import {
  byFormat,
  startTestServer,
  xmlFail,
  xmlOk,
  type TestServer,
} from './support/flickr-test-server.js';

const SECRET = 'consumer-secret-formats';
const LOGIN_JSON =
  '{"user":{"id":"21207597@N07","username":{"_content":"jamal & co"}},"stat":"ok"}';
const LOGIN_XML = xmlOk('<user id="21207597@N07">\n\t<username>jamal &amp; co</username>\n</user>');

describe('response formats', () => {
  let server: TestServer;
  let flickr: FlickrAPI;

  before(async () => {
    server = await startTestServer({ consumerSecret: SECRET });
    flickr = new FlickrAPI('key', SECRET, { endpoint: server.url });
  });
  after(async () => {
    flickr.close();
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
    server.handler = byFormat(LOGIN_JSON, LOGIN_XML);
  });

  it('parsed-json (default) returns the object with _content kept', async () => {
    const rsp = await flickr.test.login();

    assert.deepEqual(rsp, {
      user: { id: '21207597@N07', username: { _content: 'jamal & co' } },
      stat: 'ok',
    });
    assert.equal(server.requests[0]?.param('format'), 'json');
    assert.equal(server.requests[0]?.param('nojsoncallback'), '1');
  });

  it('xml returns the <rsp> element tree with path look-ups', async () => {
    const rsp = await flickr.test.login({}, { format: 'xml' });

    assert.ok(rsp instanceof XmlElement);
    assert.equal(rsp.name, 'rsp');
    assert.equal(rsp.attr('stat'), 'ok');
    assert.equal(rsp.find('user')?.attr('id'), '21207597@N07');
    assert.equal(rsp.text('user/username'), 'jamal & co');
    assert.equal(rsp.findAll('.//username').length, 1);
    assert.equal(server.requests[0]?.param('format'), 'rest');
  });

  it('json and rest return the text as sent', async () => {
    assert.equal(await flickr.test.login({}, { format: 'json' }), LOGIN_JSON);
    assert.equal(await flickr.call('flickr.test.login', {}, { format: 'rest' }), LOGIN_XML);
  });

  it('a client-wide format applies to every call and can be overridden', async () => {
    const xmlClient = new FlickrAPI('key', SECRET, { endpoint: server.url, format: 'xml' });
    try {
      const tree: XmlElement = await xmlClient.test.login();
      const text: string = await xmlClient.test.login({}, { format: 'json' });
      assert.equal(tree.text('user/username'), 'jamal & co');
      assert.equal(text, LOGIN_JSON);
    } finally {
      xmlClient.close();
    }
  });

  it('accepts a JSONP-wrapped reply', async () => {
    server.handler = () => ({ body: `jsonFlickrApi(${LOGIN_JSON})` });

    assert.equal((await flickr.test.login()).stat, 'ok');
  });
});

describe('errors', () => {
  let server: TestServer;
  let flickr: FlickrAPI;

  before(async () => {
    server = await startTestServer({ consumerSecret: SECRET });
    flickr = new FlickrAPI('key', SECRET, { endpoint: server.url, timeout: 2000 });
  });
  after(async () => {
    flickr.close();
    await server.close();
  });

  for (const format of ['parsed-json', 'xml', 'json', 'rest'] as const) {
    it(`stat="fail" throws FlickrApiError with code, message and method (${format})`, async () => {
      server.handler = byFormat(
        '{"stat":"fail","code":1,"message":"Photo \\"9\\" not found"}',
        xmlFail(1, 'Photo &quot;9&quot; not found'),
      );

      await assert.rejects(flickr.photos.getInfo({ photo_id: 9 }, { format }), (error: unknown) => {
        assert.ok(error instanceof FlickrApiError);
        assert.equal(error.code, 1);
        assert.equal(error.flickrMessage, 'Photo "9" not found');
        assert.equal(error.method, 'flickr.photos.getInfo');
        assert.equal(error.kind, 'api');

        return true;
      });
    });
  }

  it('HTTP 401 oauth_problem throws FlickrOAuthError with debug_sbs', async () => {
    const sbs = 'GET&http%3A%2F%2F127.0.0.1%2Fservices%2Frest%2F&method%3Dflickr.test.login';
    server.handler = () => ({
      status: 401,
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: `oauth_problem=signature_invalid&debug_sbs=${encodeURIComponent(sbs)}`,
    });

    await assert.rejects(flickr.test.login(), (error: unknown) => {
      assert.ok(error instanceof FlickrOAuthError);
      assert.equal(error.problem, 'signature_invalid');
      assert.equal(error.debugSbs, sbs);
      assert.equal(error.status, 401);
      assert.equal(error.url, `${server.url}/services/rest/`);

      return true;
    });
  });

  it('HTTP 429 throws FlickrHttpError with Retry-After', async () => {
    server.handler = () => ({ status: 429, headers: { 'retry-after': '7' }, body: 'slow down' });

    await assert.rejects(flickr.test.null(), (error: unknown) => {
      assert.ok(error instanceof FlickrHttpError);
      assert.equal(error.status, 429);
      assert.equal(error.retryAfterSeconds, 7);
      assert.equal(error.bodyExcerpt, 'slow down');
      assert.match(error.message, /^GET http:\/\/127\.0\.0\.1:\d+\/services\/rest\/: HTTP 429$/);

      return true;
    });
  });

  it('HTTP 500 throws FlickrHttpError with a short body excerpt', async () => {
    server.handler = () => ({ status: 500, headers: {}, body: `<html>${'x'.repeat(500)}</html>` });

    await assert.rejects(flickr.photos.delete({ photo_id: 1 }), (error: unknown) => {
      assert.ok(error instanceof FlickrHttpError);
      assert.equal(error.status, 500);
      assert.equal(error.method, 'POST');
      assert.equal(error.retryAfterSeconds, undefined);
      assert.ok(error.bodyExcerpt.length <= 201);

      return true;
    });
  });

  it('malformed XML throws FlickrResponseFormatError (xml and rest)', async () => {
    server.handler = () => ({ body: '<?xml version="1.0"?>\n<rsp stat="ok"><user id="1">' });

    for (const format of ['xml', 'rest'] as const) {
      await assert.rejects(flickr.test.login({}, { format }), FlickrResponseFormatError);
    }
  });

  it('malformed JSON throws FlickrResponseFormatError (parsed-json and json)', async () => {
    server.handler = () => ({ body: '{"user":{"id":"1"' });

    for (const format of ['parsed-json', 'json'] as const) {
      await assert.rejects(flickr.test.login({}, { format }), (error: unknown) => {
        assert.ok(error instanceof FlickrResponseFormatError);
        assert.equal(error.bodyExcerpt, '{"user":{"id":"1"');
        assert.match(error.message, /^flickr\.test\.login: expected a JSON object/);

        return true;
      });
    }
  });

  it('a reply without stat is a FlickrResponseFormatError', async () => {
    server.handler = byFormat('{"user":{}}', '<html><body>hi</body></html>');

    await assert.rejects(flickr.test.login(), FlickrResponseFormatError);
    await assert.rejects(flickr.test.login({}, { format: 'xml' }), FlickrResponseFormatError);
  });

  it('a reply slower than the timeout throws FlickrTimeoutError (per-call override)', async () => {
    server.handler = () => ({ hang: true });

    await assert.rejects(flickr.test.null({}, { timeout: 50 }), (error: unknown) => {
      assert.ok(error instanceof FlickrTimeoutError);
      assert.equal(error.timeoutMs, 50);
      assert.equal(error.url, `${server.url}/services/rest/`);

      return true;
    });
  });

  it('the constructor timeout applies by default', async () => {
    server.handler = () => ({ hang: true });
    const impatient = new FlickrAPI('key', SECRET, { endpoint: server.url, timeout: 40 });
    try {
      await assert.rejects(impatient.test.null(), (error: unknown) => {
        assert.ok(error instanceof FlickrTimeoutError);
        assert.equal(error.timeoutMs, 40);

        return true;
      });
    } finally {
      impatient.close();
    }
  });

  it('the caller\'s AbortSignal cancels with FlickrAbortError', async () => {
    server.handler = () => ({ hang: true });
    const controller = new AbortController();
    const arrived = new Promise<void>((resolve) => {
      server.handler = () => {
        resolve();

        return { hang: true };
      };
    });
    const call = flickr.test.null({}, { signal: controller.signal });
    await arrived;
    controller.abort();

    await assert.rejects(call, FlickrAbortError);
    await assert.rejects(flickr.test.null({}, { signal: controller.signal }), FlickrAbortError);
  });

  it('a connection reset throws FlickrNetworkError with the cause', async () => {
    // A server that hangs up on every connection: deterministic, unlike a closed port that
    // another test may take.
    const rude = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => rude.listen(0, '127.0.0.1', resolve));
    const { port } = rude.address() as net.AddressInfo;
    const offline = new FlickrAPI('key', SECRET, { endpoint: `http://127.0.0.1:${port}` });
    try {
      await assert.rejects(offline.test.null(), (error: unknown) => {
        assert.ok(error instanceof FlickrNetworkError);
        assert.equal((error.cause as NodeJS.ErrnoException).code, 'ECONNRESET');
        assert.match(error.message, /^GET http:\/\/127\.0\.0\.1:\d+\/services\/rest\/: network/);

        return true;
      });
    } finally {
      offline.close();
      await new Promise<void>((resolve) => rude.close(() => resolve()));
    }
  });
});
