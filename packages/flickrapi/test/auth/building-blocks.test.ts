import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  buildAccessTokenRequest,
  processAccessTokenResponse,
} from '../../src/auth/access-token.js';
import { buildAuthorizeUrl } from '../../src/auth/authorize-url.js';
import { readCallback, verifierFromCallback } from '../../src/auth/callback-params.js';
import { oauthEndpoints } from '../../src/auth/oauth-endpoints.js';
import {
  buildRequestTokenRequest,
  processRequestTokenResponse,
} from '../../src/auth/request-token.js';
import { parseVerifier } from '../../src/auth/verifier.js';
import {
  AuthFlowError,
  FlickrHttpError,
  FlickrOAuthError,
  FlickrResponseFormatError,
  FlickrUsageError,
} from '../../src/errors.js';
import type { TransportResponse } from '../../src/http/transport.js';
import { parseAuthorization, verifySignature } from '../oauth/oauth-verifier.js';

const consumer = { apiKey: '768fe946d252b119746fda82e1599980', apiSecret: '1a3c208e172d3edc' };
const endpoints = oauthEndpoints('http://127.0.0.1:8123/');
const requestToken = {
  token: '72157626737672178-022bbd2f4c2f3432',
  tokenSecret: 'fccb68c4e6103197',
};

function reply(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): TransportResponse {
  return { status, body, headers };
}

describe('request token', () => {
  it('signs a POST with the callback in the Authorization header', () => {
    const request = buildRequestTokenRequest({ consumer, endpoints, callback: 'oob' });
    const oauth = parseAuthorization(request.headers['authorization'] ?? '');

    assert.equal(request.method, 'POST');
    assert.equal(request.url, 'http://127.0.0.1:8123/services/oauth/request_token');
    const callbacks = oauth.filter(([name]) => name === 'oauth_callback');
    assert.deepEqual(callbacks, [['oauth_callback', 'oob']]);
    assert.ok(verifySignature('POST', request.url, oauth, consumer.apiSecret, ''));
    assert.ok(!request.headers['authorization']?.includes(consumer.apiSecret));
  });

  it('reads Flickr documented reply', () => {
    const body = 'oauth_callback_confirmed=true&oauth_token=72157626737672178-022bbd2f4c2f3432' +
      '&oauth_token_secret=fccb68c4e6103197';

    assert.deepEqual(processRequestTokenResponse(reply(200, body)), requestToken);
  });

  it('refuses a reply without oauth_callback_confirmed, without showing the secret', () => {
    const body = 'oauth_token=t&oauth_token_secret=fccb68c4e6103197';

    assert.throws(() => processRequestTokenResponse(reply(200, body)), (error: unknown) => {
      assert.ok(error instanceof FlickrResponseFormatError);
      assert.match(error.message, /oauth_callback_confirmed/);
      assert.ok(!error.bodyExcerpt.includes('fccb68c4e6103197'));

      return true;
    });
  });

  it('turns oauth_problem into FlickrOAuthError and other statuses into FlickrHttpError', () => {
    assert.throws(
      () => processRequestTokenResponse(reply(401, 'oauth_problem=consumer_key_unknown')),
      (error: unknown) =>
        error instanceof FlickrOAuthError && error.problem === 'consumer_key_unknown',
    );
    const busy = reply(429, '<html>429 Too Many Requests</html>', { 'retry-after': '7' });
    assert.throws(
      () => processRequestTokenResponse(busy),
      (error: unknown) => error instanceof FlickrHttpError && error.status === 429 &&
        error.retryAfterSeconds === 7,
    );
  });
});

describe('authorize URL', () => {
  it('carries the request token and the permission', () => {
    assert.equal(
      buildAuthorizeUrl(endpoints, requestToken, 'delete'),
      'http://127.0.0.1:8123/services/oauth/authorize' +
        '?oauth_token=72157626737672178-022bbd2f4c2f3432&perms=delete',
    );
  });

  it('refuses a permission a user cannot grant', () => {
    assert.throws(
      () => buildAuthorizeUrl(endpoints, requestToken, 'admin' as 'read'),
      FlickrUsageError,
    );
  });
});

describe('access token', () => {
  it('signs with the request token secret and sends the verifier', () => {
    const request = buildAccessTokenRequest({
      consumer,
      endpoints,
      requestToken,
      verifier: '5d1b96a26b494074',
    });
    const oauth = parseAuthorization(request.headers['authorization'] ?? '');

    assert.equal(request.url, 'http://127.0.0.1:8123/services/oauth/access_token');
    const sent = new Map(oauth);
    assert.equal(sent.get('oauth_verifier'), '5d1b96a26b494074');
    assert.equal(sent.get('oauth_token'), requestToken.token);
    const { apiSecret } = consumer;
    assert.ok(verifySignature('POST', request.url, oauth, apiSecret, requestToken.tokenSecret));
  });

  it('reads Flickr documented reply into a token with the requested permission', () => {
    const body = 'fullname=Jamal%20Fanaian&oauth_token=72157626318069415-087bfc7b5816092c' +
      '&oauth_token_secret=a202d1f853ec69de&user_nsid=21207597%40N07&username=jamalfanaian';

    assert.deepEqual(processAccessTokenResponse(reply(200, body), 'write'), {
      token: '72157626318069415-087bfc7b5816092c',
      tokenSecret: 'a202d1f853ec69de',
      perms: 'write',
      fullname: 'Jamal Fanaian',
      username: 'jamalfanaian',
      userNsid: '21207597@N07',
    });
  });

  it('names the missing fields and hides the token secret', () => {
    const body = 'oauth_token=t&oauth_token_secret=a202d1f853ec69de&username=j';

    assert.throws(() => processAccessTokenResponse(reply(200, body), 'read'), (error: unknown) => {
      assert.ok(error instanceof FlickrResponseFormatError);
      assert.match(error.message, /missing user_nsid/);
      assert.ok(!error.bodyExcerpt.includes('a202d1f853ec69de'));

      return true;
    });
  });

  it('reports a used request token as token_rejected', () => {
    assert.throws(
      () => processAccessTokenResponse(reply(401, 'oauth_problem=token_rejected'), 'read'),
      (error: unknown) => error instanceof FlickrOAuthError && error.problem === 'token_rejected',
    );
  });
});

describe('callback parameters', () => {
  const ours = requestToken.token;

  it('accepts our token with a verifier', () => {
    assert.deepEqual(readCallback(`?oauth_token=${ours}&oauth_verifier=abc`, ours), {
      kind: 'verifier',
      verifier: 'abc',
    });
  });

  it('treats oauth_problem=user_refused and denied= as a refusal of our token only', () => {
    const refused = readCallback(`oauth_token=${ours}&oauth_problem=user_refused`, ours);
    assert.equal(refused.kind, 'declined');
    assert.equal(readCallback(`denied=${ours}`, ours).kind, 'declined');
    assert.equal(readCallback('denied=someone-else', ours).kind, 'mismatch');
    assert.equal(readCallback('oauth_problem=user_refused', ours).kind, 'mismatch');
  });

  it('rejects another token and ignores a request without parameters', () => {
    assert.equal(readCallback('oauth_token=other&oauth_verifier=abc', ours).kind, 'mismatch');
    assert.equal(readCallback('', ours).kind, 'stray');
    assert.equal(readCallback(`oauth_token=${ours}`, ours).kind, 'stray');
  });

  it('throws the matching AuthFlowError for a web application', () => {
    const reasons = ['denied=x', 'oauth_token=x&oauth_verifier=v', 'oauth_token=x'].map((query) => {
      try {
        verifierFromCallback(query, query === 'denied=x' ? 'x' : 'y');
        return 'none';
      } catch (error) {
        return error instanceof AuthFlowError ? error.reason : 'other';
      }
    });

    assert.deepEqual(reasons, ['declined', 'token-mismatch', 'token-mismatch']);
    assert.throws(() => verifierFromCallback('oauth_token=y', 'y'), /no oauth_verifier/);
    assert.equal(verifierFromCallback('oauth_token=y&oauth_verifier=v1', 'y'), 'v1');
  });
});

describe('typed verifier', () => {
  it('accepts 123-456-789 with or without dashes and whitespace', () => {
    const typings = [
      '123-456-789', '123456789', ' 123 456 789\n', '123 - 456 - 789', '\t123456-789 ',
    ];
    for (const typed of typings) {
      assert.equal(parseVerifier(typed), '123-456-789', JSON.stringify(typed));
    }
  });

  it('passes a pasted callback verifier and refuses anything else', () => {
    assert.equal(parseVerifier('5d1b96a26b494074\n'), '5d1b96a26b494074');
    for (const typed of ['', '12-34', '1234567890', 'abc-def-ghi']) {
      assert.equal(parseVerifier(typed), undefined, typed);
    }
  });
});
