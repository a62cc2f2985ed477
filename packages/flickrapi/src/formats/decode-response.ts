/**
 * Turning a transport reply into the caller's format, or into the right error.
 */
import { FlickrHttpError, FlickrOAuthError } from '../errors.js';
import { redactText } from '../http/redact.js';
import type { TransportResponse } from '../http/transport.js';
import { parseFormEncoded } from '../oauth/percent-encode.js';
import { readJsonReply, unwrapJson } from './json-reply.js';
import type { FormatResult, ResponseFormat } from './response-format.js';
import { readXmlReply } from './xml-reply.js';

/** Where a reply came from, for error messages. */
export interface ReplyContext {
  /** The Flickr method called (`flickr.photos.getInfo`), or `upload` / `replace`. */
  readonly method: string;
  /** The HTTP method used. */
  readonly httpMethod: string;
  /** The URL called, without query string. */
  readonly url: string;
  /** Values to hide from error fields (the consumer and token secrets). */
  readonly secrets?: readonly string[];
}

const STAT_FAIL = /<rsp\s[^>]*stat\s*=\s*["']fail["']|"stat"\s*:\s*"fail"/;

/**
 * Throws for a reply that is not a normal Flickr answer: HTTP 401 with `oauth_problem=...` is
 * a `FlickrOAuthError` (carrying `debug_sbs`), any other status but 200 a `FlickrHttpError`
 * (carrying `Retry-After`), unless its body is itself a Flickr `stat="fail"` reply, which the
 * format readers turn into `FlickrApiError`.
 */
export function checkHttpStatus(response: TransportResponse, context: ReplyContext): void {
  if (response.status === 200) return;

  const { body } = response;
  if (body.startsWith('oauth_problem=') || /^[\w%.-]+=[^&]*&oauth_problem=/.test(body)) {
    throw oauthError(response, context);
  }
  if (response.status >= 400 && STAT_FAIL.test(body)) return;

  const retryAfter = parseRetryAfter(response.headers['retry-after']);
  throw new FlickrHttpError(
    context.httpMethod,
    context.url,
    response.status,
    redactText(body, context.secrets),
    retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter },
  );
}

/** Builds the `FlickrOAuthError` for an `oauth_problem=...` body. */
export function oauthError(response: TransportResponse, context: ReplyContext): FlickrOAuthError {
  const fields = new Map(parseFormEncoded(response.body.trim()));
  const problem = fields.get('oauth_problem') ?? 'unknown';
  const sbs = fields.get('debug_sbs');

  return new FlickrOAuthError(
    context.url,
    response.status,
    problem,
    sbs === undefined ? {} : { debugSbs: redactText(sbs, context.secrets) },
  );
}

/**
 * `Retry-After` in seconds: either delay-seconds or an HTTP date (seconds from now, at least
 * 0). `undefined` when absent or unreadable.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);

  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Checks a reply and returns it in `format`: the status first (see {@link checkHttpStatus}),
 * then `stat`. Raw formats are parsed too, so that malformed text and `stat="fail"` throw
 * in every format.
 */
export function decodeResponse<F extends ResponseFormat>(
  format: F,
  response: TransportResponse,
  context: ReplyContext,
): FormatResult<F> {
  checkHttpStatus(response, context);

  const { body } = response;
  const { method, secrets } = context;
  switch (format) {
    case 'parsed-json':
      return readJsonReply(body, method, secrets) as FormatResult<F>;
    case 'json':
      readJsonReply(body, method, secrets);

      return unwrapJson(body) as FormatResult<F>;
    case 'xml':
      return readXmlReply(body, method, secrets) as FormatResult<F>;
    default:
      readXmlReply(body, method, secrets);

      return body as FormatResult<F>;
  }
}
