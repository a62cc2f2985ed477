import assert from 'node:assert/strict';
import { it } from 'node:test';

import {
  isTokenRejection,
  isTransientFailure,
  readCheckTokenReply,
} from '../../src/auth/token-check.js';
import {
  FlickrApiError,
  FlickrHttpError,
  FlickrNetworkError,
  FlickrOAuthError,
  FlickrResponseFormatError,
  FlickrTimeoutError,
} from '../../src/errors.js';

const url = 'https://api.flickr.com/services/rest/';
const method = 'flickr.auth.oauth.checkToken';

it('counts error 98 and refused-token OAuth problems as rejections, nothing else', () => {
  assert.ok(isTokenRejection(new FlickrApiError(method, 98, 'Invalid auth token')));
  assert.ok(isTokenRejection(new FlickrOAuthError(url, 401, 'token_rejected')));
  assert.ok(isTokenRejection(new FlickrOAuthError(url, 401, 'verifier_invalid')));
  assert.ok(!isTokenRejection(new FlickrOAuthError(url, 401, 'signature_invalid')));
  assert.ok(!isTokenRejection(new FlickrOAuthError(url, 401, 'consumer_key_unknown')));
  assert.ok(!isTokenRejection(new FlickrApiError(method, 105, 'Service currently unavailable')));
  assert.ok(!isTokenRejection(new FlickrHttpError('POST', url, 401, 'Unauthorized')));
});

it('counts network, timeout, 429, 5xx and error 105 as transient', () => {
  assert.ok(isTransientFailure(new FlickrNetworkError('POST', url)));
  assert.ok(isTransientFailure(new FlickrTimeoutError('POST', url, 1000)));
  assert.ok(isTransientFailure(new FlickrHttpError('POST', url, 429, '')));
  assert.ok(isTransientFailure(new FlickrHttpError('POST', url, 500, '')));
  assert.ok(isTransientFailure(new FlickrHttpError('POST', url, 503, '')));
  assert.ok(isTransientFailure(new FlickrApiError(method, 105, 'Service currently unavailable')));
  assert.ok(!isTransientFailure(new FlickrHttpError('POST', url, 404, '')));
  assert.ok(!isTransientFailure(new FlickrApiError(method, 98, 'Invalid auth token')));
});

it('reads the checkToken reply Flickr documents, and refuses another shape', () => {
  const reply = {
    oauth: {
      token: { _content: '72157626318069415-087bfc7b5816092c' },
      perms: { _content: 'write' },
      user: { nsid: '21207597@N07', username: 'jamalfanaian', fullname: 'Jamal Fanaian' },
    },
    stat: 'ok',
  };

  assert.deepEqual(readCheckTokenReply(reply), {
    perms: 'write',
    userNsid: '21207597@N07',
    username: 'jamalfanaian',
    fullname: 'Jamal Fanaian',
  });
  assert.throws(() => readCheckTokenReply({ oauth: { perms: { _content: 'admin' } } }),
    FlickrResponseFormatError);
  assert.throws(() => readCheckTokenReply(null), FlickrResponseFormatError);
});
