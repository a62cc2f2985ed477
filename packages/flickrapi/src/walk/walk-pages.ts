/**
 * The engine behind every walker: an async iterator over the items of a paged Flickr list
 * that asks for the next page while the caller is still busy with the current one.
 */
import { FlickrUsageError } from '../errors.js';
import { abortReason } from '../resilience/clock.js';

/** The paging header of a Flickr list (`<photos page="2" pages="89" perpage="10" total="881">`). */
export interface PageInfo {
  readonly page: number;
  readonly pages: number;
  readonly perpage: number;
  readonly total: number;
}

/** One page of a list: its items and its header. */
export interface PageOf<T> {
  readonly items: readonly T[];
  readonly info: PageInfo;
}

/** Fetches page `page` (from 1); must stop work when `signal` aborts. */
export type FetchPage<T> = (page: number, signal: AbortSignal) => Promise<PageOf<T>>;

/** How a walk goes. */
export interface WalkPagesOptions<T> {
  /**
   * Pages requested ahead of the one being read. `0` fetches one page at a time. Prefetching
   * costs no extra calls over a whole walk (it never asks past the last page); a caller that
   * breaks out early has spent up to this many calls on pages it never read. Default `3`.
   */
  readonly prefetch?: number;
  /** Ends the walk; the iterator then throws the abort error. */
  readonly signal?: AbortSignal;
  /**
   * The identity of an item, to skip one already yielded when Flickr's pages shift while the
   * walk runs (a new photo pushes the others one place down). Return `undefined` for items
   * that cannot be told apart. Default: none (every item is yielded).
   */
  readonly idOf?: (item: T) => string | undefined;
}

/**
 * Walks every item of a paged list, page after page, up to and including the last page the
 * latest reply announces. Breaking out of the `for await` loop cancels the page being
 * prefetched; no request is left running and no rejection is left unhandled.
 *
 * When a whole page brings nothing new (all items already yielded), the walk ends: Flickr
 * answers pages past the end of some lists (search stops at 4,000 results) with earlier ones.
 *
 * @example
 * ```ts
 * for await (const photo of walkPages((page, signal) => fetchSearchPage(page, signal))) {
 *   console.log(photo.id);
 * }
 * ```
 */
export async function* walkPages<T>(
  fetchPage: FetchPage<T>,
  options: WalkPagesOptions<T> = {},
): AsyncGenerator<T, void, undefined> {
  const prefetch = options.prefetch ?? 3;
  if (!Number.isInteger(prefetch) || prefetch < 0) {
    throw new FlickrUsageError(`walk: prefetch must be a whole number >= 0, got ${prefetch}`);
  }
  const controller = new AbortController();
  const outer = options.signal;
  const forward = (): void => controller.abort(outer?.reason);
  if (outer?.aborted === true) forward();
  outer?.addEventListener('abort', forward, { once: true });

  const request = (page: number): Promise<PageOf<T>> => {
    const fetching = fetchPage(page, controller.signal);
    // Awaited later, or abandoned when the caller breaks out: never an unhandled rejection.
    fetching.catch(() => undefined);
    return fetching;
  };
  const seen = new Set<string>();
  const queue: Promise<PageOf<T>>[] = [request(1)];
  let nextPage = 2;

  try {
    for (;;) {
      const pending = queue.shift();
      if (pending === undefined) return;
      const current = await pending;
      const lastPage = current.info.pages;
      while (queue.length < prefetch && nextPage <= lastPage) queue.push(request(nextPage++));

      let fresh = 0;
      for (const item of current.items) {
        const id = options.idOf?.(item);
        if (id !== undefined) {
          if (seen.has(id)) continue;
          seen.add(id);
        }
        fresh++;
        yield item;
        if (outer?.aborted === true) throw abortReason('walk', outer);
      }

      const atEnd = current.info.page >= lastPage || current.items.length === 0 || fresh === 0;
      if (atEnd) return;
      if (queue.length === 0 && nextPage <= lastPage) queue.push(request(nextPage++));
    }
  } finally {
    outer?.removeEventListener('abort', forward);
    controller.abort();
  }
}
