// Wrong arguments that used to be sent (or crash with a TypeError, or fail only after a
// request): each now gives a FlickrUsageError naming what was wrong, before any request.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildAuthorizeUrl,
  FlickrAPI,
  FlickrUsageError,
  oauthEndpoints,
  resolveEndpoints,
  type FetchLike,
  type FlickrAPIOptions,
} from '../../src/index.js';
import { testToken } from '../support/test-token.js';

const TOKEN = testToken();

/** A client whose transport counts requests and answers every one with `stat="ok"`. */
function countingClient(options: FlickrAPIOptions = {}) {
  let sent = 0;
  const fetch: FetchLike = async () => {
    sent++;

    return new Response('{"stat":"ok"}');
  };

  return {
    flickr: new FlickrAPI('key', 'secret', { fetch, token: TOKEN, ...options }),
    sent: () => sent,
  };
}

function usageError(pattern: RegExp): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof FlickrUsageError, String(error));
    assert.match(error.message, pattern);

    return true;
  };
}

describe('call arguments refused before any request', () => {
  const cases: Array<[string, unknown, unknown, RegExp]> = [
    ['arguments given as an array', [1, 2], undefined, /arguments as an object, got an array/],
    ['an argument with an empty name', { '': 'x' }, undefined, /empty name/],
    ['per_page 0', { per_page: 0 }, undefined, /"per_page" must be a whole number >= 1/],
    ['per_page -1', { per_page: -1 }, undefined, /"per_page" must be a whole number >= 1/],
    ['per_page 1.5', { per_page: 1.5 }, undefined, /"per_page" must be a whole number >= 1/],
    ['page "0"', { page: '0' }, undefined, /"page" must be a whole number >= 1/],
    ['call options given as text', {}, 'xml', /call options must be an object/],
    ['a signal that is not an AbortSignal', {}, { signal: 'stop' }, /signal must be an AbortSignal/],
  ];
  for (const [what, params, options, message] of cases) {
    it(`refuses ${what}`, async () => {
      const { flickr, sent } = countingClient();
      const call = flickr.call as (m: string, p: unknown, o: unknown) => Promise<unknown>;

      await assert.rejects(call.call(flickr, 'flickr.photos.search', params, options),
        usageError(message));
      assert.equal(sent(), 0);
    });
  }

  it('still sends per_page 500 and page "2"', async () => {
    const { flickr, sent } = countingClient();

    await flickr.photos.search({ per_page: 500, page: '2' });

    assert.equal(sent(), 1);
  });
});

describe('a timeout longer than a timer can hold', () => {
  it('means no timeout rather than an immediate one', async () => {
    const fetch: FetchLike = (_url, init) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(new Response('{"stat":"ok"}')), 50);
      init.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(init.signal?.reason);
      });
    });
    const flickr = new FlickrAPI('key', 'secret', { fetch, storeToken: false, timeout: 2 ** 40 });

    assert.equal(flickr.timeout, Infinity);
    assert.deepEqual(await flickr.test.echo({}, { timeout: 2 ** 35 }), { stat: 'ok' });
  });
});

describe('client options refused at construction', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['options null', null, /options must be an object, got null/],
    ['a username that is not text', { username: 5 }, /username must be a string/],
    ['a User-Agent with a line break', { userAgent: 'a\r\nX-Evil: 1' }, /userAgent/],
    ['a token without its secret', { token: { token: 't', perms: 'read' } }, /token.tokenSecret/],
    ['a token given as text', { token: 'abc' }, /token must be an OAuthToken object/],
    ['a token with unknown perms', { token: { ...TOKEN, perms: 'admin' } }, /token.perms/],
    ['a fetch that is not a function', { fetch: 'fetch' }, /fetch must be a fetch function/],
    ['a transport without request()', { transport: {} }, /transport must be an object/],
    ['a logger without debug()', { logger: {} }, /logger must be an object with debug/],
    ['an empty token cache path', { tokenCacheLocation: '' }, /tokenCacheLocation/],
  ];
  for (const [what, options, message] of cases) {
    it(`refuses ${what}`, () => {
      assert.throws(() => new FlickrAPI('key', 'secret', options as FlickrAPIOptions),
        usageError(message));
    });
  }

  it('never shows the token secret of a malformed token', () => {
    const options = { token: { ...TOKEN, perms: 'admin' } } as unknown as FlickrAPIOptions;

    assert.throws(() => new FlickrAPI('key', 'secret', options), (error: unknown) => {
      assert.equal(String(error).includes(TOKEN.tokenSecret), false);

      return true;
    });
  });

  it('refuses a malformed token in setToken', () => {
    const { flickr } = countingClient();

    assert.throws(() => flickr.setToken({ token: 't' } as never), usageError(/setToken/));
  });
});

describe('endpoints that would send requests to the wrong place', () => {
  for (const endpoint of [
    'http://127.0.0.1:8080/services/rest/',
    'https://api.flickr.com/services/rest',
    'http://127.0.0.1:8080/prefix/services/',
  ]) {
    it(`refuses the full endpoint URL ${endpoint}`, () => {
      assert.throws(() => resolveEndpoints(endpoint), usageError(/base URL/));
    });
  }

  it('refuses credentials in the URL, which would be dropped silently', () => {
    assert.throws(() => resolveEndpoints('http://user:pw@127.0.0.1:8080/'),
      usageError(/user name or password/));
  });

  it('still accepts a path prefix, with or without the trailing slash', () => {
    assert.equal(resolveEndpoints('http://127.0.0.1:8080/flickr/').rest,
      'http://127.0.0.1:8080/flickr/services/rest/');
  });
});

describe('OAuth steps refused before any request', () => {
  const requestToken = { token: '72157626737672178-022bbd2f4c2f3432', tokenSecret: 'fccb68c4e6' };

  for (const [what, verifier] of [
    ['an empty verifier', ''],
    ['a verifier with a line break', '123-456-789\r\nX: y'],
    ['a verifier that is not text', 123456789],
  ] as const) {
    it(`refuses ${what}`, async () => {
      const { flickr, sent } = countingClient({ storeToken: false });

      await assert.rejects(flickr.getAccessToken(requestToken, verifier as string, 'read'),
        usageError(/verifier/));
      assert.equal(sent(), 0);
    });
  }

  it('refuses a request token without its secret', async () => {
    const { flickr, sent } = countingClient({ storeToken: false });

    await assert.rejects(
      flickr.getAccessToken({ token: 't' } as never, '123-456-789', 'read'),
      usageError(/tokenSecret missing/),
    );
    assert.equal(sent(), 0);
  });

  it('refuses to build an authorize URL for a missing request token', () => {
    assert.throws(() => buildAuthorizeUrl(oauthEndpoints(), {} as never, 'read'),
      usageError(/request token/));
  });

  it('refuses a callback that is not text', async () => {
    const { flickr, sent } = countingClient({ storeToken: false });

    await assert.rejects(flickr.getRequestToken(42 as never), usageError(/callback/));
    assert.equal(sent(), 0);
  });
});

describe('sign-in checks refused before asking Flickr', () => {
  for (const perms of ['admin', 5]) {
    it(`refuses tokenValid(${JSON.stringify(perms)}) instead of calling checkToken`, async () => {
      const { flickr, sent } = countingClient();

      await assert.rejects(flickr.tokenValid(perms as never), usageError(/tokenValid: perms/));
      assert.equal(sent(), 0);
    });
  }

  it('refuses a browser flow timeout of -1 before checking the stored token', async () => {
    const { flickr, sent } = countingClient();

    await assert.rejects(flickr.authenticateViaBrowser({ perms: 'write', timeout: -1 }),
      usageError(/timeout must be milliseconds > 0/));
    assert.equal(sent(), 0);
  });
});
