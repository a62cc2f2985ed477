/**
 * A transport over a `fetch` function: the global one, undici's, or any compatible function a
 * test, proxy or tracing layer injects.
 */
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

/** The subset of the `fetch` signature the library uses. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

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

  /** @param fetchFn - the function to call; default `globalThis.fetch`. */
  constructor(fetchFn: FetchLike = globalThis.fetch) {
    this.#fetch = fetchFn;
  }

  /** Sends one request and resolves with the complete reply. */
  async request(request: TransportRequest): Promise<TransportResponse> {
    const init: RequestInit & { duplex?: 'half' } = {
      method: request.method,
      headers: request.headers,
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

    return { status: response.status, headers, body: await response.text() };
  }

  /** Nothing to close: the `fetch` implementation owns its connections. */
  close(): void {}
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
