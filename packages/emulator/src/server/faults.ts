import { STATUS_CODES } from 'node:http';
import { ApiError } from '../rest/api-error.js';
import type { Delivery, OutgoingReply } from './send.js';

/**
 * One injected failure: the next `count` requests whose path contains `path` (any path
 * when absent) wait `delayMs`, then answer `status` (with `Retry-After: retryAfter` when
 * given, always for 429), or, without a status, are answered normally but with the body
 * cut short (`truncate`) or dribbled out over `slowBodyMs`. With `apiError`, a REST call
 * or upload is authenticated as usual and then fails with that Flickr error code (HTTP
 * 200, e.g. 105 "Service currently unavailable").
 */
export interface Fault {
  readonly status?: number;
  readonly count: number;
  readonly path?: string;
  readonly retryAfter?: number;
  readonly delayMs?: number;
  readonly truncate?: boolean;
  readonly slowBodyMs?: number;
  readonly apiError?: number;
}

/** Flickr's wording of the shared errors a fault may inject. */
const API_ERROR_MESSAGES: Readonly<Record<number, string>> = {
  105: 'Service currently unavailable',
  106: 'Write operation failed',
  3: 'General upload failure',
  6: 'User exceeded upload limit',
  8: 'Filesize was too large',
};

/** Random failures for the CLI: a share of all requests fail or arrive damaged. */
export interface RandomFaults {
  /** Share of requests answered with `failStatus` (0 to 1, default 0). */
  readonly failRate?: number;
  /** Status for random failures (default 503). */
  readonly failStatus?: number;
  /** Share of requests whose body is cut short (default 0). */
  readonly truncateRate?: number;
  /** Spread every body over this many milliseconds (default 0: off). */
  readonly slowBodyMs?: number;
}

/** What to do with one request. */
export interface FaultPlan {
  readonly delayMs: number;
  /** A canned failure to answer instead of processing the request. */
  readonly failure?: OutgoingReply;
  readonly delivery: Delivery;
  /** A Flickr API error to answer once the call is authenticated. */
  readonly apiError?: ApiError;
}

/** Flickr's throttling page, seen on its OAuth and API hosts. */
export const TOO_MANY_REQUESTS_HTML =
  '<html><body><h1>429 Too Many Requests</h1>\n' +
  'You have sent too many requests in a given amount of time.\n</body></html>';

/** The canned reply for an HTTP failure status. */
export function failureReply(status: number, retryAfter?: number): OutgoingReply {
  const headers: Record<string, string> = { 'Content-Type': 'text/html' };
  if (retryAfter !== undefined || status === 429) headers['Retry-After'] = String(retryAfter ?? 1);
  const body =
    status === 429
      ? TOO_MANY_REQUESTS_HTML
      : `<html><body><h1>${status} ${STATUS_CODES[status] ?? 'Error'}</h1>\n` +
        'The server could not complete your request.\n</body></html>';

  return { status, headers, body };
}

/** Validates a fault, saying what is wrong with it. */
function checkFault(fault: Fault, index: number): void {
  const where = `injectFaults: faults[${index}]`;
  if (!Number.isInteger(fault.count) || fault.count < 1) {
    throw new RangeError(`${where}.count must be a positive integer, got ${fault.count}`);
  }
  if (
    fault.status !== undefined &&
    (!Number.isInteger(fault.status) || fault.status < 400 || fault.status > 599)
  ) {
    throw new RangeError(
      `${where}.status must be an HTTP error status 400-599, got ${fault.status}`,
    );
  }
  if (fault.delayMs !== undefined && !(fault.delayMs >= 0)) {
    throw new RangeError(`${where}.delayMs must be >= 0, got ${fault.delayMs}`);
  }
}

/** The queue of injected faults plus the configured latency and random faults. */
export class FaultInjector {
  readonly #queue: { fault: Fault; remaining: number }[] = [];
  readonly #latencyMs: number;
  readonly #random: RandomFaults;

  constructor(latencyMs: number, random: RandomFaults) {
    this.#latencyMs = latencyMs;
    this.#random = random;
  }

  /** Queues faults; each applies to the next `count` matching requests. */
  inject(faults: readonly Fault[]): void {
    faults.forEach(checkFault);
    for (const fault of faults) this.#queue.push({ fault, remaining: fault.count });
  }

  /** Decides the fate of one request (consuming a queued fault if one matches). */
  plan(path: string): FaultPlan {
    const entry = this.#queue.find(
      ({ fault }) => fault.path === undefined || path.includes(fault.path),
    );
    if (entry !== undefined) {
      entry.remaining -= 1;
      if (entry.remaining === 0) this.#queue.splice(this.#queue.indexOf(entry), 1);
      const { fault } = entry;
      const delayMs = this.#latencyMs + (fault.delayMs ?? 0);
      if (fault.status !== undefined) {
        return {
          delayMs,
          failure: failureReply(fault.status, fault.retryAfter),
          delivery: { kind: 'normal' },
        };
      }
      if (fault.apiError !== undefined) {
        const message = API_ERROR_MESSAGES[fault.apiError] ?? `Error ${fault.apiError}`;
        return {
          delayMs,
          delivery: { kind: 'normal' },
          apiError: new ApiError(fault.apiError, message),
        };
      }
      if (fault.truncate === true) return { delayMs, delivery: { kind: 'truncate' } };
      if (fault.slowBodyMs !== undefined) {
        return { delayMs, delivery: { kind: 'slow', durationMs: fault.slowBodyMs } };
      }
      return { delayMs, delivery: { kind: 'normal' } };
    }

    return this.#randomPlan();
  }

  #randomPlan(): FaultPlan {
    const { failRate = 0, failStatus = 503, truncateRate = 0, slowBodyMs = 0 } = this.#random;
    const delayMs = this.#latencyMs;
    if (failRate > 0 && Math.random() < failRate) {
      return { delayMs, failure: failureReply(failStatus), delivery: { kind: 'normal' } };
    }
    if (truncateRate > 0 && Math.random() < truncateRate) {
      return { delayMs, delivery: { kind: 'truncate' } };
    }
    if (slowBodyMs > 0) return { delayMs, delivery: { kind: 'slow', durationMs: slowBodyMs } };

    return { delayMs, delivery: { kind: 'normal' } };
  }
}
