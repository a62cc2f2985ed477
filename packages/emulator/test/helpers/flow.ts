// OAuth dance steps for tests: request token, authorize page form, access token.
import { formEncode, protocolParams, sign, type Credentials } from './oauth-signer.js';

export interface TokenPair {
  token: string;
  secret: string;
}

export async function requestToken(
  url: string,
  consumer: Credentials,
  callback = 'oob',
): Promise<TokenPair> {
  const endpoint = `${url}/services/oauth/request_token`;
  const params = sign(
    'GET',
    endpoint,
    protocolParams(consumer, { oauth_callback: callback }),
    consumer,
  );
  const response = await fetch(`${endpoint}?${formEncode(params)}`);
  const body = new URLSearchParams(await response.text());
  if (response.status !== 200) throw new Error(`request_token: ${response.status}`);

  return { token: body.get('oauth_token') ?? '', secret: body.get('oauth_token_secret') ?? '' };
}

/** Posts the consent form as a browser would. */
export function decide(
  url: string,
  token: string,
  decision: 'approve' | 'decline',
  extra: Record<string, string> = {},
) {
  return fetch(`${url}/services/oauth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ oauth_token: token, perms: 'write', decision, ...extra }),
  });
}

export async function accessToken(
  url: string,
  consumer: Credentials,
  request: TokenPair,
  verifier: string,
) {
  const endpoint = `${url}/services/oauth/access_token`;
  const creds = { ...consumer, token: request.token, tokenSecret: request.secret };
  const params = sign('GET', endpoint, protocolParams(creds, { oauth_verifier: verifier }), creds);

  return fetch(`${endpoint}?${formEncode(params)}`);
}
