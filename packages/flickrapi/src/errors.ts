/**
 * The error tree. Every error the library throws is a {@link FlickrError}; its `kind` is a
 * stable string to branch on, and each subclass adds the fields that matter for that failure.
 * Messages say what failed, where, and what was expected. No secret (consumer secret, token
 * secret, verifier, signature) ever appears in a message or a field.
 */
import { redactError } from './http/redact.js';

/** Stable identifiers of the error kinds, one per subclass. */
export type FlickrErrorKind =
  | 'api'
  | 'oauth'
  | 'http'
  | 'timeout'
  | 'network'
  | 'aborted'
  | 'response-format'
  | 'usage'
  | 'token-cache'
  | 'auth-flow'
  | 'upload-ticket';

/** Options shared by every error constructor. */
export interface FlickrErrorOptions {
  /** The underlying failure, when there is one. */
  cause?: unknown;
}

/** The base class of every error thrown by flickrapi-ts. */
export class FlickrError extends Error {
  /** A stable identifier of what went wrong; see {@link FlickrErrorKind}. */
  readonly kind: FlickrErrorKind;

  constructor(kind: FlickrErrorKind, message: string, options: FlickrErrorOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.kind = kind;
  }

  override get name(): string {
    return this.constructor.name;
  }
}

/**
 * Flickr answered `stat="fail"`: the request reached Flickr and was refused.
 *
 * @example
 * ```ts
 * try { await flickr.photos.getInfo({ photo_id: '1' }); }
 * catch (e) { if (e instanceof FlickrApiError && e.code === 1) console.log('no such photo'); }
 * ```
 */
export class FlickrApiError extends FlickrError {
  /** Flickr's numeric error code (for example 1 "Photo not found", 99 "Insufficient permissions"). */
  readonly code: number;
  /** Flickr's own message for the code. */
  readonly flickrMessage: string;
  /** The method called, or `upload` / `replace` for the upload endpoints. */
  readonly method: string;
  /** For upload error 9 with `dedup_check`: the id of the photo already on Flickr. */
  readonly duplicatePhotoId: string | undefined;

  constructor(
    method: string,
    code: number,
    flickrMessage: string,
    options: FlickrErrorOptions & { duplicatePhotoId?: string } = {},
  ) {
    super('api', `${method}: Flickr error ${code}: ${flickrMessage}`, options);
    this.code = code;
    this.flickrMessage = flickrMessage;
    this.method = method;
    this.duplicatePhotoId = options.duplicatePhotoId;
  }
}

/**
 * An OAuth endpoint or a signed call was refused with `oauth_problem=...` (HTTP 401).
 *
 * @see https://oauth.pbwiki.com/ProblemReporting (OAuth Problem Reporting extension)
 */
export class FlickrOAuthError extends FlickrError {
  /** The `oauth_problem` value, for example `signature_invalid` or `token_rejected`. */
  readonly problem: string;
  /**
   * The signature base string Flickr computed (`debug_sbs`), sent with `signature_invalid`.
   * It holds no secret: compare it with the base string you signed to debug a signature.
   */
  readonly debugSbs: string | undefined;
  /** The HTTP status of the reply (401 from Flickr). */
  readonly status: number;
  /** The URL called, without query string. */
  readonly url: string;

  constructor(
    url: string,
    status: number,
    problem: string,
    options: FlickrErrorOptions & { debugSbs?: string } = {},
  ) {
    super('oauth', `${url}: OAuth problem "${problem}" (HTTP ${status})`, options);
    this.problem = problem;
    this.debugSbs = options.debugSbs;
    this.status = status;
    this.url = url;
  }
}

/** Flickr answered with an HTTP status that is not a Flickr reply (429, 5xx, an HTML page). */
export class FlickrHttpError extends FlickrError {
  /** The HTTP status code. */
  readonly status: number;
  /** The HTTP method used. */
  readonly method: string;
  /** The URL called, without query string. */
  readonly url: string;
  /** At most 200 characters of the body, to tell an error page from a proxy's. */
  readonly bodyExcerpt: string;
  /** Seconds to wait, from a `Retry-After` header, when one was sent. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    method: string,
    url: string,
    status: number,
    body: string,
    options: FlickrErrorOptions & { retryAfterSeconds?: number } = {},
  ) {
    super('http', `${method} ${url}: HTTP ${status}`, options);
    this.status = status;
    this.method = method;
    this.url = url;
    this.bodyExcerpt = body.length > 200 ? `${body.slice(0, 200)}…` : body;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** A request took longer than its timeout. */
export class FlickrTimeoutError extends FlickrError {
  /** The timeout that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
  /** The URL called, without query string. */
  readonly url: string;

  constructor(method: string, url: string, timeoutMs: number, options: FlickrErrorOptions = {}) {
    super('timeout', `${method} ${url}: no complete reply within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
    this.url = url;
  }
}

/** The request could not be sent or its reply not read (DNS, refused, reset). See `cause`. */
export class FlickrNetworkError extends FlickrError {
  /** The URL called, without query string. */
  readonly url: string;

  constructor(method: string, url: string, options: FlickrErrorOptions = {}) {
    // The transport's error may quote the signed URL; keep only a redacted copy of it.
    const cause = redactError(options.cause);
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    const message = `${method} ${url}: network failure${detail}`;
    super('network', message, 'cause' in options ? { cause } : {});
    this.url = url;
  }
}

/** The caller cancelled the request through its `AbortSignal`. */
export class FlickrAbortError extends FlickrError {
  constructor(what: string, options: FlickrErrorOptions = {}) {
    super('aborted', `${what}: cancelled`, options);
  }
}

/** A reply arrived but could not be understood (malformed XML or JSON, missing fields). */
export class FlickrResponseFormatError extends FlickrError {
  /** At most 200 characters of the body that could not be read. */
  readonly bodyExcerpt: string;

  constructor(where: string, expected: string, body: string, options: FlickrErrorOptions = {}) {
    super('response-format', `${where}: expected ${expected}, got a reply that is not`, options);
    this.bodyExcerpt = body.length > 200 ? `${body.slice(0, 200)}…` : body;
  }
}

/** The library was called wrongly; nothing was sent. */
export class FlickrUsageError extends FlickrError {
  constructor(message: string, options: FlickrErrorOptions = {}) {
    super('usage', message, options);
  }
}

/** The token cache could not be opened, read or written. */
export class TokenCacheError extends FlickrError {
  /** The file or location of the cache. */
  readonly location: string;

  constructor(location: string, message: string, options: FlickrErrorOptions = {}) {
    super('token-cache', `token cache ${location}: ${message}`, options);
    this.location = location;
  }
}

/** Why an authentication flow did not produce a token. */
export type AuthFlowFailure =
  | 'declined'
  | 'timeout'
  | 'token-mismatch'
  | 'no-verifier'
  | 'cancelled'
  | 'state-invalid'
  | 'expired'
  | 'replayed';

/** An authentication flow ended without a token (declined, timed out, tampered callback). */
export class AuthFlowError extends FlickrError {
  /** What went wrong; see {@link AuthFlowFailure}. */
  readonly reason: AuthFlowFailure;

  constructor(reason: AuthFlowFailure, message: string, options: FlickrErrorOptions = {}) {
    super('auth-flow', message, options);
    this.reason = reason;
  }
}
