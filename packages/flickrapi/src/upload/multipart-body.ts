/**
 * A streaming `multipart/form-data` body: text fields, then one file part whose bytes are
 * pulled from their source only as the transport sends them. When the file's size is known
 * the body's length is exact, so it goes out with `Content-Length` rather than chunked.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7578 (multipart/form-data)
 */
import { randomBytes } from 'node:crypto';

import { FlickrUsageError } from '../errors.js';
import { LEND_CHUNKS, type LendingBody } from '../http/lent-chunks.js';

/** The file part of a multipart body. */
export interface MultipartFile {
  /** The form field name; Flickr's is `photo`. */
  readonly field: string;
  /** Sent as the part's `filename`, extension included. */
  readonly filename: string;
  /** The part's `Content-Type`. */
  readonly contentType: string;
  /** Bytes in the file, when known. */
  readonly size: number | undefined;
  /**
   * The file's bytes; or a function giving them, called each time the body is read, with
   * `lend` true when the reader takes lent chunks (see `LendingBody`). Only a function lets
   * the body lend its chunks.
   */
  readonly chunks: AsyncIterable<Uint8Array> | ((lend: boolean) => AsyncIterable<Uint8Array>);
}

/** A body ready for a transport. */
export interface MultipartBody {
  /** The `Content-Type` header, boundary included. */
  readonly contentType: string;
  /** The exact body length, or `undefined` when the file's size is unknown (send chunked). */
  readonly contentLength: number | undefined;
  /**
   * The body, produced as it is read. When `chunks` is a function, the body can be read more
   * than once, and lends its chunks to a transport that asks for them with `LEND_CHUNKS`.
   */
  readonly body: LendingBody;
}

const encoder = new TextEncoder();
const CRLF = '\r\n';

/**
 * Escapes a name or file name for a `Content-Disposition` parameter the way browsers do:
 * `"` and line breaks are percent-encoded, everything else is sent as UTF-8.
 */
function dispositionValue(value: string): string {
  return value.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A boundary that no text field can contain by chance. */
export function createBoundary(): string {
  return `----flickrapi-ts-${randomBytes(16).toString('hex')}`;
}

/**
 * Builds the body. Text fields come first, in the order given, then the file part.
 *
 * @throws {@link FlickrUsageError} when a text field contains the boundary, or (while the body
 * is read) when the file gives more or fewer bytes than its announced size.
 * @example
 * ```ts
 * const { contentType, contentLength, body } = multipartBody(
 *   [['title', 'Sunset']],
 *   { field: 'photo', filename: 'sunset.jpg', contentType: 'image/jpeg', size, chunks },
 * );
 * ```
 */
export function multipartBody(
  fields: readonly (readonly [string, string])[],
  file: MultipartFile,
  boundary: string = createBoundary(),
): MultipartBody {
  let head = '';
  for (const [name, value] of fields) {
    if (value.includes(boundary)) {
      throw new FlickrUsageError(`upload: field "${name}" contains the multipart boundary`);
    }
    head += `--${boundary}${CRLF}Content-Disposition: form-data; ` +
      `name="${dispositionValue(name)}"${CRLF}${CRLF}${value}${CRLF}`;
  }
  head += `--${boundary}${CRLF}Content-Disposition: form-data; ` +
    `name="${dispositionValue(file.field)}"; filename="${dispositionValue(file.filename)}"` +
    `${CRLF}Content-Type: ${file.contentType}${CRLF}${CRLF}`;
  const headBytes = encoder.encode(head);
  const tailBytes = encoder.encode(`${CRLF}--${boundary}--${CRLF}`);
  const contentLength = file.size === undefined
    ? undefined
    : headBytes.byteLength + file.size + tailBytes.byteLength;

  const { chunks } = file;
  const read = (lend: boolean): AsyncGenerator<Uint8Array> => bodyChunks(headBytes, file,
    typeof chunks === 'function' ? () => chunks(lend) : () => chunks, tailBytes);

  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength,
    body: {
      [Symbol.asyncIterator]: () => read(false),
      [LEND_CHUNKS]: () => read(true),
    },
  };
}

async function* bodyChunks(
  head: Uint8Array,
  file: MultipartFile,
  chunks: () => AsyncIterable<Uint8Array>,
  tail: Uint8Array,
): AsyncGenerator<Uint8Array> {
  yield head;
  // Opened only now: a request that fails before its first file byte leaves no file open.
  let read = 0;
  for await (const chunk of chunks()) {
    read += chunk.byteLength;
    if (file.size !== undefined && read > file.size) break;
    if (chunk.byteLength > 0) yield chunk;
  }
  if (file.size !== undefined && read !== file.size) {
    throw new FlickrUsageError(
      `upload: "${file.filename}" gave ${read > file.size ? 'more than' : 'only'} ` +
        `${read > file.size ? file.size : read} bytes, but its size was given as ${file.size}`,
    );
  }
  yield tail;
}
