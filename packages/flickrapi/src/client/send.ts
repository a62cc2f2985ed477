/**
 * Sending one request through a transport with a timeout and the caller's signal, turning
 * failures into the library's errors and reporting to the opt-in logger.
 */
import {
  FlickrAbortError,
  FlickrError,
  FlickrNetworkError,
  FlickrTimeoutError,
  FlickrUsageError,
} from '../errors.js';
import type { FlickrLogger } from '../http/logger.js';
import { redactText, urlWithoutQuery } from '../http/redact.js';
import type { Transport, TransportRequest, TransportResponse } from '../http/transport.js';
import { monotonicNow } from '../monotonic-now.js';

/** How one request is sent. */
export interface SendOptions {
  /** Milliseconds until the whole reply must have arrived; `Infinity` for no limit. */
  readonly timeoutMs: number;
  /** The caller's signal. */
  readonly signal?: AbortSignal | undefined;
  /** Where to report the request, if anywhere. */
  readonly logger?: FlickrLogger | undefined;
  /** Values to hide from log lines and errors. */
  readonly secrets: readonly string[];
}

// Marks an abort as the timeout's, to tell it from the caller's.
const TIMED_OUT = Symbol('flickrapi-ts timeout');

function abortForTimeout(controller: AbortController): void {
  controller.abort(TIMED_OUT);
}

// The longest delay `setTimeout` keeps (about 24.8 days); a longer one fires at once.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Checks a timeout option: milliseconds > 0, or `Infinity`. A timeout longer than a timer
 * can hold (about 24.8 days) is returned as `Infinity`.
 */
export function checkTimeout(timeoutMs: number, where: string): number {
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0) {
    throw new FlickrUsageError(
      `${where}: timeout must be milliseconds > 0, got ${String(timeoutMs)}`,
    );
  }

  return timeoutMs > LONGEST_TIMER_MS ? Infinity : timeoutMs;
}

/**
 * A request as handed to {@link sendRequest}: the transport request without the deadline and
 * signal, which are added here. It must be the caller's own new object: for a transport that
 * enforces the timeout itself, they are set on it rather than on a copy.
 */
export type UnsentRequest = {
  -readonly [K in keyof TransportRequest]: TransportRequest[K];
};

/**
 * Sends `request` and resolves with the complete reply, whatever its status.
 *
 * @throws FlickrTimeoutError when no complete reply came within `timeoutMs`
 * @throws FlickrAbortError when the caller's signal fired (before or during the request)
 * @throws FlickrNetworkError when the request could not be sent or its reply not read
 */
export function sendRequest(
  transport: Transport,
  request: UnsentRequest,
  options: SendOptions,
): Promise<TransportResponse> {
  const { signal: callerSignal, timeoutMs } = options;
  if (callerSignal?.aborted === true) {
    return Promise.reject(new FlickrAbortError(
      `${request.method} ${urlWithoutQuery(request.url)}`,
      { cause: callerSignal.reason },
    ));
  }
  if (transport.enforcesTimeout !== true || options.logger !== undefined) {
    return sendLogged(transport, request, options);
  }

  // The common case, without an async layer: the transport's own promise, failures mapped.
  // The transport keeps the deadline and listens to the signal: no controller needed.
  if (Number.isFinite(timeoutMs)) request.timeoutMs = timeoutMs;
  if (callerSignal !== undefined) request.signal = callerSignal;
  let sent: Promise<TransportResponse>;
  try {
    sent = transport.request(request);
  } catch (error) {
    return Promise.reject(mapFailure(error, request, timeoutMs, callerSignal));
  }

  return sent.then(undefined, (error: unknown) => {
    throw mapFailure(error, request, timeoutMs, callerSignal);
  });
}

/** {@link sendRequest} for a logger, or for a transport that leaves the timeout to the client. */
async function sendLogged(
  transport: Transport,
  request: UnsentRequest,
  options: SendOptions,
): Promise<TransportResponse> {
  const { signal: callerSignal, timeoutMs } = options;
  const started = options.logger === undefined ? 0 : monotonicNow();

  try {
    let response: TransportResponse;
    if (transport.enforcesTimeout === true) {
      if (Number.isFinite(timeoutMs)) request.timeoutMs = timeoutMs;
      if (callerSignal !== undefined) request.signal = callerSignal;
      response = await transport.request(request);
    } else {
      response = await requestWithAbort(transport, request, timeoutMs, callerSignal);
    }
    if (options.logger !== undefined) log(options, request, started, response.status);

    return response;
  } catch (error) {
    const mapped = mapFailure(error, request, timeoutMs, callerSignal);
    if (options.logger !== undefined) log(options, request, started, undefined, mapped);
    throw mapped;
  }
}

/** Any other transport: the timeout and the caller's signal both abort one controller. */
async function requestWithAbort(
  transport: Transport,
  request: UnsentRequest,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<TransportResponse> {
  const controller = new AbortController();
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(abortForTimeout, timeoutMs, controller)
    : undefined;
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    return await transport.request({ ...request, signal: controller.signal });
  } catch (error) {
    throw controller.signal.reason === TIMED_OUT ? new TransportTimeout(error) : error;
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

/** Marks a failure as the client's own timeout, keeping the transport's error as cause. */
class TransportTimeout extends Error {
  constructor(cause: unknown) {
    super('timeout', { cause });
  }

  override get name(): string {
    return 'TimeoutError';
  }
}

function mapFailure(
  error: unknown,
  request: UnsentRequest,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): FlickrError {
  const url = urlWithoutQuery(request.url);
  if (callerSignal?.aborted === true) {
    return new FlickrAbortError(`${request.method} ${url}`, { cause: callerSignal.reason });
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new FlickrTimeoutError(request.method, url, timeoutMs, {
      cause: error instanceof TransportTimeout ? error.cause : error,
    });
  }
  if (error instanceof FlickrError) return error;

  return new FlickrNetworkError(request.method, url, { cause: error });
}

function log(
  options: SendOptions,
  request: UnsentRequest,
  started: number,
  status: number | undefined,
  error?: FlickrError,
): void {
  const fields: Record<string, unknown> = {
    method: request.method,
    url: redactText(request.url, options.secrets),
    durationMs: Math.round((monotonicNow() - started) * 10) / 10,
  };
  if (status !== undefined) fields['status'] = status;
  if (error !== undefined) fields['error'] = redactText(error.message, options.secrets);
  options.logger?.debug(`flickrapi-ts: ${request.method} ${urlWithoutQuery(request.url)}`, fields);
}
