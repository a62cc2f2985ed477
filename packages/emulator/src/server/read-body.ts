import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { parseFormEncoded, type Param } from '../oauth/percent-encode.js';

/** Largest urlencoded or multipart text body accepted on non-upload endpoints. */
export const MAX_FORM_BYTES = 8 * 1024 * 1024;

/** Most text fields a multipart body may carry; Flickr's requests have a few dozen at most. */
export const MAX_FORM_FIELDS = 1000;

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
export function readFormText(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_FORM_BYTES) {
        chunks.push(chunk);
        return;
      }
      // The rest is read and dropped rather than the connection cut, so the 413 arrives.
      req.off('data', onData);
      req.resume();
      reject(new BodyError(413, `request body larger than ${MAX_FORM_BYTES} bytes`));
    };
    req.on('data', onData);
    req.on('error', reject);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/**
 * The text fields of a multipart body, held to `MAX_FORM_FIELDS` fields and `MAX_FORM_BYTES`
 * bytes in all: busboy alone would silently truncate long values and keep any number of them.
 */
export class FormFields {
  readonly params: Param[] = [];
  #bytes = 0;

  /** Busboy limits that go with these checks; `fieldSize` is the most one value may hold. */
  static limits(fieldSize: number): busboy.Limits {
    return { fields: MAX_FORM_FIELDS, fieldSize, fieldNameSize: 1024 };
  }

  /** Keeps one field, or returns why the body is refused. */
  add(name: string, value: string, info: busboy.FieldInfo): BodyError | undefined {
    this.#bytes += Buffer.byteLength(name) + Buffer.byteLength(value);
    if (info.nameTruncated || info.valueTruncated || this.#bytes > MAX_FORM_BYTES) {
      return new BodyError(413, 'multipart text fields larger than the emulator accepts');
    }
    this.params.push([name, value]);

    return undefined;
  }

  /** The refusal for a body with more than `MAX_FORM_FIELDS` fields. */
  static tooMany(): BodyError {
    return new BodyError(413, `more than ${MAX_FORM_FIELDS} multipart text fields`);
  }
}

/** Collects the text parts of a multipart body; file parts are read and discarded. */
function readMultipartFields(req: IncomingMessage): Promise<Param[]> {
  return new Promise((resolve, reject) => {
    const fields = new FormFields();
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: FormFields.limits(MAX_FORM_BYTES) });
    } catch (error) {
      reject(new BodyError(400, `malformed multipart body: ${(error as Error).message}`));
      return;
    }
    const refuse = (error: Error): void => {
      // The rest of the body is read and dropped, so the reply can still be delivered.
      req.unpipe(parser);
      req.resume();
      reject(error);
    };
    parser.on('field', (name, value, info) => {
      const refused = fields.add(name, value, info);
      if (refused !== undefined) refuse(refused);
    });
    parser.on('fieldsLimit', () => refuse(FormFields.tooMany()));
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('error', (error: Error) =>
      refuse(new BodyError(400, `malformed multipart body: ${error.message}`)),
    );
    parser.on('close', () => resolve(fields.params));
    // A client that hangs up mid-body would otherwise leave this wait pending for good.
    req.on('error', refuse);
    req.on('close', () => {
      if (!req.complete) refuse(new BodyError(400, 'request body cut off before its end'));
    });
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
  if (type === 'application/x-www-form-urlencoded') {
    return parseFormEncoded(await readFormText(req));
  }
  if (type === 'multipart/form-data') return readMultipartFields(req);
  await drain(req);

  return [];
}

/** Consumes and discards a request body. */
export async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return;
  for await (const chunk of req as AsyncIterable<Buffer>) void chunk;
}
