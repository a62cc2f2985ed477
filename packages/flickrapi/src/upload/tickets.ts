/**
 * Waiting for asynchronous uploads: polls `flickr.photos.upload.checkTickets` until every
 * ticket is done, and turns failed or unknown tickets into an error.
 */
import {
  FlickrError,
  FlickrResponseFormatError,
  FlickrTimeoutError,
  FlickrUsageError,
} from '../errors.js';
import { abortReason, systemClock, type Clock } from '../resilience/clock.js';

/** The state of one ticket, as checkTickets reports it. */
export interface TicketStatus {
  readonly id: string;
  /** `pending` (complete 0), `done` (1), `failed` (2), or `invalid` (unknown ticket). */
  readonly state: 'pending' | 'done' | 'failed' | 'invalid';
  /** The new photo's id, once done. */
  readonly photoId?: string;
}

/** Asks Flickr about tickets; the client's `checkTickets` call. */
export type CheckTickets = (
  ids: readonly string[],
  signal?: AbortSignal,
) => Promise<TicketStatus[]>;

/** Options of `waitForTickets`. */
export interface WaitForTicketsOptions {
  /** Milliseconds between two checks. Default `1000`. */
  readonly interval?: number;
  /** Milliseconds to wait in all before giving up. Default `300000` (5 minutes). */
  readonly timeout?: number;
  /** Cancels the wait. */
  readonly signal?: AbortSignal;
  /** Time source; tests pass one whose `sleep` returns at once. Default: real time. */
  readonly clock?: Clock;
}

/** Some tickets of an asynchronous upload ended without a photo. */
export class UploadTicketError extends FlickrError {
  /** Tickets whose processing failed (`complete="2"`). */
  readonly failed: readonly string[];
  /** Tickets Flickr does not know (`invalid="1"`). */
  readonly invalid: readonly string[];
  /** The photo ids of the tickets that did complete, by ticket id. */
  readonly completed: Readonly<Record<string, string>>;

  constructor(failed: string[], invalid: string[], completed: Record<string, string>) {
    const parts = [
      failed.length > 0 ? `failed: ${failed.join(', ')}` : '',
      invalid.length > 0 ? `invalid: ${invalid.join(', ')}` : '',
    ].filter((part) => part !== '');
    super('upload-ticket', `waitForTickets: upload tickets did not complete (${parts.join('; ')})`);
    this.failed = failed;
    this.invalid = invalid;
    this.completed = completed;
  }
}

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the tickets of a checkTickets answer in JSON (`{ uploader: { ticket: [...] } }`). */
export function parseTicketsJson(answer: unknown): TicketStatus[] {
  const uploader = isJson(answer) ? answer['uploader'] : undefined;
  if (!isJson(uploader)) {
    const body = JSON.stringify(answer) ?? '';
    throw new FlickrResponseFormatError('flickr.photos.upload.checkTickets', '"uploader"', body);
  }
  const raw = uploader['ticket'];
  const tickets = Array.isArray(raw) ? raw : isJson(raw) ? [raw] : [];

  return tickets.filter(isJson).map((ticket): TicketStatus => {
    const id = String(ticket['id'] ?? '');
    if (String(ticket['invalid'] ?? '0') === '1') return { id, state: 'invalid' };
    const complete = String(ticket['complete'] ?? '0');
    if (complete === '1') {
      const photoId = String(ticket['photoid'] ?? '');
      return photoId === '' ? { id, state: 'done' } : { id, state: 'done', photoId };
    }

    return { id, state: complete === '2' ? 'failed' : 'pending' };
  });
}

/** A ticket id as uploads return it: text or a number, with no separator or space in it. */
function isTicketId(id: unknown): boolean {
  return (typeof id === 'string' || typeof id === 'number') && /^[^\s,]+$/.test(String(id));
}

/**
 * Polls until every ticket is done and resolves to their photo ids, in the order of `ids`.
 *
 * @throws {@link UploadTicketError} once every ticket is settled and some failed or are
 * unknown; {@link FlickrTimeoutError} after `timeout`; {@link FlickrAbortError} when cancelled.
 */
export async function waitForTickets(
  check: CheckTickets,
  ids: readonly string[],
  options: WaitForTicketsOptions = {},
): Promise<string[]> {
  const interval = options.interval ?? 1000;
  const timeout = options.timeout ?? 300_000;
  const clock = options.clock ?? systemClock;
  if (!Array.isArray(ids) || ids.some((id) => !isTicketId(id))) {
    throw new FlickrUsageError(
      'waitForTickets: ticket ids must be an array of the ids that async uploads returned',
    );
  }
  if (ids.length === 0) return [];
  if (!Number.isFinite(interval) || interval < 0 || !Number.isFinite(timeout) || timeout < 0) {
    throw new FlickrUsageError('waitForTickets: interval and timeout must be milliseconds >= 0');
  }

  const started = clock.now();
  const wanted = [...new Set(ids.map(String))];
  for (;;) {
    if (options.signal?.aborted === true) throw abortReason('waitForTickets', options.signal);
    const statuses = new Map((await check(wanted, options.signal)).map((s) => [s.id, s]));
    const completed: Record<string, string> = {};
    const failed: string[] = [];
    const invalid: string[] = [];
    let pending = 0;
    for (const id of wanted) {
      const status = statuses.get(id);
      if (status === undefined || status.state === 'invalid') invalid.push(id);
      else if (status.state === 'pending') pending++;
      // A ticket "done" without a photo id cannot be used: count it as failed.
      else if (status.state === 'failed' || status.photoId === undefined) failed.push(id);
      else completed[id] = status.photoId;
    }

    if (pending === 0) {
      if (failed.length > 0 || invalid.length > 0) {
        throw new UploadTicketError(failed, invalid, completed);
      }
      return ids.map((id) => completed[String(id)] ?? '');
    }
    if (clock.now() - started + interval > timeout) {
      throw new FlickrTimeoutError('waitForTickets', 'flickr.photos.upload.checkTickets', timeout);
    }
    await clock.sleep(interval, options.signal);
  }
}
