/**
 * Finds the paged list in a decoded JSON answer, whatever the method: the member of the
 * reply that carries `page` and `pages` (`photos`, `photoset`, `photosets`, `contacts`, ...)
 * and, inside it, the array of items (`photo`, `photoset`, `contact`, ...).
 */
import { FlickrResponseFormatError } from '../errors.js';
import type { PageInfo, PageOf } from './walk-pages.js';

/** A decoded JSON object. */
type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a paging number that Flickr may send as a number or as text. */
function pageNumber(list: JsonObject, name: string, fallback: number): number {
  const value = list[name];
  const number = typeof value === 'number' ? value : Number(value);

  return value === undefined || value === '' || !Number.isFinite(number) ? fallback : number;
}

/**
 * The paging header and items of a JSON answer.
 *
 * @param where - The method, for error messages.
 * @param listName - The member holding the list, e.g. `photos`; found by looking for `page`
 *   and `pages` when omitted.
 * @param itemName - The member of the list holding the items, e.g. `photo`; the one array
 *   in the list when omitted.
 * @throws {@link FlickrResponseFormatError} when no paged list is found.
 */
export function findPageInJson(
  answer: unknown,
  where: string,
  listName?: string,
  itemName?: string,
): PageOf<unknown> {
  const body = () => JSON.stringify(answer) ?? String(answer);
  if (!isObject(answer)) throw new FlickrResponseFormatError(where, 'a JSON object', body());

  const list = listName === undefined
    ? Object.values(answer).find((value) => isObject(value) && 'page' in value && 'pages' in value)
    : answer[listName];
  if (!isObject(list)) {
    const what = listName === undefined ? 'a paged list (with page and pages)' : `"${listName}"`;
    throw new FlickrResponseFormatError(where, what, body());
  }

  const rawItems = itemName === undefined
    ? Object.values(list).find((value) => Array.isArray(value)) ??
      Object.values(list).find((value) => isObject(value))
    : list[itemName];
  // Lists of one item may come as an object rather than an array of one.
  const items = Array.isArray(rawItems) ? rawItems : isObject(rawItems) ? [rawItems] : [];
  const info: PageInfo = {
    page: pageNumber(list, 'page', 1),
    pages: pageNumber(list, 'pages', 1),
    perpage: pageNumber(list, 'perpage', pageNumber(list, 'per_page', items.length)),
    total: pageNumber(list, 'total', items.length),
  };

  return { items, info };
}

/** The identity of a JSON item: its `id`, or `nsid` for people. */
export function jsonItemId(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  const id = item['id'] ?? item['nsid'];

  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}
