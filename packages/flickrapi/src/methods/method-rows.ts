/**
 * Reading the method table from the compact rows the generator writes for it.
 */
import type { Perms } from '../tokens/token.js';
import type { MethodInfo } from './method-info.js';

/**
 * Builds the method table from rows of the form
 * `name|required,args|optional,args|perms|login|signed`, where `name` follows `flickr.` and
 * `login` and `signed` are `1` or `0`. Write and delete methods are POSTed.
 */
export function readMethodRows(rows: readonly string[]): Readonly<Record<string, MethodInfo>> {
  const table: Record<string, MethodInfo> = {};
  // This runs at import, before anything is optimized: indexing is cheaper there than
  // destructuring, which goes through the array iterator.
  for (let i = 0; i < rows.length; i++) {
    const fields = rows[i]!.split('|') as [string, string, string, Perms, string, string];
    const perms = fields[3];
    table[`flickr.${fields[0]}`] = {
      required: fields[1] === '' ? [] : fields[1].split(','),
      optional: fields[2] === '' ? [] : fields[2].split(','),
      perms,
      login: fields[4] === '1',
      signed: fields[5] === '1',
      httpMethod: perms === 'write' || perms === 'delete' ? 'POST' : 'GET',
    };
  }

  return table;
}
