import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { parseFormEncoded, type Param } from '../oauth/percent-encode.js';

/** Largest urlencoded or multipart text body accepted on non-upload endpoints. */
export const MAX_FORM_BYTES = 8 * 1024 * 1024;

/** Thrown when a request body cannot be read as a form. */
export class BodyError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'BodyError';
    this.status = status;
  }
}

/** The media type of a request, lower-cased, without parameters. */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Reads a whole (small) body as text, refusing more than `MAX_FORM_BYTES`. */
async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) {
      throw new BodyError(413, `request body larger than ${MAX_FORM_BYTES} bytes`);
    }
    chunks.push(chunk);
  }

  return Buffer.concat(chunks).toString('utf8');
}

/** Collects the text parts of a multipart body; file parts are read and discarded. */
function readMultipartFields(req: IncomingMessage): Promise<Param[]> {
  return new Promise((resolve, reject) => {
    const fields: Param[] = [];
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fieldSize: MAX_FORM_BYTES } });
    } catch (error) {
      reject(new BodyError(400, `malformed multipart body: ${(error as Error).message}`));
      return;
    }
    parser.on('field', (name, value) => fields.push([name, value]));
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('error', (error: Error) =>
      reject(new BodyError(400, `malformed multipart body: ${error.message}`)),
    );
    parser.on('close', () => resolve(fields));
    req.pipe(parser);
  });
}

/**
 * Reads the parameters of a request body: urlencoded fields (with `+` as space) or the
 * text parts of a multipart body. Any other body is drained and contributes nothing
 * (python-flickrapi posts an empty body with no content type).
 */
export async function readBodyParams(req: IncomingMessage): Promise<Param[]> {
  const type = mediaType(req);
  if (type === 'application/x-www-form-urlencoded') return parseFormEncoded(await readText(req));
  if (type === 'multipart/form-data') return readMultipartFields(req);
  await drain(req);

  return [];
}

/** Consumes and discards a request body. */
export async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return;
  for await (const chunk of req as AsyncIterable<Buffer>) void chunk;
}
