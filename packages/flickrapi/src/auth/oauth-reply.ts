/**
 * Reading what an OAuth endpoint answered: form-encoded fields on success, an
 * `oauth_problem` on refusal, anything else an HTTP failure.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.1
 */
import {
  FlickrHttpError,
  FlickrOAuthError,
  FlickrResponseFormatError,
} from '../errors.js';
import { redactText } from '../http/redact.js';
import type { TransportResponse } from '../http/transport.js';
import { parseFormEncoded } from '../oauth/percent-encode.js';
import { parseRetryAfter } from '../resilience/transient.js';

/**
 * The fields of a successful reply.
 *
 * @throws {@link FlickrOAuthError} when the body carries `oauth_problem` (Flickr uses 401)
 * @throws {@link FlickrHttpError} for any other status that is not 200
 */
export function readOAuthReply(
  response: TransportResponse,
  method: string,
  url: string,
): Map<string, string> {
  const fields = new Map(parseFormEncoded(response.body.trim()));
  const problem = fields.get('oauth_problem');

  if (problem !== undefined && response.status !== 200) {
    // Flickr's base string for an access token request carries the verifier.
    const debugSbs = fields.get('debug_sbs');
    throw new FlickrOAuthError(
      url,
      response.status,
      problem,
      debugSbs === undefined ? {} : { debugSbs: redactText(debugSbs) },
    );
  }
  if (response.status !== 200) {
    const retryAfterSeconds = parseRetryAfter(response.headers['retry-after']);
    throw new FlickrHttpError(
      method,
      url,
      response.status,
      redactText(response.body),
      retryAfterSeconds === undefined ? {} : { retryAfterSeconds },
    );
  }

  return fields;
}

/** The named fields, or a {@link FlickrResponseFormatError} listing those missing. */
export function requireFields<const N extends string>(
  fields: Map<string, string>,
  names: readonly N[],
  where: string,
  body: string,
): Record<N, string> {
  const missing = names.filter((name) => !fields.get(name));
  if (missing.length > 0) {
    throw new FlickrResponseFormatError(
      where,
      `a form-encoded reply with ${names.join(', ')} (missing ${missing.join(', ')})`,
      redactSecrets(body),
    );
  }

  return Object.fromEntries(names.map((name) => [name, fields.get(name)])) as Record<N, string>;
}

/** The body with token secrets, verifiers and signatures blanked, for error excerpts. */
export function redactSecrets(body: string): string {
  return redactText(body);
}
