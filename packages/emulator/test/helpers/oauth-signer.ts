// A small, independent OAuth 1.0a HMAC-SHA1 signer for the emulator tests, so they do not
// depend on the library package. RFC 5849 section 3.4.
import { createHmac, randomBytes } from 'node:crypto';

export type Pair = [string, string];

export function enc(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function baseString(method: string, url: string, params: readonly Pair[]): string {
  const normal = params
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

  return `${method}&${enc(url)}&${enc(normal)}`;
}

export function hmac(sbs: string, consumerSecret: string, tokenSecret = ''): string {
  return createHmac('sha1', `${enc(consumerSecret)}&${enc(tokenSecret)}`)
    .update(sbs)
    .digest('base64');
}

export interface Credentials {
  key: string;
  secret: string;
  token?: string;
  tokenSecret?: string;
}

/** The oauth_* protocol parameters for one request (signature not included). */
export function protocolParams(creds: Credentials, extra: Record<string, string> = {}): Pair[] {
  const params: Pair[] = [
    ['oauth_consumer_key', creds.key],
    ['oauth_nonce', randomBytes(12).toString('hex')],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(Math.floor(Date.now() / 1000))],
    ['oauth_version', '1.0'],
  ];
  if (creds.token !== undefined) params.push(['oauth_token', creds.token]);
  for (const [k, v] of Object.entries(extra)) params.push([k, v]);

  return params;
}

/** Signs `params` (API + protocol parameters) for `method url`; returns them with the signature. */
export function sign(
  method: string,
  url: string,
  params: readonly Pair[],
  creds: Credentials,
): Pair[] {
  const signature = hmac(baseString(method, url, params), creds.secret, creds.tokenSecret ?? '');

  return [...params, ['oauth_signature', signature]];
}

export function formEncode(params: readonly Pair[]): string {
  return params.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

export function authHeader(params: readonly Pair[]): string {
  return `OAuth ${params.map(([k, v]) => `${enc(k)}="${enc(v)}"`).join(', ')}`;
}

/** Where a signed request carries its parameters. */
export type Placement = 'query' | 'header' | 'form' | 'multipart';

/**
 * Sends a signed request with every parameter in one placement (for `header`, API
 * parameters go in the query and the oauth_* ones in the Authorization header).
 */
export async function signedFetch(
  method: 'GET' | 'POST',
  url: string,
  api: Record<string, string>,
  creds: Credentials,
  placement: Placement = 'query',
  oauthExtra: Record<string, string> = {},
): Promise<Response> {
  const apiPairs = Object.entries(api) as Pair[];
  const all = sign(method, url, [...apiPairs, ...protocolParams(creds, oauthExtra)], creds);
  if (placement === 'query') return fetch(`${url}?${formEncode(all)}`, { method });
  if (placement === 'header') {
    const oauth = all.filter(([k]) => k.startsWith('oauth_'));
    const rest = all.filter(([k]) => !k.startsWith('oauth_'));
    const query = rest.length > 0 ? `?${formEncode(rest)}` : '';
    return fetch(`${url}${query}`, { method, headers: { Authorization: authHeader(oauth) } });
  }
  if (placement === 'form') {
    return fetch(url, {
      method,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: formEncode(all),
    });
  }
  const form = new FormData();
  for (const [k, v] of all) form.append(k, v);

  return fetch(url, { method, body: form });
}
