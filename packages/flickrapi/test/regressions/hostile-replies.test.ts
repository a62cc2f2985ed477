// Replies a broken server or proxy sends that the client used to misread: failure codes that
// are not numbers, JSONP where JSON was asked for, and a byte order mark before the JSON.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  FlickrAPI,
  FlickrApiError,
  FlickrResponseFormatError,
  type ResponseFormat,
} from '../../src/index.js';
import { startTestServer, type TestServer } from '../client/support/flickr-test-server.js';

describe('replies the client used to misread', () => {
  let server: TestServer;
  let flickr: FlickrAPI;

  before(async () => {
    server = await startTestServer({ consumerSecret: 'secret' });
    flickr = new FlickrAPI('key', 'secret', { endpoint: server.url, storeToken: false });
  });
  after(async () => {
    flickr.close();
    await server.close();
  });

  async function rejection(body: string, format: ResponseFormat): Promise<unknown> {
    server.handler = () => ({ body });
    try {
      await flickr.call('flickr.test.echo', {}, { format });
    } catch (error) {
      return error;
    }
    assert.fail(`expected ${body} to be refused`);
  }

  const notCodes = ['null', 'true', '""', '[5]', '{}', '1.5'];
  for (const code of notCodes) {
    it(`does not read a JSON failure with "code": ${code} as a Flickr error code`, async () => {
      const error = await rejection(`{"stat":"fail","code":${code},"message":"m"}`, 'parsed-json');

      assert.ok(error instanceof FlickrResponseFormatError, String(error));
    });
  }

  for (const code of ['', ' ', 'abc', '1e2']) {
    it(`does not read <err code="${code}"> as a Flickr error code`, async () => {
      const error = await rejection(`<rsp stat="fail"><err code="${code}" msg="m"/></rsp>`, 'xml');

      assert.ok(error instanceof FlickrResponseFormatError, String(error));
    });
  }

  it('still reads a code sent as text, as Flickr does in XML and some JSON', async () => {
    const error = await rejection('{"stat":"fail","code":"99","message":"Insufficient"}', 'json');

    assert.ok(error instanceof FlickrApiError);
    assert.equal(error.code, 99);
  });

  it('returns JSON text, not the JSONP wrapper, when a server ignores nojsoncallback', async () => {
    server.handler = () => ({ body: 'jsonFlickrApi({"stat":"ok","a":1})' });

    const text = await flickr.call('flickr.test.echo', {}, { format: 'json' });

    assert.deepEqual(JSON.parse(text), { stat: 'ok', a: 1 });
  });

  it('turns XML nested too deeply for the parser into FlickrResponseFormatError', async () => {
    const deep = `<rsp stat="ok">${'<a>'.repeat(2000)}${'</a>'.repeat(2000)}</rsp>`;

    const error = await rejection(deep, 'xml');

    assert.ok(error instanceof FlickrResponseFormatError, String(error));
  });

  it('reads a JSON reply that starts with a byte order mark', async () => {
    server.handler = () => ({ body: '\ufeff{"stat":"ok","a":1}' });

    const reply = await flickr.call('flickr.test.echo', {});

    assert.equal(reply['a'], 1);
  });
});
