import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  buildAccessTokenRequest,
  processAccessTokenResponse,
} from '../../src/auth/access-token.js';
import { buildAuthorizeUrl } from '../../src/auth/authorize-url.js';
import { oauthEndpoints } from '../../src/auth/oauth-endpoints.js';
import {
  buildRequestTokenRequest,
  processRequestTokenResponse,
} from '../../src/auth/request-token.js';
import { AuthFlowError, FlickrOAuthError } from '../../src/errors.js';
import type { Transport, TransportRequest, TransportResponse } from '../../src/http/transport.js';
import { MemoryReplayGuard } from '../../src/web/replay-guard.js';
import { finishSignIn, startSignIn, type SignInClient } from '../../src/web/sign-in.js';

const keys = ['0123456789abcdef0123456789abcdef'];
const CALLBACK = 'http://h/cb';
const REQUEST_TOKEN = '72157626737672178-022bbd2f4c2f3432';
const REQUEST_SECRET = 'fccb68c4e6103197';
const ACCESS_REPLY = 'fullname=Jamal%20Fanaian&oauth_token=72157626318069415-087bfc7b5816092c' +
  '&oauth_token_secret=a202d1f853ec69de&user_nsid=21207597%40N07&username=jamalfanaian';

/**
 * The three OAuth steps on the library's request builders and response processors, over a
 * transport answering with canned replies in order; the requests sent are kept.
 */
function cannedFlickr(replies: TransportResponse[]): SignInClient & { sent: TransportRequest[] } {
  const sent: TransportRequest[] = [];
  const transport: Transport = {
    async request(request) {
      sent.push(request);
      const reply = replies.shift();
      if (reply === undefined) throw new Error(`unexpected request to ${request.url}`);

      return reply;
    },
    close() {},
  };
  const consumer = { apiKey: 'app-key', apiSecret: 'app-secret' };
  const endpoints = oauthEndpoints('http://127.0.0.1:9');

  return {
    sent,
    async getRequestToken(callback) {
      const request = buildRequestTokenRequest({ consumer, endpoints, callback });

      return processRequestTokenResponse(await transport.request(request));
    },
    authorizeUrl: (requestToken, perms) => buildAuthorizeUrl(endpoints, requestToken, perms),
    async getAccessToken(requestToken, verifier, perms) {
      const request = buildAccessTokenRequest({ consumer, endpoints, requestToken, verifier });

      return processAccessTokenResponse(await transport.request(request), perms);
    },
  };
}

const ok = (body: string): TransportResponse => ({ status: 200, headers: {}, body });
const requestTokenReply = ok(
  `oauth_callback_confirmed=true&oauth_token=${REQUEST_TOKEN}&oauth_token_secret=${REQUEST_SECRET}`,
);

function reason(expected: string): (error: unknown) => boolean {
  return (error) => error instanceof AuthFlowError && error.reason === expected;
}

describe('startSignIn / finishSignIn', () => {
  test('a full sign-in: request token, authorize URL, sealed state, access token', async () => {
    const flickr = cannedFlickr([requestTokenReply, ok(ACCESS_REPLY)]);
    const started = await startSignIn({
      flickr, keys, perms: 'write', returnTo: '/albums?x=1',
      callbackUrl: 'http://127.0.0.1:3000/auth/flickr/callback',
    });

    assert.equal(started.authorizeUrl,
      `http://127.0.0.1:9/services/oauth/authorize?oauth_token=${REQUEST_TOKEN}&perms=write`);
    assert.match(flickr.sent[0]!.headers['authorization']!, /oauth_callback="http%3A%2F%2F127/);
    assert.ok(!started.state.includes(REQUEST_SECRET));
    assert.equal(started.returnTo, '/albums?x=1');

    const finished = await finishSignIn({
      flickr, keys, state: started.state,
      query: { oauth_token: REQUEST_TOKEN, oauth_verifier: '5d1b96a26b494074' },
    });
    assert.equal(finished.returnTo, '/albums?x=1');
    assert.deepEqual(finished.token, {
      token: '72157626318069415-087bfc7b5816092c', tokenSecret: 'a202d1f853ec69de',
      perms: 'write', fullname: 'Jamal Fanaian', username: 'jamalfanaian',
      userNsid: '21207597@N07',
    });
    assert.match(flickr.sent[1]!.headers['authorization']!, /oauth_verifier="5d1b96a26b494074"/);
    assert.match(flickr.sent[1]!.headers['authorization']!, /oauth_token="72157626737672178/);
  });

  test('an unsafe return path becomes /', async () => {
    for (const returnTo of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const started = await startSignIn({
        flickr: cannedFlickr([requestTokenReply]), keys, perms: 'read', returnTo,
        callbackUrl: 'http://127.0.0.1:3000/cb',
      });
      assert.equal(started.returnTo, '/');
    }
  });

  test('a declined sign-in never calls Flickr', async () => {
    const flickr = cannedFlickr([requestTokenReply]);
    const { state } = await startSignIn({ flickr, keys, perms: 'read', callbackUrl: CALLBACK });

    await assert.rejects(finishSignIn({
      flickr, keys, state, query: { oauth_token: REQUEST_TOKEN, oauth_problem: 'user_refused' },
    }), reason('declined'));
    assert.equal(flickr.sent.length, 1);
  });

  test('a replayed callback is refused by the guard, then by Flickr', async () => {
    const flickr = cannedFlickr([requestTokenReply, ok(ACCESS_REPLY),
      { status: 401, headers: {}, body: 'oauth_problem=token_rejected' }]);
    const { state } = await startSignIn({ flickr, keys, perms: 'read', callbackUrl: CALLBACK });
    const query = { oauth_token: REQUEST_TOKEN, oauth_verifier: 'v' };
    const replayGuard = new MemoryReplayGuard();

    await finishSignIn({ flickr, keys, state, query, replayGuard });
    await assert.rejects(finishSignIn({ flickr, keys, state, query, replayGuard }),
      reason('replayed'));
    assert.equal(flickr.sent.length, 2, 'the guard answered without asking Flickr');

    // Another server, with its own guard: Flickr refuses the used request token.
    await assert.rejects(
      finishSignIn({ flickr, keys, state, query, replayGuard: new MemoryReplayGuard() }),
      (error: unknown) => reason('replayed')(error)
        && (error as AuthFlowError).cause instanceof FlickrOAuthError,
    );
  });

  test('a tampered or foreign state is refused before calling Flickr', async () => {
    const flickr = cannedFlickr([requestTokenReply]);
    const { state } = await startSignIn({ flickr, keys, perms: 'read', callbackUrl: CALLBACK });
    const tampered = state.slice(0, -3) + (state.endsWith('AAA') ? 'BBB' : 'AAA');
    const query = { oauth_token: REQUEST_TOKEN, oauth_verifier: 'v' };

    await assert.rejects(finishSignIn({ flickr, keys, state: tampered, query }),
      reason('state-invalid'));
    await assert.rejects(
      finishSignIn({ flickr, keys: ['another-key-another-key-another-key'], state, query }),
      reason('state-invalid'));
    await assert.rejects(finishSignIn({ flickr, keys, state: undefined, query }),
      reason('state-invalid'));
    await assert.rejects(
      finishSignIn({ flickr, keys, state, query: { ...query, oauth_token: 'other-token' } }),
      reason('token-mismatch'));
    assert.equal(flickr.sent.length, 1);
  });

  test('perms other than read, write, delete are a usage error', async () => {
    await assert.rejects(startSignIn({
      flickr: cannedFlickr([]), keys, perms: 'none', callbackUrl: 'http://h/cb',
    }), /perms "none"/);
  });
});
