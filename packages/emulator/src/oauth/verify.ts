import type { Param } from './percent-encode.js';
import { oauthProblem, parametersAbsent, signatureInvalid, type OAuthProblem } from './problem.js';
import { hmacSha1Signature, signatureBaseString, signaturesEqual } from './signature.js';

/**
 * A request as the signature check sees it: the HTTP method, the base URL it was received
 * on, and its parameters by placement.
 */
export interface SignableRequest {
  readonly method: string;
  /** Normalised `scheme://host[:port]/path` as received. */
  readonly receivedUrl: string;
  readonly path: string;
  readonly query: readonly Param[];
  readonly header: readonly Param[];
  /** Urlencoded body fields or the text parts of a multipart body (never file parts). */
  readonly body: readonly Param[];
  /** Body fields a client may have left out of its signature (Perl's text `photo`). */
  readonly optionalBodyFields?: readonly string[];
}

/**
 * Hosts a client may have signed instead of the emulator's own: a client redirected by a
 * shim, proxy or custom transport still signs the canonical Flickr URL.
 */
export const CANONICAL_HOSTS = [
  'https://api.flickr.com',
  'https://up.flickr.com',
  'https://www.flickr.com',
] as const;

/** The OAuth protocol parameters every signed request carries. */
export const REQUIRED_OAUTH_PARAMS = [
  'oauth_consumer_key',
  'oauth_nonce',
  'oauth_timestamp',
  'oauth_signature_method',
  'oauth_signature',
] as const;

/** Every parameter of the request, in placement order: query, header, body. */
export function allParams(request: SignableRequest): Param[] {
  return [...request.query, ...request.header, ...request.body];
}

/** First value of each `oauth_*` parameter, wherever it was placed. */
export function oauthParams(request: SignableRequest): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, value] of allParams(request)) {
    if (name.startsWith('oauth_') && !found.has(name)) found.set(name, value);
  }

  return found;
}

/** True when the request is OAuth-signed (or tries to be). */
export function isOAuthRequest(oauth: ReadonlyMap<string, string>): boolean {
  return oauth.has('oauth_signature') || oauth.has('oauth_consumer_key');
}

/**
 * Checks that the protocol parameters are present and name a method and version Flickr
 * supports (only HMAC-SHA1, version 1.0 when given).
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.1
 */
export function checkProtocolParams(
  oauth: ReadonlyMap<string, string>,
  extra: readonly string[] = [],
): OAuthProblem | undefined {
  const missing = [...REQUIRED_OAUTH_PARAMS, ...extra].filter((name) => !oauth.has(name));
  if (missing.length > 0) return parametersAbsent(missing);
  if (oauth.get('oauth_signature_method') !== 'HMAC-SHA1') {
    return oauthProblem('signature_method_rejected');
  }
  const version = oauth.get('oauth_version');
  if (version !== undefined && version !== '1.0') return oauthProblem('version_rejected');

  return undefined;
}

/**
 * Verifies the HMAC-SHA1 signature against each candidate base URL (as received, its
 * https form, then the canonical Flickr hosts with the same path) and each candidate parameter set. Returns
 * `signature_invalid` carrying the base string computed for the URL as received.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.2
 */
export function verifySignature(
  request: SignableRequest,
  consumerSecret: string,
  tokenSecret: string,
): OAuthProblem | undefined {
  const received = oauthParams(request).get('oauth_signature') ?? '';
  const signed = allParams(request).filter(([name]) => name !== 'oauth_signature');
  const paramSets = [signed];
  const optional = request.optionalBodyFields ?? [];
  if (optional.length > 0 && request.body.some(([name]) => optional.includes(name))) {
    const without = [...request.query, ...request.header, ...request.body]
      .filter(([name]) => name !== 'oauth_signature')
      .filter((param) => !(request.body.includes(param) && optional.includes(param[0])));
    paramSets.push(without);
  }
  // A client behind a TLS-terminating proxy signs the https form of the emulator's URL.
  const secure = request.receivedUrl.replace(/^http:/, 'https:');
  const urls = [request.receivedUrl, secure, ...CANONICAL_HOSTS.map((host) => host + request.path)];

  let firstBaseString: string | undefined;
  for (const url of urls) {
    for (const params of paramSets) {
      const baseString = signatureBaseString(request.method, url, params);
      firstBaseString ??= baseString;
      const expected = hmacSha1Signature(baseString, consumerSecret, tokenSecret);
      if (signaturesEqual(expected, received)) return undefined;
    }
  }

  return signatureInvalid(firstBaseString ?? '');
}
