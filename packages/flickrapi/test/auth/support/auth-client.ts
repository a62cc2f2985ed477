/**
 * A client for the auth end-to-end tests, pointed at an emulator.
 */
import type { RunningEmulator } from 'flickr-emulator';

import { FlickrAuth, type FlickrAuthOptions } from '../../../src/auth/flickr-auth.js';
import type { CheckedToken } from '../../../src/auth/token-check.js';
import { FlickrApiError, FlickrHttpError, FlickrNetworkError } from '../../../src/errors.js';
import type { TransportRequest, TransportResponse } from '../../../src/http/transport.js';
import { oauthEndpoints } from '../../../src/auth/oauth-endpoints.js';
import { readOAuthReply } from '../../../src/auth/oauth-reply.js';
import { signOAuthParams } from '../../../src/oauth/sign.js';
import { formEncode } from '../../../src/oauth/percent-encode.js';
import { isPerms, type OAuthToken } from '../../../src/tokens/token.js';

/** The client's options, minus those every test shares. */
export type ClientOptions = Partial<Omit<FlickrAuthOptions, 'send' | 'checkToken'>>;

async function send(request: TransportRequest): Promise<TransportResponse> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(typeof request.body === 'string' ? { body: request.body } : {}),
    });
  } catch (cause) {
    throw new FlickrNetworkError(request.method, request.url, { cause });
  }

  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

/** A client of `emulator` (or of `endpoint`, when given). */
export function authClient(emulator: RunningEmulator, options: ClientOptions = {}): FlickrAuth {
  const endpoint = emulator.url;
  const apiSecret = options.apiSecret ?? emulator.apiSecret;
  const apiKey = options.apiKey ?? emulator.apiKey;
  const checkToken = async (token: OAuthToken): Promise<CheckedToken> => {
    const url = `${endpoint}/services/rest/`;
    const signed = signOAuthParams({
      method: 'POST',
      url,
      params: [['method', 'flickr.auth.oauth.checkToken'], ['format', 'json'],
        ['nojsoncallback', '1']],
      consumerKey: apiKey,
      consumerSecret: apiSecret,
      token: token.token,
      tokenSecret: token.tokenSecret,
    });
    const response = await send({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formEncode(signed),
    });
    if (response.status === 401) readOAuthReply(response, 'POST', url);
    if (response.status !== 200) {
      throw new FlickrHttpError('POST', url, response.status, response.body);
    }
    const reply = JSON.parse(response.body);
    if (reply.stat !== 'ok') {
      throw new FlickrApiError('flickr.auth.oauth.checkToken', reply.code, reply.message);
    }
    const perms = String(reply.oauth.perms._content);
    if (!isPerms(perms)) throw new Error(`bad perms ${perms}`);

    return {
      perms,
      userNsid: reply.oauth.user.nsid,
      username: reply.oauth.user.username,
      fullname: reply.oauth.user.fullname,
    };
  };

  return new FlickrAuth({
    ...options,
    apiKey,
    apiSecret,
    endpoints: oauthEndpoints(endpoint),
    send,
    checkToken,
  });
}
