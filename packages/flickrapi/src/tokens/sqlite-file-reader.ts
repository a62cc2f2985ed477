/**
 * Looks a token up in the cache file by reading the file's bytes, so that a program whose
 * token is cached does not pay for loading SQLite (better-sqlite3 and its addon cost several
 * milliseconds; reading a 16 KB file costs a few microseconds).
 *
 * It answers only for a file that is plainly a healthy token cache nobody is writing to, and
 * then gives exactly the row SQLite would give. Anything else is "cannot tell", and the
 * caller asks SQLite, which also raises the proper errors. It never writes, locks or creates
 * anything.
 *
 * Known shortcoming: without SQLite's locks, a concurrent writer is noticed by its journal or
 * write-ahead log and by the file's size, times and inode changing while it is read. A writer
 * with `journal_mode=MEMORY` or `OFF` that rewrites pages without changing the size, within
 * one tick of the file system's clock, would go unnoticed; neither flickrapi-ts nor Python
 * flickrapi writes that way.
 *
 * @see https://www.sqlite.org/fileformat2.html
 */
import { CannotTell, openImage } from './sqlite-file-format.js';
import type { FallbackReason } from './sqlite-file-format.js';
import { findTokenRow } from './sqlite-token-lookup.js';
import type { FileLookup } from './sqlite-token-lookup.js';

export type { FallbackReason } from './sqlite-file-format.js';
export type { FileLookup } from './sqlite-token-lookup.js';

const nodeFs = () => process.getBuiltinModule('node:fs');
const nodePath = () => process.getBuiltinModule('node:path');

/** What is compared before and after reading, to notice a file that changed meanwhile. */
export interface FileStamp {
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  readonly ino: bigint;
  readonly dev: bigint;
  isFile(): boolean;
}

/** The file system as the reader uses it; a seam for tests. */
export interface FileAccess {
  /** The stamp of `path` itself (a symbolic link is not followed), or `undefined`. */
  stamp(path: string): FileStamp | undefined;
  /** The whole file. */
  read(path: string): Buffer;
  /** Whether this process may read and write `path`, a file or a folder. */
  mayWrite(path: string): boolean;
}

/** Options of {@link lookupTokenRow}. */
export interface LookupOptions {
  /** @defaultValue Node's `fs` */
  readonly files?: FileAccess;
  /** Larger files are left to SQLite. @defaultValue {@link MAX_FILE_BYTES} */
  readonly maxBytes?: number;
}

/** 4 MiB: some ten thousand tokens. A cache is usually one to three pages. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** The file system through `node:fs`. */
export const nodeFiles: FileAccess = {
  stamp: (path) => nodeFs().lstatSync(path, { bigint: true, throwIfNoEntry: false }),
  read: (path) => nodeFs().readFileSync(path),
  mayWrite(path) {
    const fs = nodeFs();
    try {
      fs.accessSync(path, fs.constants.R_OK | fs.constants.W_OK);

      return true;
    } catch {
      return false;
    }
  },
};


/**
 * The row of `oauth_tokens` filed under `apiKey` and `lookupKey`, read straight from the file
 * at `location`: the row `SELECT … WHERE api_key = ? AND lookup_key = ?` returns through
 * better-sqlite3, `absent` when that returns nothing, or `cannot-tell` (never an exception)
 * when only SQLite can say.
 */
export function lookupTokenRow(
  location: string,
  apiKey: string,
  lookupKey: string,
  options: LookupOptions = {},
): FileLookup {
  const files = options.files ?? nodeFiles;
  try {
    if (hasLoneSurrogate(apiKey) || hasLoneSurrogate(lookupKey)) return cannotTell('key');
    // A rollback journal or a write-ahead log with content: the file may be being written
    // to, or may not hold the latest transactions.
    if (sideFileInUse(files, location)) return cannotTell('side-file');
    const before = files.stamp(location);
    if (before === undefined) return cannotTell('missing');
    if (!before.isFile()) return cannotTell('not-a-file');
    if (before.size > BigInt(options.maxBytes ?? MAX_FILE_BYTES)) return cannotTell('too-large');

    const bytes = files.read(location);
    const after = files.stamp(location);
    if (after === undefined || !sameStamp(before, after) || BigInt(bytes.length) !== after.size) {
      return cannotTell('changed');
    }
    if (sideFileInUse(files, location)) return cannotTell('side-file');

    const image = openImage(bytes);
    if (image.wal && !walFilesUsable(files, location)) return cannotTell('permissions');

    return findTokenRow(image, apiKey, lookupKey);
  } catch (error) {
    return cannotTell(error instanceof CannotTell ? error.reason : 'error');
  }
}

function cannotTell(reason: FallbackReason): FileLookup {
  return { kind: 'cannot-tell', reason };
}

/**
 * Whether a string has half a surrogate pair. better-sqlite3 binds one as CESU-8 where
 * Buffer.from writes U+FFFD, so the bytes to look for would not be those SQLite compares.
 * (A loop: a `\p{Surrogate}` pattern would have V8 build an ICU set on first use.)
 */
function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return true;
    i += 1;
  }

  return false;
}

function sideFileInUse(files: FileAccess, location: string): boolean {
  const journal = files.stamp(`${location}-journal`);
  const wal = files.stamp(`${location}-wal`);

  return (journal !== undefined && journal.size !== 0n) || (wal !== undefined && wal.size !== 0n);
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs &&
    a.ino === b.ino && a.dev === b.dev;
}

/**
 * SQLite refuses to read a file in write-ahead log mode when it cannot create or open the
 * shared-memory and log files beside it (SQLITE_READONLY_DIRECTORY, SQLITE_CANTOPEN).
 */
function walFilesUsable(files: FileAccess, location: string): boolean {
  if (!files.mayWrite(nodePath().dirname(location))) return false;

  return [`${location}-wal`, `${location}-shm`]
    .every((path) => files.stamp(path) === undefined || files.mayWrite(path));
}
