/**
 * The method table, read from the compact rows the generator writes for it. Reading all 223
 * rows costs about a millisecond, so it happens on first use rather than at import.
 */
import type { Perms } from '../tokens/token.js';
import type { MethodInfo } from './method-info.js';

/**
 * Builds the method table from rows of the form
 * `name|required,args|optional,args|perms|login|signed`, where `name` follows `flickr.` and
 * `login` and `signed` are `1` or `0`. Write and delete methods are POSTed.
 */
export function readMethodRows(rows: readonly string[]): Record<string, MethodInfo> {
  const table: Record<string, MethodInfo> = {};
  // This runs once, before anything is optimized: indexing is cheaper there than
  // destructuring, which goes through the array iterator.
  for (let i = 0; i < rows.length; i++) {
    const fields = rows[i]!.split('|') as RowFields;
    table[`flickr.${fields[0]}`] = entryOf(fields);
  }

  return table;
}

type RowFields = [name: string, required: string, optional: string, perms: Perms,
  login: string, signed: string];

function entryOf(fields: RowFields): MethodInfo {
  const perms = fields[3];

  return {
    required: fields[1] === '' ? [] : fields[1].split(','),
    optional: fields[2] === '' ? [] : fields[2].split(','),
    perms,
    login: fields[4] === '1',
    signed: fields[5] === '1',
    httpMethod: perms === 'write' || perms === 'delete' ? 'POST' : 'GET',
  };
}

/** The method table for a set of rows, read the first time anything asks for it. */
export class MethodCatalogue {
  readonly #rows: readonly string[];
  // The object the table view (a Proxy) stands for: empty until first use, then filled.
  readonly #table: Record<string, MethodInfo> = {};
  #filled = false;
  // Entries looked up one by one before the table was filled; filling reuses them.
  readonly #looked = new Map<string, MethodInfo>();

  /** Keeps `rows` (see {@link readMethodRows}) without reading them. */
  constructor(rows: readonly string[]) {
    this.#rows = rows;
  }

  /**
   * The entry of `method`, or `undefined` when there is no such method. Until the whole table
   * is read, only the method's own row is: a program that makes one call reads one row.
   */
  info(method: string): MethodInfo | undefined {
    if (this.#filled) return Object.hasOwn(this.#table, method) ? this.#table[method] : undefined;
    const looked = this.#looked.get(method);
    if (looked !== undefined) return looked;
    if (!method.startsWith('flickr.') || method.includes('|')) return undefined;

    // Rows start with the name after "flickr." and a "|".
    const prefix = `${method.slice('flickr.'.length)}|`;
    const row = this.#rows.find((candidate) => candidate.startsWith(prefix));
    if (row === undefined) return undefined;
    const info = entryOf(row.split('|') as RowFields);
    this.#looked.set(method, info);

    return info;
  }

  /** Every method name, in table order (without reading the rest of each row). */
  names(): string[] {
    if (this.#filled) return Object.keys(this.#table);

    return this.#rows.map((row) => `flickr.${row.slice(0, row.indexOf('|'))}`);
  }

  /**
   * The whole table as a plain-looking object: keys, `in`, `Object.entries`, property reads
   * and `console.log` all see every method, and the rows are read on the first of them.
   */
  view(): Readonly<Record<string, MethodInfo>> {
    const fill = (): Record<string, MethodInfo> => this.#fill();
    // util.inspect shows a Proxy's target without calling its traps: it finds this hook there.
    Object.defineProperty(this.#table, Symbol.for('nodejs.util.inspect.custom'), {
      value: fill,
    });

    // Once filled, the target is the table: each trap fills it and then does the default.
    return new Proxy(this.#table, {
      get: (_target, key, receiver) => Reflect.get(fill(), key, receiver),
      has: (_target, key) => Reflect.has(fill(), key),
      ownKeys: () => Reflect.ownKeys(fill()),
      getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(fill(), key),
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    });
  }

  #fill(): Record<string, MethodInfo> {
    if (!this.#filled) {
      // Entries already looked up keep their identity.
      for (const [name, info] of Object.entries(readMethodRows(this.#rows))) {
        this.#table[name] = this.#looked.get(name) ?? info;
      }
      this.#looked.clear();
      this.#filled = true;
    }

    return this.#table;
  }
}
