// Failure paths that used to carry a secret: a network error whose message holds the signed
// GET URL, an OAuth refusal whose debug_sbs holds the verifier, and replies echoing secrets.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { FlickrAPI } from '../../src/index.js';
import { startTestServer, type TestServer } from '../client/support/flickr-test-server.js';
import { testToken } from '../support/test-token.js';

const SECRET = 'consumer-secret-4217';
const VERIFIER = '5d1b96a26b494074';
const REQUEST_TOKEN = {
  token: '72157626737672178-022bbd2f4c2f3432',
  tokenSecret: 'fccb68c4e6103197',
};
const TOKEN = testToken();

/** Every way an error can be shown: message, String, inspect, JSON, stack, the cause chain. */
function everythingShown(error: unknown): string {
  const shown: string[] = [];
  for (let e = error, depth = 0; e !== undefined && depth < 10; depth++) {
    shown.push(String(e), inspect(e, { depth: 10, showHidden: true }), JSON.stringify(e) ?? '');
    if (e instanceof Error) shown.push(e.message, e.stack ?? '');
    e = e instanceof Error ? e.cause : undefined;
  }

  return shown.join('\n');
}

function assertNoSecret(error: unknown, signatures: readonly string[]): void {
  const shown = everythingShown(error);
  const forbidden = [SECRET, TOKEN.tokenSecret, REQUEST_TOKEN.tokenSecret, VERIFIER, ...signatures];
  for (const secret of forbidden) {
    assert.equal(shown.includes(secret), false, `"${secret}" leaked in:\n${shown}`);
  }
  assert.doesNotMatch(shown, /oauth_signature(=|%3D)(?!\[redacted\])[\w%+/]/);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

describe('network errors whose message holds the signed request URL', () => {
  it('shows no signature, in the message or in the cause chain', async () => {
    const urls: string[] = [];
    // node-fetch and many proxies put the whole URL in their error message.
    const fetch = async (url: string): Promise<Response> => {
      urls.push(url);
      throw new Error(`request to ${url} failed, reason: connect ECONNREFUSED`, {
        cause: new Error(`socket for ${url} closed`),
      });
    };
    const flickr = new FlickrAPI('key', SECRET, { token: TOKEN, fetch });

    const error = await failure(flickr.test.login());

    assert.equal((error as Error).name, 'FlickrNetworkError');
    assert.match((error as Error).message, /ECONNREFUSED/);
    const signature = new URL(urls[0]!).searchParams.get('oauth_signature')!;
    assertNoSecret(error, [signature, encodeURIComponent(signature)]);
  });
});

describe('OAuth endpoint failures that echo secrets', () => {
  let server: TestServer;
  let flickr: FlickrAPI;
  const signatures: string[] = [];

  before(async () => {
    server = await startTestServer({ consumerSecret: SECRET });
    flickr = new FlickrAPI('key', SECRET, { endpoint: server.url, storeToken: false });
  });
  after(async () => {
    flickr.close();
    await server.close();
  });

  it('redacts the verifier from the debug_sbs of a refused access token request', async () => {
    server.handler = (request) => {
      signatures.push(request.param('oauth_signature') ?? '');
      const sbs = `POST&x&oauth_token%3D${REQUEST_TOKEN.token}%26oauth_verifier%3D${VERIFIER}`;

      return {
        status: 401,
        body: `oauth_problem=signature_invalid&debug_sbs=${encodeURIComponent(sbs)}`,
      };
    };

    const error = await failure(flickr.getAccessToken(REQUEST_TOKEN, VERIFIER, 'read'));

    assert.equal((error as Error).name, 'FlickrOAuthError');
    const { debugSbs } = error as { debugSbs?: string };
    assert.match(String(debugSbs), /oauth_verifier%3D\[redacted\]/);
    assertNoSecret(error, signatures);
  });

  it('redacts a proxy error page that echoes the request', async () => {
    server.handler = (request) => {
      signatures.push(request.param('oauth_signature') ?? '');

      return {
        status: 502,
        headers: { 'content-type': 'text/plain' },
        body: `bad gateway: oauth_verifier=${request.param('oauth_verifier') ?? ''}&` +
          `oauth_signature=${encodeURIComponent(request.param('oauth_signature') ?? '')} ` +
          String(request.headers.authorization),
      };
    };

    const error = await failure(flickr.getAccessToken(REQUEST_TOKEN, VERIFIER, 'read'));

    assert.equal((error as Error).name, 'FlickrHttpError');
    assertNoSecret(error, signatures);
  });
});

describe('a request token reply that echoes the signed request', () => {
  let server: TestServer;
  let flickr: FlickrAPI;

  before(async () => {
    server = await startTestServer({ consumerSecret: SECRET });
    flickr = new FlickrAPI('key', SECRET, { endpoint: server.url, storeToken: false });
  });
  after(async () => {
    flickr.close();
    await server.close();
  });

  it('keeps the signature out of the excerpt of a checkToken reply without oauth', async () => {
    const checking = new FlickrAPI('key', SECRET, { endpoint: server.url, token: TOKEN });
    const signatures: string[] = [];
    server.handler = (request) => {
      const signature = request.param('oauth_signature') ?? '';
      signatures.push(signature, encodeURIComponent(signature));

      return { body: JSON.stringify({ stat: 'ok', seen: `oauth_signature=${signature}` }) };
    };

    const error = await failure(checking.tokenValid('read'));
    checking.close();

    assert.equal((error as Error).name, 'FlickrResponseFormatError');
    assertNoSecret(error, signatures);
  });

  it('keeps the signature out of the excerpt of a reply missing its fields', async () => {
    const signatures: string[] = [];
    server.handler = (request) => {
      const signature = request.param('oauth_signature') ?? '';
      signatures.push(signature, encodeURIComponent(signature));

      return { body: `oauth_signature=${encodeURIComponent(signature)}&oauth_token=t` };
    };

    const error = await failure(flickr.getRequestToken());

    assert.equal((error as Error).name, 'FlickrResponseFormatError');
    assertNoSecret(error, signatures);
  });
});

describe('a Flickr error message that echoes the signed URL', () => {
  let server: TestServer;
  let flickr: FlickrAPI;

  before(async () => {
    server = await startTestServer({ consumerSecret: SECRET, tokenSecret: TOKEN.tokenSecret });
    flickr = new FlickrAPI('key', SECRET, { endpoint: server.url, token: TOKEN });
  });
  after(async () => {
    flickr.close();
    await server.close();
  });

  for (const format of ['parsed-json', 'xml'] as const) {
    it(`is redacted in FlickrApiError (${format})`, async () => {
      const signatures: string[] = [];
      server.handler = (request) => {
        signatures.push(request.param('oauth_signature') ?? '');
        const echoed = `${request.url} ${SECRET}`;

        return format === 'xml'
          ? { body: `<rsp stat="fail"><err code="1" msg="${echoed.replaceAll('&', '&amp;')}"/>` +
            '</rsp>' }
          : { body: JSON.stringify({ stat: 'fail', code: 1, message: echoed }) };
      };

      const error = await failure(flickr.test.login({}, { format }));

      assert.equal((error as { code?: number }).code, 1);
      assertNoSecret(error, signatures);
    });
  }
});
