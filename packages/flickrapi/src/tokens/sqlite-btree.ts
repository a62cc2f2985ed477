/**
 * Walks SQLite's table and index b-trees in key order, checking each page as SQLite does
 * when it loads one, and checking that keys are in order, so that a damaged tree is left to
 * SQLite rather than read differently from it. Payloads that spill onto overflow pages are
 * not followed.
 *
 * @see https://www.sqlite.org/fileformat2.html#b_tree_pages
 */
import { CannotTell, HEADER_SIZE, recordFields, varint } from './sqlite-file-format.js';
import type { DatabaseImage, Field } from './sqlite-file-format.js';

const INDEX_INTERIOR = 0x02;
const TABLE_INTERIOR = 0x05;
const INDEX_LEAF = 0x0a;
const TABLE_LEAF = 0x0d;
/** Far deeper than any tree of a file small enough to be read here. */
const MAX_DEPTH = 20;

/** The pages already walked in one look-up: a page belongs to one tree, once. */
export type SeenPages = Set<number>;

interface Page {
  readonly leaf: boolean;
  /** Where each cell starts in the file, in key order. */
  readonly cells: readonly number[];
  /** Where the page's usable area ends in the file. */
  readonly end: number;
  /** The right-most child of an interior page. */
  readonly right: number;
}

/**
 * Calls `visit` with the row id and the fields of every row of the table rooted at `root`,
 * in row id order.
 *
 * @throws {@link CannotTell} for a damaged tree, a page that is not a table page, or a row
 * that spills onto overflow pages.
 */
export function forEachRow(
  image: DatabaseImage,
  root: number,
  seen: SeenPages,
  visit: (rowid: number, fields: readonly Field[]) => void,
): void {
  const { view } = image;
  // A table's keys: interior key K is at least every row id on its left, less than those right.
  let last = -Infinity;

  const walk = (pageNumber: number, depth: number): void => {
    const page = loadPage(image, pageNumber, depth, seen, TABLE_INTERIOR, TABLE_LEAF);
    for (const cell of page.cells) {
      if (page.leaf) {
        const [size, afterSize] = varint(view, cell, page.end);
        const [rowid, payload] = varint(view, afterSize, page.end);
        if (!Number.isSafeInteger(rowid) || rowid <= last) throw new CannotTell('page');
        last = rowid;
        if (size > image.usableSize - 35) throw new CannotTell('overflow');
        visit(rowid, payloadFields(view, payload, size, page.end));
      } else {
        walk(childAt(view, cell, page.end), depth + 1);
        const [key] = varint(view, cell + 4, page.end);
        if (!Number.isSafeInteger(key) || key < last) throw new CannotTell('page');
        last = key;
      }
    }
    if (!page.leaf) walk(page.right, depth + 1);
  };

  walk(root, 0);
}

/**
 * Calls `visit` with the fields of every entry of the index rooted at `root`, in the index's
 * order: an interior page's entries come between its children's. The caller checks the
 * order, which depends on the index's columns.
 *
 * @throws {@link CannotTell} for a damaged tree, a page that is not an index page, or an
 * entry that spills onto overflow pages.
 */
export function forEachEntry(
  image: DatabaseImage,
  root: number,
  seen: SeenPages,
  visit: (fields: readonly Field[]) => void,
): void {
  const { view, usableSize } = image;
  const maxLocal = Math.floor(((usableSize - 12) * 64) / 255) - 23;
  const entryAt = (at: number, end: number): readonly Field[] => {
    const [size, payload] = varint(view, at, end);
    if (size > maxLocal) throw new CannotTell('overflow');

    return payloadFields(view, payload, size, end);
  };

  const walk = (pageNumber: number, depth: number): void => {
    const page = loadPage(image, pageNumber, depth, seen, INDEX_INTERIOR, INDEX_LEAF);
    for (const cell of page.cells) {
      if (page.leaf) {
        visit(entryAt(cell, page.end));
      } else {
        walk(childAt(view, cell, page.end), depth + 1);
        visit(entryAt(cell + 4, page.end));
      }
    }
    if (!page.leaf) walk(page.right, depth + 1);
  };

  walk(root, 0);
}

function payloadFields(view: DataView, payload: number, size: number, end: number): Field[] {
  if (payload + size > end) throw new CannotTell('page');

  return recordFields(view, payload, payload + size);
}

function childAt(view: DataView, cell: number, end: number): number {
  if (cell + 4 > end) throw new CannotTell('page');

  return view.getUint32(cell);
}

/**
 * Reads a page's header and cell pointers, with the checks SQLite makes on loading a page
 * and computing its free space: the page kind, the cell count, the freeblock list.
 */
function loadPage(
  image: DatabaseImage,
  pageNumber: number,
  depth: number,
  seen: SeenPages,
  interiorKind: number,
  leafKind: number,
): Page {
  const { view, pageSize, usableSize, pageCount } = image;
  if (pageNumber < 1 || pageNumber > pageCount || depth > MAX_DEPTH || seen.has(pageNumber)) {
    throw new CannotTell('page');
  }
  seen.add(pageNumber);
  const start = (pageNumber - 1) * pageSize;
  const header = pageNumber === 1 ? start + HEADER_SIZE : start;
  const kind = view.getUint8(header);
  if (kind !== leafKind && kind !== interiorKind) throw new CannotTell('page');
  const leaf = kind === leafKind;
  const count = view.getUint16(header + 3);
  const pointers = header + (leaf ? 8 : 12);
  // Offsets within the page, as the page stores them.
  const firstCell = pointers + 2 * count - start;
  const lastCell = usableSize - 4;
  const top = view.getUint16(header + 5) || 65536;
  if (firstCell > top || top > usableSize) throw new CannotTell('page');
  checkFreeBlocks(view, start, header, firstCell, top, usableSize);

  const cells: number[] = [];
  for (let i = 0; i < count; i++) {
    const offset = view.getUint16(pointers + 2 * i);
    if (offset < top || offset > lastCell) throw new CannotTell('page');
    cells.push(start + offset);
  }

  return {
    leaf,
    cells,
    end: start + usableSize,
    right: leaf ? 0 : view.getUint32(header + 8),
  };
}

/**
 * The freeblock list must run forward within the cell content area, and the free space it
 * and the fragments add up to must fit the page (SQLite's `btreeComputeFreeSpace`).
 */
function checkFreeBlocks(
  view: DataView,
  start: number,
  header: number,
  firstCell: number,
  top: number,
  usableSize: number,
): void {
  let free = view.getUint8(header + 7) + top;
  let block = view.getUint16(header + 1);
  if (block !== 0) {
    if (block < top) throw new CannotTell('page');
    for (;;) {
      if (block > usableSize - 4) throw new CannotTell('page');
      const next = view.getUint16(start + block);
      const size = view.getUint16(start + block + 2);
      free += size;
      if (next <= block + size + 3) {
        if (next !== 0 || block + size > usableSize) throw new CannotTell('page');
        break;
      }
      block = next;
    }
  }
  if (free > usableSize || free < firstCell) throw new CannotTell('page');
}
