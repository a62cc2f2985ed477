/**
 * What can be uploaded, turned into one shape: a file name, a size when it can be known, and
 * the bytes as an async iterable that is read as the request is sent, never held whole.
 */
// The callback API of node:fs: node:fs/promises would be one more module to load on the first
// upload, and its FileHandle reads cost more per call.
import { close, createReadStream, open, read, readSync, stat, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

import { FlickrUsageError } from '../errors.js';
import { monotonicNow } from '../monotonic-now.js';
import { contentTypeFor, filenameFromMagic } from './content-types.js';

/** The bytes of an upload: a file path, bytes, a `Blob` (or `File`), or a stream. */
export type UploadData = string | Uint8Array | Blob | Readable | WebReadableStream<Uint8Array>;

/** Bytes or a stream with the file name to give Flickr, and its size when known. */
export interface NamedUploadSource {
  readonly data: UploadData;
  /** The file name sent to Flickr; its extension matters (Flickr refuses some videos without). */
  readonly filename: string;
  /** The size in bytes, for streams: sends an exact `Content-Length` and a progress total. */
  readonly size?: number;
}

/**
 * What `upload` and `replace` accept. A string is a file path. Bytes, a `Blob` and a file
 * stream (`fs.createReadStream`) find their own name (from the path, the `File`'s name, or
 * the bytes' format); other streams need `{ data, filename }`.
 */
export type UploadSource = UploadData | NamedUploadSource;

/** An upload source ready to be sent. */
export interface OpenedSource {
  readonly filename: string;
  readonly contentType: string;
  /** Bytes in all, when known before reading. */
  readonly size: number | undefined;
  /** False for streams: they can be read only once, so the upload cannot be retried. */
  readonly replayable: boolean;
  /**
   * The bytes, read as they are pulled. With `lend` true a file is read into the same
   * buffers over and over: each chunk is only lent, and is overwritten once the next one is
   * pulled (for a consumer such as `NodeTransport` that has sent a chunk before it asks for
   * the next). Default: false, chunks the consumer may keep.
   */
  chunks(lend?: boolean): AsyncIterable<Uint8Array>;
}

/**
 * Size of the pieces read from files (when they cannot be lent) and byte arrays. Each such
 * file read fills a fresh buffer that lingers until the next garbage collection, so larger
 * pieces raise the peak memory of a large upload.
 */
const CHUNK_SIZE = 256 * 1024;

/**
 * The smallest and largest pieces a file is read in while its chunks are lent. Every piece
 * costs a pass through the body's stages (progress, multipart framing) and a socket write
 * whose callback the transport waits for: on a fast connection 64 KiB pieces cost about as
 * much CPU as moving the bytes, and 1 MiB pieces took a quarter off the time of a 512 MiB
 * upload (larger ones gained nothing more). On a slow connection a piece is the step in which
 * an upload is seen to move: 1 MiB at 30 kB/s is over half a minute, past the default timeout,
 * so there pieces stay small. A 1 MiB read from the page cache takes a fraction of a
 * millisecond, short enough to do on the event loop.
 */
const MIN_LENT_PIECE = 64 * 1024;
const MAX_LENT_PIECE = 1024 * 1024;

/** Each lent piece is sized to be taken in about this time at the rate the last one was. */
const LENT_PIECE_MS = 20;

/**
 * The size of the next lent piece after the consumer took one of `bytes` in `ms`: the power
 * of two between {@link MIN_LENT_PIECE} and {@link MAX_LENT_PIECE} that it would take in about
 * {@link LENT_PIECE_MS} at the same rate, and no more than twice `bytes`. A socket takes a
 * piece at once while its send buffer has room, however slow the link behind it: a piece
 * taken at once shows only that there was room for it, so the next may double, not jump to
 * 1 MiB (which a 30 kB/s link would take over half a minute to move on).
 */
export function nextPieceSize(bytes: number, ms: number): number {
  const fits = Math.min((bytes * LENT_PIECE_MS) / Math.max(ms, 0.001), 2 * bytes);
  let size = MIN_LENT_PIECE;
  while (size < MAX_LENT_PIECE && size * 2 <= fits) size *= 2;

  return size;
}

/**
 * A read from memory takes well under a millisecond. One that takes longer than this went to
 * a disk or a network file system: the rest of the file is then read off the event loop, so
 * that a slow file never holds up the program's other work.
 */
const SYNC_READ_LIMIT_MS = 2;

function isNamed(source: UploadSource): source is NamedUploadSource {
  return typeof source === 'object' && source !== null && 'data' in source &&
    'filename' in source && !(source instanceof Uint8Array);
}

function isNodeReadable(data: unknown): data is Readable {
  return data instanceof Readable ||
    (typeof data === 'object' && data !== null && typeof (data as Readable).pipe === 'function' &&
      typeof (data as Readable)[Symbol.asyncIterator] === 'function');
}

function isWebStream(data: unknown): data is WebReadableStream<Uint8Array> {
  return typeof data === 'object' && data !== null &&
    typeof (data as WebReadableStream).getReader === 'function';
}

async function* byteChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += CHUNK_SIZE) {
    yield bytes.subarray(offset, offset + CHUNK_SIZE);
  }
}

async function* streamChunks(stream: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    if (chunk instanceof Uint8Array) yield chunk;
    else if (typeof chunk === 'string') yield Buffer.from(chunk);
    else throw new FlickrUsageError('upload: the stream gave a chunk that is not bytes');
  }
}

async function* webStreamChunks(stream: WebReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stops the stream's producer when the upload is cancelled or fails.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * Starts reading up to `length` bytes into `buffer` at `position`. The promise is awaited only
 * once the chunk lent before it comes back, so it is marked as handled now: a failed read must
 * not count as an unhandled rejection in the meantime (it is thrown when awaited).
 */
function readAhead(fd: number, buffer: Buffer, length: number, position: number): Promise<number> {
  const reading = new Promise<number>((resolve, reject) => {
    read(fd, buffer, 0, Math.min(length, buffer.byteLength), position, (error, bytesRead) => {
      if (error === null) resolve(bytesRead);
      else reject(error);
    });
  });
  reading.catch(() => undefined);

  return reading;
}

/**
 * A file's bytes in lent chunks of {@link MIN_LENT_PIECE} to {@link MAX_LENT_PIECE}, each sized
 * by how fast the consumer took the one before (see {@link nextPieceSize}). While reads come
 * from memory, one buffer is filled synchronously just before its chunk is lent. After the
 * first slow read (over `syncReadLimitMs`), that buffer and a second one take turns: while one
 * is lent out the other is filled by the thread pool with the next piece, so reading overlaps
 * sending. A buffer is filled again only once the chunk after it has been pulled, which is
 * when its consumer let go of it.
 *
 * @param size The file's size when opened: no buffer is made larger than needed for it (plus
 * the byte that shows it grew since).
 */
export async function* lentFileChunks(
  path: string,
  size: number,
  syncReadLimitMs = SYNC_READ_LIMIT_MS,
): AsyncGenerator<Uint8Array> {
  const fd = await new Promise<number>((resolve, reject) => {
    open(path, 'r', (error, opened) => (error === null ? resolve(opened) : reject(error)));
  });
  let position = 0;
  let piece = MIN_LENT_PIECE;
  let next: Promise<number> | undefined;
  try {
    const first = Buffer.allocUnsafeSlow(Math.min(MAX_LENT_PIECE, size + 1));
    for (let slow = false; !slow;) {
      const started = monotonicNow();
      const bytesRead = readSync(fd, first, 0, Math.min(piece, first.byteLength), position);
      if (bytesRead === 0) return;
      const lent = monotonicNow();
      slow = lent - started > syncReadLimitMs;
      position += bytesRead;
      yield first.subarray(0, bytesRead);
      piece = nextPieceSize(bytesRead, monotonicNow() - lent);
    }

    // The consumer let go of the first buffer by pulling again: it takes the first turn.
    const rest = Math.max(size - position, 0);
    const buffers = [first, Buffer.allocUnsafeSlow(Math.min(MAX_LENT_PIECE, rest + 1))];
    let turn = 0;
    next = readAhead(fd, buffers[0]!, piece, position);
    for (;;) {
      const bytesRead = await next;
      if (bytesRead === 0) return;
      const chunk = buffers[turn]!.subarray(0, bytesRead);
      position += bytesRead;
      turn = 1 - turn;
      next = readAhead(fd, buffers[turn]!, piece, position);
      const lent = monotonicNow();
      yield chunk;
      piece = nextPieceSize(bytesRead, monotonicNow() - lent);
    }
  } finally {
    // A read still in flight must end before its descriptor is closed (and maybe reused).
    await next?.catch(() => 0);
    close(fd, () => undefined);
  }
}

function usage(message: string): FlickrUsageError {
  return new FlickrUsageError(`upload: ${message}`);
}

async function openPath(path: string, filename: string | undefined): Promise<OpenedSource> {
  const info = await new Promise<Stats>((resolve, reject) => {
    stat(path, (error, stats) => (error === null ? resolve(stats) : reject(error)));
  }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new FlickrUsageError(`upload: cannot read file "${path}" (${code})`, { cause: error });
  });
  if (!info.isFile()) throw usage(`"${path}" is not a file`);
  const name = filename ?? basename(path);

  return {
    filename: name,
    contentType: contentTypeFor(name),
    size: info.size,
    replayable: true,
    chunks: (lend = false) => lend
      ? lentFileChunks(path, info.size)
      : createReadStream(path, { highWaterMark: CHUNK_SIZE }),
  };
}

/**
 * Opens an upload source: checks it, finds its name and size. Files are opened only when
 * their bytes are pulled.
 *
 * @throws {@link FlickrUsageError} when a file cannot be read, a stream has no file name, or
 * the source is of no supported kind.
 */
export async function openUploadSource(source: UploadSource): Promise<OpenedSource> {
  const named = isNamed(source) ? source : undefined;
  const data = named?.data ?? (source as UploadData);
  const size = named?.size;
  if (size !== undefined && (!Number.isSafeInteger(size) || size < 0)) {
    throw usage(`size must be a whole number of bytes >= 0, got ${size}`);
  }
  if (named !== undefined && named.filename.trim() === '') throw usage('filename is empty');
  const opened = (filename: string, sized: number | undefined, replayable: boolean,
    chunks: () => AsyncIterable<Uint8Array>): OpenedSource =>
    ({ filename, contentType: contentTypeFor(filename), size: sized, replayable, chunks });

  if (typeof data === 'string') return openPath(data, named?.filename);

  if (data instanceof Uint8Array) {
    const filename = named?.filename ?? filenameFromMagic(data);
    if (filename === undefined) {
      throw usage('cannot tell the file type of these bytes; pass { data, filename }');
    }
    return opened(filename, data.byteLength, true, () => byteChunks(data));
  }

  if (data instanceof Blob) {
    const ownName = 'name' in data && typeof data.name === 'string' ? data.name : '';
    const head = new Uint8Array(await data.slice(0, 16).arrayBuffer());
    const filename = named?.filename ?? (ownName !== '' ? ownName : filenameFromMagic(head));
    if (filename === undefined) {
      throw usage('cannot tell the file type of this Blob; pass { data, filename } or a File');
    }
    return opened(filename, data.size, true,
      () => webStreamChunks(data.stream() as WebReadableStream<Uint8Array>));
  }

  if (isNodeReadable(data)) {
    const path = (data as Readable & { path?: unknown }).path;
    const fromPath = typeof path === 'string' ? basename(path) : undefined;
    const filename = named?.filename ?? fromPath;
    if (filename === undefined) throw usage('a stream needs a file name: pass { data, filename }');
    return opened(filename, size, false, () => streamChunks(data));
  }

  if (isWebStream(data)) {
    if (named === undefined) throw usage('a stream needs a file name: pass { data, filename }');
    return opened(named.filename, size, false, () => webStreamChunks(data));
  }

  throw usage(
    'unsupported source; expected a file path, a Buffer or Uint8Array, a Blob, ' +
      'a Node Readable or a web ReadableStream',
  );
}
