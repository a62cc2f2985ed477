/**
 * Sending an upload or replace: the text fields are signed (the file part never is), the
 * body is streamed through the transport, and the XML reply is read.
 *
 * @see https://www.flickr.com/services/api/upload.api.html
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.3 (only text parameters are signed)
 */
import { FlickrError, FlickrNetworkError, FlickrUsageError } from '../errors.js';
import type { Transport } from '../http/transport.js';
import { signOAuthParams } from '../oauth/sign.js';
import { abortReason } from '../resilience/clock.js';
import type { OAuthToken } from '../tokens/token.js';
import { multipartBody } from './multipart-body.js';
import { trackProgress } from './progress.js';
import type { TransferOptions } from './upload-params.js';
import { readUploadResponse, type UploadedPhoto, type UploadTicket } from './upload-response.js';
import type { OpenedSource } from './upload-source.js';

/** What sending an upload needs from the client. */
export interface UploadContext {
  readonly transport: Transport;
  /** The endpoint, e.g. `https://up.flickr.com/services/upload/`. */
  readonly url: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  /** An access token with write permission. */
  readonly token: OAuthToken | undefined;
  /** The `User-Agent` header, when the client sets one. */
  readonly userAgent?: string;
}

/**
 * Sends one upload or replace and reads the reply.
 *
 * @throws {@link FlickrUsageError} without a token; {@link FlickrAbortError} when cancelled;
 * the errors of `readUploadResponse` for Flickr's refusals.
 */
export async function sendUpload(
  context: UploadContext,
  endpoint: 'upload' | 'replace',
  source: OpenedSource,
  fields: readonly [string, string][],
  options: TransferOptions = {},
): Promise<UploadedPhoto | UploadTicket> {
  const token = context.token;
  if (token === undefined) {
    throw new FlickrUsageError(
      `${endpoint}: needs an access token with write permission; sign in first`,
    );
  }
  const signals = [options.signal, timeoutSignal(options.timeout)].filter(
    (signal): signal is AbortSignal => signal !== undefined,
  );
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];

  const signed = signOAuthParams({
    method: 'POST',
    url: context.url,
    params: fields,
    consumerKey: context.consumerKey,
    consumerSecret: context.consumerSecret,
    token: token.token,
    tokenSecret: token.tokenSecret,
  });
  const body = multipartBody(signed, {
    field: 'photo',
    filename: source.filename,
    contentType: source.contentType,
    size: source.size,
    chunks: trackProgress(source.chunks(), source.size, options.onProgress, signal, endpoint),
  });
  const headers: Record<string, string> = { 'content-type': body.contentType };
  if (body.contentLength !== undefined) headers['content-length'] = String(body.contentLength);
  if (context.userAgent !== undefined) headers['user-agent'] = context.userAgent;

  let response;
  try {
    response = await context.transport.request({
      method: 'POST',
      url: context.url,
      headers,
      body: body.body,
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    if (signal?.aborted === true) throw abortReason(endpoint, signal);
    if (error instanceof FlickrError) throw error;
    throw new FlickrNetworkError('POST', context.url, { cause: error });
  }

  return readUploadResponse(response, endpoint, context.url);
}

function timeoutSignal(timeout: number | undefined): AbortSignal | undefined {
  if (timeout === undefined) return undefined;
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new FlickrUsageError(`upload: timeout must be milliseconds > 0, got ${timeout}`);
  }

  return AbortSignal.timeout(timeout);
}
