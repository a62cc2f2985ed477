/** A body to send: text, bytes, or a stream of bytes (used for uploads). */
export type RequestBody = string | Uint8Array | AsyncIterable<Uint8Array>;

/** One HTTP request, as the client hands it to a {@link Transport}. */
export interface TransportRequest {
  /** `GET` or `POST`. */
  readonly method: 'GET' | 'POST';
  /** The full URL, query string included. */
  readonly url: string;
  /** Request headers; names are lower-case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body, for POST. A stream is sent as it is read, never buffered whole. */
  readonly body?: RequestBody;
  /** Cancels the request (timeouts and callers' signals arrive here). */
  readonly signal?: AbortSignal;
  /**
   * Milliseconds until the whole reply must have arrived, for transports that set
   * `enforcesTimeout`; they reject with an error named `TimeoutError` when it passes. Other
   * transports never receive it: the client aborts them through `signal` instead.
   */
  readonly timeoutMs?: number;
}

/** A complete HTTP reply. API replies are small, so the body is read whole. */
export interface TransportResponse {
  /** The HTTP status code. */
  readonly status: number;
  /** Reply headers; names are lower-case, repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body decoded as UTF-8. */
  readonly body: string;
}

/**
 * The one seam through which every request leaves the client. The default keeps
 * connections alive with `node:http`/`node:https`; a `fetch` function can stand in.
 */
export interface Transport {
  /** Sends a request and resolves with the whole reply, or rejects on network failure. */
  request(request: TransportRequest): Promise<TransportResponse>;
  /** Closes idle connections. */
  close(): void;
  /**
   * True when the transport enforces `TransportRequest.timeoutMs` itself, which spares the
   * client an `AbortController` and a listener per request. Default: false.
   */
  readonly enforcesTimeout?: boolean;
}
