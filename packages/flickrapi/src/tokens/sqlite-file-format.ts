/**
 * Just enough of SQLite's file format to read a small database from its bytes: the header,
 * records and their values. Anything outside that subset (odd encodings, damage, values
 * that are not plainly what a token cache holds) throws {@link CannotTell}; the caller then
 * lets SQLite itself read the file.
 *
 * @see https://www.sqlite.org/fileformat2.html
 */

/** Why the file format reader gave up on a file; SQLite itself is asked instead. */
export type FallbackReason =
  | 'key'
  | 'missing'
  | 'not-a-file'
  | 'too-large'
  | 'side-file'
  | 'changed'
  | 'permissions'
  | 'header'
  | 'schema'
  | 'version'
  | 'page'
  | 'overflow'
  | 'record'
  | 'index'
  | 'duplicate'
  | 'error';

/** Thrown inside the reader when the file is not plainly one it can read. */
export class CannotTell extends Error {
  readonly reason: FallbackReason;

  constructor(reason: FallbackReason) {
    super(`the token cache file cannot be read without SQLite (${reason})`);
    this.reason = reason;
  }
}

/** A database file's bytes with the geometry its header gives. */
export interface DatabaseImage {
  readonly bytes: Buffer;
  /**
   * The same bytes, read through DataView's built-in methods: Buffer's `readUInt16BE` and
   * kin are JavaScript that a fresh process would first have to compile.
   */
  readonly view: DataView;
  readonly pageSize: number;
  /** The page size less the bytes reserved at the end of every page. */
  readonly usableSize: number;
  readonly pageCount: number;
  /** The file is in write-ahead log mode (read and write versions 2). */
  readonly wal: boolean;
}

/** One value of a record: its serial type and where its bytes are in the file. */
export interface Field {
  readonly type: number;
  readonly start: number;
  readonly end: number;
}

/** @see https://www.sqlite.org/fileformat2.html#the_database_header */
const MAGIC = 'SQLite format 3\0';
export const HEADER_SIZE = 100;
const UTF8 = 1;

/** Bytes taken by values of serial types 0 to 9: NULL, integers, a float, 0 and 1. */
const SERIAL_LENGTHS = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0];

/**
 * Checks the header and returns the file's geometry.
 *
 * @throws {@link CannotTell} `header` for anything but a UTF-8 database whose in-header size
 * is valid and matches the file's length.
 */
export function openImage(bytes: Buffer): DatabaseImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.length < HEADER_SIZE || !startsWith(view, MAGIC)) throw new CannotTell('header');
  const raw = view.getUint16(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const usableSize = pageSize - view.getUint8(20);
  const writeVersion = view.getUint8(18);
  const readVersion = view.getUint8(19);
  const schemaFormat = view.getUint32(44);
  // The in-header size is only valid when the change counter matches "version valid for".
  const pageCount = view.getUint32(24) === view.getUint32(92) ? view.getUint32(28) : 0;

  const valid =
    pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0 &&
    usableSize >= 480 && usableSize % 2 === 0 &&
    (writeVersion === 1 || writeVersion === 2) && (readVersion === 1 || readVersion === 2) &&
    view.getUint8(21) === 64 && view.getUint8(22) === 32 && view.getUint8(23) === 32 &&
    schemaFormat >= 1 && schemaFormat <= 4 &&
    view.getUint32(56) === UTF8 &&
    pageCount > 0 && pageCount * pageSize === bytes.length;
  if (!valid) throw new CannotTell('header');

  return {
    bytes,
    view,
    pageSize,
    usableSize,
    pageCount,
    wal: writeVersion === 2 || readVersion === 2,
  };
}

function startsWith(view: DataView, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (view.getUint8(i) !== text.charCodeAt(i)) return false;
  }

  return true;
}

/** The field at `index`; a record with fewer fields is not one this reader knows. */
export function fieldAt(fields: readonly Field[], index: number): Field {
  const field = fields[index];
  if (field === undefined) throw new CannotTell('record');

  return field;
}

/** Whether a field's bytes are exactly `wanted`. */
export function fieldEquals(view: DataView, field: Field, wanted: Uint8Array): boolean {
  if (field.end - field.start !== wanted.length) return false;
  for (let i = 0; i < wanted.length; i++) {
    if (view.getUint8(field.start + i) !== wanted[i]) return false;
  }

  return true;
}

/**
 * Orders two fields' bytes as SQLite's BINARY collation orders text: as `memcmp` over the
 * shorter length, then the shorter first.
 */
export function compareFields(view: DataView, a: Field, b: Field): number {
  const length = Math.min(a.end - a.start, b.end - b.start);
  for (let i = 0; i < length; i++) {
    const order = view.getUint8(a.start + i) - view.getUint8(b.start + i);
    if (order !== 0) return order;
  }

  return (a.end - a.start) - (b.end - b.start);
}

/** True for a TEXT value. */
export function isText(field: Field): boolean {
  return field.type >= 13 && field.type % 2 === 1;
}

/**
 * The value of an integer field (serial types 1 to 6, 8 and 9), or `undefined` for any other
 * type or an integer beyond `Number.MAX_SAFE_INTEGER`.
 */
export function integerValue(view: DataView, field: Field): number | undefined {
  const { type, start } = field;
  switch (type) {
    case 1:
      return view.getInt8(start);
    case 2:
      return view.getInt16(start);
    case 3:
      return view.getInt8(start) * 0x10000 + view.getUint16(start + 1);
    case 4:
      return view.getInt32(start);
    case 5:
      return view.getInt16(start) * 0x100000000 + view.getUint32(start + 2);
    case 6: {
      const value = view.getBigInt64(start);
      const safe = value <= BigInt(Number.MAX_SAFE_INTEGER) &&
        value >= BigInt(Number.MIN_SAFE_INTEGER);

      return safe ? Number(value) : undefined;
    }
    case 8:
    case 9:
      return type - 8;
    default:
      return undefined;
  }
}

/**
 * The fields of the record stored from `start` to `end`: a header of serial types, then the
 * values. Every byte must belong to a value.
 *
 * @see https://www.sqlite.org/fileformat2.html#record_format
 */
export function recordFields(view: DataView, start: number, end: number): Field[] {
  const [headerSize, typesStart] = varint(view, start, end);
  const headerEnd = start + headerSize;
  if (headerEnd > end || typesStart > headerEnd) throw new CannotTell('record');
  const fields: Field[] = [];
  let at = typesStart;
  let value = headerEnd;
  while (at < headerEnd) {
    const [type, next] = varint(view, at, headerEnd);
    const length = serialLength(type);
    fields.push({ type, start: value, end: value + length });
    at = next;
    value += length;
  }
  if (value !== end) throw new CannotTell('record');

  return fields;
}

/** How many bytes a value of a serial type takes. */
function serialLength(type: number): number {
  if (type >= 12) return Math.floor((type - 12) / 2);
  if (type === 10 || type === 11) throw new CannotTell('record');

  return SERIAL_LENGTHS[type] ?? 0;
}

/**
 * A variable-length integer at `at`, which must end before `limit`, and the offset after it.
 * Values past 2^53 lose precision; they are sizes no file read here has.
 *
 * @see https://www.sqlite.org/fileformat2.html#varint
 */
export function varint(view: DataView, at: number, limit: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    if (at + i >= limit) throw new CannotTell('record');
    const byte = view.getUint8(at + i);
    if (i === 8) return [value * 256 + byte, at + 9];
    value = value * 128 + (byte & 0x7f);
    if (byte < 0x80) return [value, at + i + 1];
  }

  throw new CannotTell('record');
}
