/**
 * Uploading and replacing photos: the text fields are signed (the file part never is), the
 * body is streamed through the client's transport, and the XML reply is read.
 *
 * @see https://www.flickr.com/services/api/upload.api.html
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.3 (only text parameters are signed)
 */
import type { SignedRequestInput } from '../client/flickr-api.js';
import { checkTimeout } from '../client/send.js';
import { FlickrTimeoutError, FlickrUsageError } from '../errors.js';
import type { TransportResponse } from '../http/transport.js';
import { monotonicNow } from '../monotonic-now.js';
import type { CallPolicies } from '../resilience/call-policies.js';
import { abortReason } from '../resilience/clock.js';
import type { OAuthToken } from '../tokens/token.js';
import { multipartBody } from './multipart-body.js';
import { trackProgress, type UploadProgress } from './progress.js';
import {
  replaceFields,
  uploadFields,
  type ReplaceParams,
  type TransferOptions,
  type UploadParams,
} from './upload-params.js';
import { readUploadResponse, type UploadedPhoto, type UploadTicket } from './upload-response.js';
import { openUploadSource, type OpenedSource, type UploadSource } from './upload-source.js';

/** What uploading needs from the client. */
export interface UploadClient {
  readonly endpoints: { readonly upload: string; readonly replace: string };
  /** The access token (write permission) to sign with. */
  readonly token: OAuthToken | undefined;
  /** The client's timeout, used as the upload's inactivity limit. */
  readonly timeout: number;
  /** Rate limit and retries; uploads are never cached. */
  readonly policies?: CallPolicies | undefined;
  signedRequest(input: SignedRequestInput): Promise<TransportResponse>;
}

/**
 * Uploads a photo or video. See `FlickrAPI.upload`.
 *
 * @throws {@link FlickrApiError} with `method` `upload` when Flickr refuses the file.
 */
export async function uploadPhoto(
  client: UploadClient,
  source: UploadSource,
  params: UploadParams = {},
): Promise<UploadedPhoto | UploadTicket> {
  const opened = await openUploadSource(source);

  return send(client, 'upload', opened, uploadFields(params, opened.filename), params);
}

/**
 * Replaces the file of an existing photo, keeping its metadata. See `FlickrAPI.replace`.
 *
 * @throws {@link FlickrApiError} with `method` `replace` when Flickr refuses it.
 */
export async function replacePhoto(
  client: UploadClient,
  source: UploadSource,
  photoId: string,
  params: ReplaceParams = {},
): Promise<UploadedPhoto | UploadTicket> {
  const fields = replaceFields(String(photoId), params);
  const opened = await openUploadSource(source);

  return send(client, 'replace', opened, fields, params);
}

async function send(
  client: UploadClient,
  endpoint: 'upload' | 'replace',
  source: OpenedSource,
  fields: [string, string][],
  options: TransferOptions,
): Promise<UploadedPhoto | UploadTicket> {
  const token = client.token;
  if (token === undefined) {
    throw new FlickrUsageError(
      `${endpoint}: needs an access token with write permission; sign in first`,
    );
  }
  // As for any call, a limit longer than a timer can hold is none.
  const idleMs = checkTimeout(options.timeout ?? client.timeout, endpoint);
  const url = client.endpoints[endpoint];
  const request = (): Promise<TransportResponse> =>
    sendOnce(client, endpoint, url, token, source, fields, options, idleMs);
  const read = (response: TransportResponse): UploadedPhoto | UploadTicket =>
    readUploadResponse(response, endpoint, url);
  if (client.policies === undefined) return read(await request());

  return client.policies.run({
    what: endpoint,
    write: true,
    replayable: source.replayable,
    signal: options.signal,
    send: request,
    read,
  });
}

/**
 * Sends the body once. The timeout is an inactivity limit, not a total: the upload fails
 * when the transport takes no byte for `idleMs`, or no reply comes `idleMs` after the last
 * byte, so that a 4 GB video is not cut off for taking long while a stalled one is.
 *
 * A byte counts as taken once it is in the socket's send buffer, the furthest Node shows. A
 * full buffer wakes its writer only when about a third of it has drained, and the reply comes
 * only once all of it has: a limit shorter than the time the link takes to move a buffer
 * (several MB on loopback, far less on a slow link) fails an upload that is still moving.
 */
async function sendOnce(
  client: UploadClient,
  endpoint: 'upload' | 'replace',
  url: string,
  token: OAuthToken,
  source: OpenedSource,
  fields: [string, string][],
  options: TransferOptions,
  idleMs: number,
): Promise<TransportResponse> {
  const stall = new AbortController();
  // One timer that is moved on lazily: progress only notes the time (a large upload makes
  // thousands of steps), and a timer that fires early waits out the rest of the limit.
  let active = 0;
  let timer: NodeJS.Timeout | undefined;
  const watch = (): void => {
    const idle = monotonicNow() - active;
    timer = idle < idleMs ? setTimeout(watch, idleMs - idle) : undefined;
    if (timer === undefined) stall.abort();
  };
  const touch = (): void => {
    active = monotonicNow();
    if (timer === undefined && Number.isFinite(idleMs)) timer = setTimeout(watch, idleMs);
  };
  const signal = options.signal === undefined
    ? stall.signal
    : AbortSignal.any([options.signal, stall.signal]);
  const onProgress = options.onProgress;
  const report = (progress: UploadProgress): void => {
    touch();
    onProgress?.(progress);
  };
  const chunks = (lend: boolean): AsyncIterable<Uint8Array> =>
    trackProgress(source.chunks(lend), source.size, report, signal, endpoint);
  const body = multipartBody(fields, {
    field: 'photo',
    filename: source.filename,
    contentType: source.contentType,
    size: source.size,
    chunks,
  });
  const headers: Record<string, string> = { 'content-type': body.contentType };
  if (body.contentLength !== undefined) headers['content-length'] = String(body.contentLength);

  touch();
  try {
    return await client.signedRequest({
      method: 'POST',
      url,
      params: fields,
      token,
      body: body.body,
      headers,
      signal,
      timeout: Infinity,
    });
  } catch (error) {
    if (options.signal?.aborted === true) throw abortReason(endpoint, options.signal);
    if (stall.signal.aborted) {
      throw new FlickrTimeoutError('POST', url, idleMs, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
