/**
 * Finds the paged list in an XML answer: the child of `<rsp>` with `page` and `pages`
 * attributes, and its item elements.
 */
import { FlickrResponseFormatError } from '../errors.js';
import type { XmlElement } from '../formats/xml-element.js';
import type { PageInfo, PageOf } from './walk-pages.js';

function pageNumber(list: XmlElement, name: string, fallback: number): number {
  const value = list.attr(name);
  const number = Number(value);

  return value === undefined || value === '' || !Number.isFinite(number) ? fallback : number;
}

/**
 * The paging header and items of an XML answer.
 *
 * @param where - The method, for error messages.
 * @param listName - The list element, e.g. `photos`; found by its `page` and `pages`
 *   attributes when omitted.
 * @param itemName - The item elements, e.g. `photo`; every child element when omitted.
 * @throws {@link FlickrResponseFormatError} when no paged list is found.
 */
export function findPageInXml(
  rsp: XmlElement,
  where: string,
  listName?: string,
  itemName?: string,
): PageOf<XmlElement> {
  const isPaged = (child: XmlElement): boolean =>
    child.attr('page') !== undefined && child.attr('pages') !== undefined;
  const list = listName === undefined ? rsp.children.find(isPaged) : rsp.find(listName);
  if (list === undefined) {
    const what = listName === undefined ? 'a paged list (with page and pages)' : `<${listName}>`;
    throw new FlickrResponseFormatError(where, what, JSON.stringify(rsp.toJSON()));
  }

  const items = itemName === undefined ? list.children : list.findAll(itemName);
  const info: PageInfo = {
    page: pageNumber(list, 'page', 1),
    pages: pageNumber(list, 'pages', 1),
    perpage: pageNumber(list, 'perpage', pageNumber(list, 'per_page', items.length)),
    total: pageNumber(list, 'total', items.length),
  };

  return { items, info };
}

/** The identity of an XML item: its `id` attribute, or `nsid` for people. */
export function xmlItemId(item: XmlElement): string | undefined {
  return item.attr('id') ?? item.attr('nsid');
}
