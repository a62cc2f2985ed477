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
  for (const row of rows) {
    const [name, required = '', optional = '', perms = 'none', login, signed] = row.split('|');
    table[`flickr.${name}`] = {
      required: required === '' ? [] : required.split(','),
      optional: optional === '' ? [] : optional.split(','),
      perms: perms as Perms,
      login: login === '1',
      signed: signed === '1',
      httpMethod: perms === 'write' || perms === 'delete' ? 'POST' : 'GET',
    };
  }

  return table;
}
