/**
 * Finds a row of the token cache's `oauth_tokens` table in the bytes of its file, as SQLite's
 * `SELECT … WHERE api_key = ? AND lookup_key = ?` would, provided the schema is exactly the
 * token cache's and everything read along the way is sound.
 *
 * @see https://www.sqlite.org/fileformat2.html
 */
import { forEachEntry, forEachRow } from './sqlite-btree.js';
import type { SeenPages } from './sqlite-btree.js';
import {
  CannotTell,
  compareFields,
  fieldAt,
  fieldEquals,
  integerValue,
  isText,
} from './sqlite-file-format.js';
import type { DatabaseImage, FallbackReason, Field } from './sqlite-file-format.js';
import { CREATE_TOKENS_TABLE, CREATE_VERSION_TABLE, SCHEMA_VERSION } from './sqlite-schema.js';
import type { TokenRow } from './token-row.js';

/** What the file says about one look-up. */
export type FileLookup =
  | { readonly kind: 'found'; readonly row: TokenRow }
  | { readonly kind: 'absent' }
  | { readonly kind: 'cannot-tell'; readonly reason: FallbackReason };

/**
 * The row filed under `apiKey` and `lookupKey`, or `absent`.
 *
 * @throws {@link CannotTell} when the file is not plainly a sound token cache.
 */
export function findTokenRow(
  image: DatabaseImage,
  apiKey: string,
  lookupKey: string,
): FileLookup {
  const seen: SeenPages = new Set();
  const roots = schemaRoots(image, seen, knownDefinitions());
  checkVersion(image, roots.version, seen);

  return findRow(image, roots, seen, apiKey, lookupKey);
}

interface KnownDefinitions {
  readonly version: string;
  readonly tokens: string;
}

/** The definitions SQLite keeps for the two tables, with runs of white space made one space. */
function knownDefinitions(): KnownDefinitions {
  return { version: knownText(CREATE_VERSION_TABLE), tokens: knownText(CREATE_TOKENS_TABLE) };
}

/**
 * SQLite keeps a `CREATE TABLE` statement as it was written, less `IF NOT EXISTS`. Python
 * flickrapi's statements differ from ours only in layout.
 * @see https://www.sqlite.org/schematab.html#interpretation_of_the_schema_table
 */
function knownText(sql: string): string {
  return schemaText(sql.replace(' IF NOT EXISTS ', ' '));
}

/** The statement with each run of SQL white space made one space. */
function schemaText(sql: string): string {
  return sql.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

interface SchemaRoots {
  readonly version: number;
  readonly tokens: number;
  /** The index SQLite makes for the primary key, through which it finds a row. */
  readonly index: number;
}

/**
 * The root pages of the two tables and of the primary key's index, when the schema holds
 * exactly those, as they are defined here: any other object, or definition, is left to SQLite.
 *
 * @see https://www.sqlite.org/fileformat2.html#storage_of_the_sql_database_schema
 */
function schemaRoots(image: DatabaseImage, seen: SeenPages, known: KnownDefinitions): SchemaRoots {
  const { bytes, view } = image;
  const text = (field: Field | undefined) =>
    field !== undefined && isText(field) ? bytes.toString('utf8', field.start, field.end) : '';
  const roots: { version?: number; tokens?: number; index?: number } = {};
  let entries = 0;

  forEachRow(image, 1, seen, (_rowid, fields) => {
    entries += 1;
    const [type, name, table, root, sql] = fields;
    const rootPage = root === undefined ? undefined : integerValue(view, root);
    if (fields.length !== 5 || rootPage === undefined || sql === undefined) {
      throw new CannotTell('schema');
    }
    const definition = isText(sql) ? schemaText(text(sql)) : undefined;

    switch (`${text(type)} ${text(name)} ${text(table)}`) {
      case 'table oauth_cache_db_version oauth_cache_db_version':
        if (definition !== known.version) throw new CannotTell('schema');
        roots.version = rootPage;
        break;
      case 'table oauth_tokens oauth_tokens':
        if (definition !== known.tokens) throw new CannotTell('schema');
        roots.tokens = rootPage;
        break;
      case 'index sqlite_autoindex_oauth_tokens_1 oauth_tokens':
        if (sql.type !== 0) throw new CannotTell('schema');
        roots.index = rootPage;
        break;
      default:
        throw new CannotTell('schema');
    }
  });
  const { version, tokens, index } = roots;
  if (entries !== 3 || version === undefined || tokens === undefined || index === undefined) {
    throw new CannotTell('schema');
  }

  return { version, tokens, index };
}

/** Every version row must hold {@link SCHEMA_VERSION}; else SQLite's path raises the error. */
function checkVersion(image: DatabaseImage, root: number, seen: SeenPages): void {
  forEachRow(image, root, seen, (_rowid, fields) => {
    const value = fields.length === 1 ? integerValue(image.view, fieldAt(fields, 0)) : undefined;
    if (value !== SCHEMA_VERSION) throw new CannotTell('version');
  });
}

/**
 * The matching row of `oauth_tokens`. Every row must be eight TEXT values, the only kind the
 * columns' TEXT affinity stores for the values either library writes. Keys are compared as
 * SQLite's BINARY collation does: byte for byte, in UTF-8.
 *
 * SQLite finds the row through the primary key's index, so the index is read as well: it
 * must be in order, have one entry per row, and point at the same row (or none).
 */
function findRow(
  image: DatabaseImage,
  roots: SchemaRoots,
  seen: SeenPages,
  apiKey: string,
  lookupKey: string,
): FileLookup {
  const { bytes, view } = image;
  const wantedApiKey = Buffer.from(apiKey, 'utf8');
  const wantedLookupKey = Buffer.from(lookupKey, 'utf8');
  const matches = (api: Field, lookup: Field): boolean =>
    fieldEquals(view, api, wantedApiKey) && fieldEquals(view, lookup, wantedLookupKey);

  let rows = 0;
  let match: { readonly rowid: number; readonly fields: readonly Field[] } | undefined;
  forEachRow(image, roots.tokens, seen, (rowid, fields) => {
    rows += 1;
    if (fields.length !== 8 || !fields.every(isText)) throw new CannotTell('record');
    if (!matches(fieldAt(fields, 0), fieldAt(fields, 1))) return;
    // The primary key makes a second match impossible in a sound file.
    if (match !== undefined) throw new CannotTell('duplicate');
    match = { rowid, fields };
  });

  let entries = 0;
  let indexed: number | undefined;
  let previous: IndexEntry | undefined;
  forEachEntry(image, roots.index, seen, (fields) => {
    entries += 1;
    const entry = indexEntry(view, fields);
    if (previous !== undefined && compareEntries(view, previous, entry) >= 0) {
      throw new CannotTell('index');
    }
    previous = entry;
    if (!matches(entry.apiKey, entry.lookupKey)) return;
    if (indexed !== undefined) throw new CannotTell('duplicate');
    indexed = entry.rowid;
  });
  if (entries !== rows || indexed !== match?.rowid) throw new CannotTell('index');
  if (match === undefined) return { kind: 'absent' };

  return { kind: 'found', row: tokenRow(bytes, match.fields) };
}

/** An entry of the primary key's index. */
interface IndexEntry {
  readonly apiKey: Field;
  readonly lookupKey: Field;
  readonly rowid: number;
}

function indexEntry(view: DataView, fields: readonly Field[]): IndexEntry {
  const apiKey = fieldAt(fields, 0);
  const lookupKey = fieldAt(fields, 1);
  const rowid = integerValue(view, fieldAt(fields, 2));
  if (fields.length !== 3 || !isText(apiKey) || !isText(lookupKey) || rowid === undefined) {
    throw new CannotTell('index');
  }

  return { apiKey, lookupKey, rowid };
}

/** Orders two entries as SQLite does: keys by BINARY collation, then the row id. */
function compareEntries(view: DataView, a: IndexEntry, b: IndexEntry): number {
  return compareFields(view, a.apiKey, b.apiKey) ||
    compareFields(view, a.lookupKey, b.lookupKey) ||
    a.rowid - b.rowid;
}

/** The row's values in the order of the `CREATE TABLE` statement matched above. */
function tokenRow(bytes: Buffer, fields: readonly Field[]): TokenRow {
  const { isUtf8 } = process.getBuiltinModule('node:buffer');
  const value = (column: number): string => {
    const field = fieldAt(fields, column);
    const slice = bytes.subarray(field.start, field.end);
    // SQLite would hand such bytes to V8's decoder; rather than rely on both decoding
    // them alike, leave them to SQLite.
    if (!isUtf8(slice)) throw new CannotTell('record');

    return slice.toString('utf8');
  };

  return {
    api_key: value(0),
    lookup_key: value(1),
    oauth_token: value(2),
    oauth_token_secret: value(3),
    access_level: value(4),
    fullname: value(5),
    username: value(6),
    user_nsid: value(7),
  };
}
