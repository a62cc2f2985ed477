import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Param } from '../oauth/percent-encode.js';
import { parseFormEncoded } from '../oauth/percent-encode.js';
import { BodyError, drain, FormFields, mediaType, readFormText } from '../server/read-body.js';

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
 * stays flat whatever the size. A urlencoded body gives fields and no file. Text is held
 * to the limits of `FormFields`.
 *
 * @throws BodyError for a malformed, oversized or cut-off body; no temporary file is left
 */
export async function receiveUpload(
  req: IncomingMessage,
  tempDir: string,
): Promise<ReceivedUpload> {
  const type = mediaType(req);
  if (type === 'application/x-www-form-urlencoded') {
    return { fields: parseFormEncoded(await readFormText(req)), file: undefined };
  }
  if (type !== 'multipart/form-data') {
    await drain(req);
    return { fields: [], file: undefined };
  }

  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: FormFields.limits(1024 * 1024) });
  } catch (error) {
    await drain(req);
    throw new BodyError(400, `malformed multipart body: ${(error as Error).message}`);
  }
  const fields = new FormFields();
  const part: { stream?: Readable; write?: Promise<ReceivedFile> } = {};

  try {
    await new Promise<void>((resolve, reject) => {
      const refuse = (error: Error): void => {
        // Ends the file's pipeline, which removes the partial file.
        part.stream?.destroy(error);
        reject(error);
      };
      parser.on('field', (name, value, info) => {
        const refused = fields.add(name, value, info);
        if (refused !== undefined) refuse(refused);
      });
      parser.on('fieldsLimit', () => refuse(FormFields.tooMany()));
      parser.on('file', (_name, stream, info) => {
        if (part.stream !== undefined) {
          stream.resume();
          return;
        }
        part.stream = stream;
        part.write = writeFile(stream, tempDir, info.filename ?? '');
        // Awaited below; this keeps a failure before then from counting as unhandled.
        part.write.catch(() => undefined);
      });
      parser.on('error', (error: Error) =>
        refuse(new BodyError(400, `malformed multipart body: ${error.message}`)),
      );
      parser.on('close', () => resolve());
      req.on('error', refuse);
      req.on('close', () => {
        if (!req.complete) refuse(new BodyError(400, 'request body cut off before its end'));
      });
      req.pipe(parser);
    });
  } catch (error) {
    req.unpipe(parser);
    req.resume();
    const written = await part.write?.catch(() => undefined);
    if (written !== undefined) rmSync(written.path, { force: true });
    throw error;
  }

  return { fields: fields.params, file: await part.write };
}

/** Streams one file part to a temporary file, removed again if the part fails. */
async function writeFile(stream: Readable, tempDir: string, filename: string) {
  const path = join(tempDir, `.incoming-${randomBytes(8).toString('hex')}`);
  const tap = new Tap();
  const out = createWriteStream(path);
  try {
    await pipeline(stream, tap, out);
  } catch (error) {
    // The file is opened asynchronously: removing it before the stream has closed could
    // run before it even exists, leaving it behind.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    rmSync(path, { force: true });
    throw error;
  }

  return { path, size: tap.size, sha1: tap.hash.digest('hex'), head: tap.head(), filename };
}
