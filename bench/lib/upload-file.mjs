// The file every client uploads: a JPEG start-of-image header and then zeros, made sparse so
// that a 2 GB file costs nothing to create; reads of the holes come from memory, like a file
// already in the page cache.
import { mkdtempSync, openSync, closeSync, writeSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const JPEG_HEADER = Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex');

/** Creates a sparse upload file of `bytes` bytes; returns `{ path, remove() }`. */
export function makeUploadFile(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'flickrapi-bench-'));
  const path = join(dir, `upload-${bytes}.jpg`);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, JPEG_HEADER);
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }

  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
