/**
 * Walking any paged Flickr method in any response format, and the list walkers Python
 * flickrapi offers (search, a set, a user's photos, recent updates, sets, contacts).
 */
import { FlickrUsageError } from '../errors.js';
import type { JsonValue, ResponseFormat } from '../formats/response-format.js';
import type { XmlElement } from '../formats/xml-element.js';
import { parseXml } from '../formats/xml-reply.js';
import { findPageInJson, jsonItemId } from './find-page-json.js';
import { findPageInXml, xmlItemId } from './find-page-xml.js';
import { walkPages, type PageOf } from './walk-pages.js';

/** Options of a walk. */
export interface WalkOptions {
  /**
   * Items asked for per page (`per_page`). Flickr allows up to 500 for most lists (1000 for
   * contacts). Default `100`.
   */
  readonly perPage?: number;
  /** Pages requested ahead of the one being read; `0` turns prefetching off. Default `3`. */
  readonly prefetch?: number;
  /** Ends the walk; the loop then throws `FlickrAbortError`. */
  readonly signal?: AbortSignal;
}

/** What a walk yields in each format: JSON objects, or XML elements for `xml` and `rest`. */
export type WalkItem<F extends ResponseFormat> = F extends 'xml' | 'rest'
  ? XmlElement
  : { readonly [member: string]: JsonValue };

/** Calls one method in one format; the client's `call`. */
export type CallMethod = (
  method: string,
  params: Readonly<Record<string, unknown>>,
  options: { readonly format: ResponseFormat; readonly signal: AbortSignal },
) => Promise<unknown>;

/** Where a method's list lives, when it is not to be found by its `page`/`pages` header. */
export interface ListNames {
  /** The list element, e.g. `photos`. */
  readonly list?: string;
  /** The item elements inside it, e.g. `photo`. */
  readonly item?: string;
}

function readPage(
  answer: unknown,
  format: ResponseFormat,
  method: string,
  names: ListNames,
): PageOf<unknown> {
  switch (format) {
    case 'parsed-json':
      return findPageInJson(answer, method, names.list, names.item);
    case 'json':
      return findPageInJson(JSON.parse(String(answer)), method, names.list, names.item);
    case 'xml':
      return findPageInXml(answer as XmlElement, method, names.list, names.item);
    case 'rest':
      return findPageInXml(parseXml(String(answer), method), method, names.list, names.item);
  }
}

function itemId(format: ResponseFormat): (item: unknown) => string | undefined {
  return format === 'xml' || format === 'rest'
    ? (item) => xmlItemId(item as XmlElement)
    : jsonItemId;
}

/**
 * Walks every item of a paged method. `page` and `per_page` are set by the walk. With the
 * text formats (`json`, `rest`) the items are parsed: JSON objects and XML elements.
 *
 * @throws {@link FlickrUsageError} for a `perPage` that is not a whole number from 1.
 */
export function walkMethod<F extends ResponseFormat>(
  call: CallMethod,
  method: string,
  params: Readonly<Record<string, unknown>>,
  format: F,
  options: WalkOptions = {},
  names: ListNames = {},
): AsyncGenerator<WalkItem<F>, void, undefined> {
  const perPage = options.perPage ?? 100;
  if (!Number.isInteger(perPage) || perPage < 1) {
    throw new FlickrUsageError(`${method}: perPage must be a whole number >= 1, got ${perPage}`);
  }
  const fetchPage = async (page: number, signal: AbortSignal): Promise<PageOf<unknown>> => {
    const answer = await call(method, { ...params, page, per_page: perPage }, { format, signal });
    return readPage(answer, format, method, names);
  };

  return walkPages(fetchPage, {
    idOf: itemId(format),
    ...(options.prefetch === undefined ? {} : { prefetch: options.prefetch }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  }) as AsyncGenerator<WalkItem<F>, void, undefined>;
}

/** The lists behind the named walkers. */
export const WALKED_LISTS = {
  search: { method: 'flickr.photos.search', list: 'photos', item: 'photo' },
  set: { method: 'flickr.photosets.getPhotos', list: 'photoset', item: 'photo' },
  user: { method: 'flickr.people.getPhotos', list: 'photos', item: 'photo' },
  recentlyUpdated: { method: 'flickr.photos.recentlyUpdated', list: 'photos', item: 'photo' },
  sets: { method: 'flickr.photosets.getList', list: 'photosets', item: 'photoset' },
  contacts: { method: 'flickr.contacts.getList', list: 'contacts', item: 'contact' },
} as const;

/** A photo in a list, as JSON; fields beyond `id` depend on the method and its `extras`. */
export interface WalkedPhoto {
  readonly id: string;
  readonly owner?: string;
  readonly secret?: string;
  readonly server?: string;
  readonly farm?: number;
  readonly title?: string;
  readonly ispublic?: number;
  readonly isfriend?: number;
  readonly isfamily?: number;
  readonly [extra: string]: JsonValue | undefined;
}

/** A photoset in `photosets.getList`, as JSON. */
export interface WalkedPhotoset {
  readonly id: string;
  readonly title?: { readonly _content: string };
  readonly photos?: number | string;
  readonly [field: string]: JsonValue | undefined;
}

/** A contact in `contacts.getList`, as JSON. */
export interface WalkedContact {
  readonly nsid: string;
  readonly username?: string;
  readonly realname?: string;
  readonly friend?: number;
  readonly family?: number;
  readonly [field: string]: JsonValue | undefined;
}
