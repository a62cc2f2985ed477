/**
 * A transport over a `fetch` function: the global one, undici's, or any compatible function a
 * test, proxy or tracing layer injects.
 */
import { checkMaxResponseBytes, replyTooLarge } from './reply-limit.js';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

/** The subset of the `fetch` signature the library uses. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options of {@link FetchTransport}. */
export interface FetchTransportOptions {
  /**
   * The largest reply body read, in bytes; a larger one rejects with
   * `FlickrResponseFormatError`. Default: 16 MiB.
   */
  readonly maxResponseBytes?: number;
}

/**
 * Sends requests through a `fetch` function. Streamed bodies are passed as a `ReadableStream`
 * (half-duplex), so they are not buffered either. Note that Node's global `fetch` costs
 * noticeably more CPU per call than the default {@link NodeTransport}.
 *
 * @example
 * ```ts
 * const flickr = new FlickrAPI(key, secret, { fetch: globalThis.fetch });
 * ```
 */
export class FetchTransport implements Transport {
  readonly #fetch: FetchLike;
  readonly #maxResponseBytes: number;

  /** @param fetchFn - the function to call; default `globalThis.fetch`. */
  constructor(fetchFn: FetchLike = globalThis.fetch, options: FetchTransportOptions = {}) {
    if (typeof fetchFn !== 'function') {
      throw new TypeError(`FetchTransport: expected a fetch function, got ${typeof fetchFn}`);
    }
    this.#fetch = fetchFn;
    this.#maxResponseBytes = checkMaxResponseBytes(options.maxResponseBytes, 'FetchTransport');
  }

  /**
   * Sends one request and resolves with the complete reply. Redirects are not followed
   * (Flickr's endpoints do not redirect, and following one would re-send the signed request
   * to another URL): a 3xx reply is returned as it is.
   */
  async request(request: TransportRequest): Promise<TransportResponse> {
    const init: RequestInit & { duplex?: 'half' } = {
      method: request.method,
      headers: request.headers,
      redirect: 'manual',
    };
    if (request.signal !== undefined) init.signal = request.signal;
    const { body } = request;
    if (typeof body === 'string' || body instanceof Uint8Array) {
      init.body = body;
    } else if (body !== undefined) {
      init.body = toReadableStream(body);
      init.duplex = 'half';
    }

    const response = await this.#fetch(request.url, init);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });

    const text = await readLimited(response, this.#maxResponseBytes, request);

    return { status: response.status, headers, body: text };
  }

  /** Nothing to close: the `fetch` implementation owns its connections. */
  close(): void {}
}

/** The body as text, refusing to read past `limit` bytes. */
async function readLimited(
  response: Response,
  limit: number,
  request: TransportRequest,
): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit) {
    await response.body?.cancel();
    throw replyTooLarge(request.method, request.url, limit, '');
  }
  if (response.body === null) return '';

  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    text += decoder.decode(value, { stream: true });
    if (size > limit) {
      await reader.cancel();
      throw replyTooLarge(request.method, request.url, limit, text);
    }
  }

  return text + decoder.decode();
}

function toReadableStream(body: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = body[Symbol.asyncIterator]();

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  }, { highWaterMark: 0 });
}
