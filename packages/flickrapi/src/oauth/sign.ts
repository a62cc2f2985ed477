/**
 * Signing a request: the one entry point the client, the auth flows, uploads and the web
 * middleware use to add OAuth 1.0a protocol parameters and an HMAC-SHA1 signature.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3
 */
import { FlickrUsageError } from '../errors.js';
import { EncodedParams, queryParams, type RequestParam } from './base-string.js';
import { hmacSha1, signingKey } from './hmac-sha1.js';
import { createNonce, oauthTimestamp } from './nonce.js';
import { percentEncode } from './percent-encode.js';

/** What {@link signOAuthParams} needs to sign one request. */
export interface SignOAuthParamsInput {
  /** The HTTP method the request is sent with (`GET` or `POST`); signed upper-case. */
  readonly method: string;
  /**
   * The URL the request is sent to, exactly as sent (e.g. `https://api.flickr.com/services/rest/`).
   * Parameters already in its query string are signed too; they are not repeated in the result.
   */
  readonly url: string;
  /**
   * The request's own parameters, decoded: those sent in the query string (beyond any already
   * in `url`), an urlencoded body, or the text fields of a multipart body. Never file parts.
   */
  readonly params: readonly RequestParam[];
  /** The API key (`oauth_consumer_key`). */
  readonly consumerKey: string;
  /** The API secret. Used only in the key; never sent. */
  readonly consumerSecret: string;
  /** The request or access token (`oauth_token`); omit to sign with the consumer secret only. */
  readonly token?: string | undefined;
  /** The secret of `token`; empty when there is no token. */
  readonly tokenSecret?: string | undefined;
  /** `oauth_callback`, sent only when asking for a request token (a URL or `oob`). */
  readonly callback?: string | undefined;
  /** `oauth_verifier`, sent only when exchanging a request token for an access token. */
  readonly verifier?: string | undefined;
  /** A fixed nonce, for known-answer tests. Default: a fresh random one. */
  readonly nonce?: string | undefined;
  /** A fixed timestamp in Unix seconds, for known-answer tests. Default: now. */
  readonly timestamp?: string | number | undefined;
}

/**
 * Signs a request with HMAC-SHA1 and returns `params` followed by the protocol parameters
 * `oauth_consumer_key`, `oauth_nonce`, `oauth_signature_method`, `oauth_timestamp`,
 * `oauth_token` (when given), `oauth_callback`, `oauth_verifier` (when given), `oauth_version`
 * and finally `oauth_signature`. Send the result as the query string or urlencoded body (see
 * `formEncode`), or put the `oauth_*` entries in an `Authorization` header (see
 * `authorizationHeader`) and the rest in the query or body: Flickr accepts all three.
 *
 * @example Flickr's REST example (PROTOCOL vector)
 * ```ts
 * const signed = signOAuthParams({
 *   method: 'GET',
 *   url: 'https://api.flickr.com/services/rest',
 *   params: [['nojsoncallback', '1'], ['format', 'json'], ['method', 'flickr.test.login']],
 *   consumerKey: '653e7a6ecc1d528c516cc8f92cf98611',
 *   consumerSecret: 'consumersecret',
 *   token: '72157626318069415-087bfc7b5816092c',
 *   tokenSecret: 'a202d1f853ec69de',
 *   nonce: '84354935',
 *   timestamp: 1305583871,
 * });
 * signed.at(-1); // ['oauth_signature', 'mNW/NubSwG8wyISbjf/19o5DCCg=']
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.1
 */
export function signOAuthParams(input: SignOAuthParamsInput): RequestParam[] {
  const protocol = protocolParams(input);
  const message = encodedParams(input, protocol).baseStringMessage(input.method, input.url);
  const signed: RequestParam[] = input.params.slice();
  for (let i = 0; i < protocol.names.length; i++) {
    signed.push([protocol.names[i]!, protocol.values[i]!]);
  }
  signed.push(['oauth_signature', hmacSha1(message, keyFor(input))]);

  return signed;
}

/**
 * Signs like {@link signOAuthParams} and returns the signed parameters already form-encoded
 * (`name=value&...`, sorted, `oauth_signature` last), ready to send as a query string or an
 * urlencoded body. It reuses the encoding done for the signature, so it costs less than
 * `formEncode(signOAuthParams(input))`. `url` must have no query string of its own.
 *
 * @throws FlickrUsageError when `url` has a query string
 */
export function signOAuthQuery(input: SignOAuthParamsInput): string {
  if (input.url.includes('?')) {
    throw new FlickrUsageError(`OAuth signing: "${urlWithoutQuery(input.url)}?…" has a query `
      + 'string; pass its parameters in params, or use signOAuthParams');
  }
  const encoded = encodedParams(input, protocolParams(input));
  // Encoding every value for the query first lets the signature encode those texts once more.
  const query = encoded.normalized();
  const signature = hmacSha1(encoded.baseStringMessage(input.method, input.url), keyFor(input));

  return `${query}&oauth_signature=${percentEncode(signature)}`;
}

/** Every signed parameter: the URL's query, `params` and the protocol parameters. */
function encodedParams(input: SignOAuthParamsInput, protocol: ProtocolParams): EncodedParams {
  const encoded = new EncodedParams();
  if (input.url.includes('?')) encoded.addAll(queryParams(input.url));
  encoded.addAll(input.params);
  // The protocol parameter names are unreserved text: no encoding needed.
  for (let i = 0; i < protocol.names.length; i++) {
    encoded.addEncoded(protocol.names[i]!, protocol.encoded[i]!);
  }

  return encoded;
}

/** The protocol parameters in the order documented above: decoded, and encoded. */
interface ProtocolParams {
  readonly names: string[];
  readonly values: string[];
  readonly encoded: string[];
}

function protocolParams(input: SignOAuthParamsInput): ProtocolParams {
  // A nonce and a timestamp made here are unreserved text (a UUID, digits), as are the
  // signature method and the version: only values from the caller need encoding.
  const nonce = input.nonce ?? createNonce();
  const timestamp = input.timestamp === undefined ? oauthTimestamp() : String(input.timestamp);
  const names = ['oauth_consumer_key', 'oauth_nonce', 'oauth_signature_method', 'oauth_timestamp'];
  const values = [input.consumerKey, nonce, 'HMAC-SHA1', timestamp];
  const encoded = [
    percentEncode(input.consumerKey),
    input.nonce === undefined ? nonce : percentEncode(nonce),
    'HMAC-SHA1',
    input.timestamp === undefined ? timestamp : percentEncode(timestamp),
  ];
  // Plain statements rather than a loop over [name, value] pairs: this runs on every call,
  // and the pairs would be garbage at once.
  if (input.token !== undefined) {
    names.push('oauth_token');
    values.push(input.token);
    encoded.push(percentEncode(input.token));
  }
  if (input.callback !== undefined) {
    names.push('oauth_callback');
    values.push(input.callback);
    encoded.push(percentEncode(input.callback));
  }
  if (input.verifier !== undefined) {
    names.push('oauth_verifier');
    values.push(input.verifier);
    encoded.push(percentEncode(input.verifier));
  }
  names.push('oauth_version');
  values.push('1.0');
  encoded.push('1.0');

  return { names, values, encoded };
}

function keyFor(input: SignOAuthParamsInput): string {
  return signingKey(input.consumerSecret, input.token === undefined ? '' : input.tokenSecret);
}

function urlWithoutQuery(url: string): string {
  return url.slice(0, url.indexOf('?'));
}
