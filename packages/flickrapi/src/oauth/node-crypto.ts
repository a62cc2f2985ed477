/**
 * `node:crypto` on first use. Loading it costs about 20 ms of start-up; a program that imports
 * flickrapi-ts but makes no signed call (or only later) should not pay that at import.
 */
import type crypto from 'node:crypto';

let loaded: typeof crypto | undefined;

/**
 * The `node:crypto` module, loaded synchronously on the first call (it is built into Node)
 * and kept, so signing in a loop costs one comparison here.
 */
export function nodeCrypto(): typeof crypto {
  loaded ??= process.getBuiltinModule('node:crypto');

  return loaded;
}
