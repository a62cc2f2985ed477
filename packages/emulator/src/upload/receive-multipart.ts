import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Param } from '../oauth/percent-encode.js';
import { parseFormEncoded } from '../oauth/percent-encode.js';
import { BodyError, drain, mediaType } from '../server/read-body.js';

/** Bytes kept from the start of the file to recognise its type and size. */
const HEAD_BYTES = 128 * 1024;

/** The file part of an upload, already on disk. */
export interface ReceivedFile {
  /** Temporary path inside the data folder; move or delete it. */
  readonly path: string;
  readonly size: number;
  readonly sha1: string;
  readonly head: Buffer;
  readonly filename: string;
}

/** The text fields and the (first) file of an upload body. */
export interface ReceivedUpload {
  readonly fields: Param[];
  readonly file: ReceivedFile | undefined;
}

/** Hashes and counts bytes on their way to disk, keeping the first few. */
class Tap extends Transform {
  readonly hash = createHash('sha1');
  size = 0;
  readonly #head: Buffer[] = [];
  #headSize = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (this.#headSize < HEAD_BYTES) {
      this.#head.push(chunk.subarray(0, HEAD_BYTES - this.#headSize));
      this.#headSize += Math.min(chunk.length, HEAD_BYTES - this.#headSize);
    }
    done(null, chunk);
  }

  head(): Buffer {
    return Buffer.concat(this.#head);
  }
}

/**
 * Receives an upload body. Multipart text parts become fields; the first part carrying a
 * filename is streamed to a temporary file in `tempDir` (hashed on the way), so memory
 * stays flat whatever the size. A urlencoded body gives fields and no file.
 */
export async function receiveUpload(
  req: IncomingMessage,
  tempDir: string,
): Promise<ReceivedUpload> {
  const type = mediaType(req);
  if (type === 'application/x-www-form-urlencoded') {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    return { fields: parseFormEncoded(Buffer.concat(chunks).toString('utf8')), file: undefined };
  }
  if (type !== 'multipart/form-data') {
    await drain(req);
    return { fields: [], file: undefined };
  }

  const fields: Param[] = [];
  let file: ReceivedFile | undefined;
  const writes: Promise<void>[] = [];
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { fieldSize: 1024 * 1024 } });
  } catch (error) {
    await drain(req);
    throw new BodyError(400, `malformed multipart body: ${(error as Error).message}`);
  }

  await new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value) => fields.push([name, value]));
    parser.on('file', (_name, stream, info) => {
      if (file !== undefined || writes.length > 0) {
        stream.resume();
        return;
      }
      const path = join(tempDir, `.incoming-${randomBytes(8).toString('hex')}`);
      const tap = new Tap();
      writes.push(
        pipeline(stream, tap, createWriteStream(path)).then(
          () => {
            file = {
              path,
              size: tap.size,
              sha1: tap.hash.digest('hex'),
              head: tap.head(),
              filename: info.filename ?? '',
            };
          },
          (error: unknown) => {
            rmSync(path, { force: true });
            throw error;
          },
        ),
      );
    });
    parser.on('error', (error: Error) =>
      reject(new BodyError(400, `malformed multipart body: ${error.message}`)),
    );
    parser.on('close', () => resolve());
    req.on('error', reject);
    req.pipe(parser);
  });
  await Promise.all(writes);

  return { fields, file };
}
