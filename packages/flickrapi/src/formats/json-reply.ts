/**
 * Reading Flickr's JSON (`format=json&nojsoncallback=1`) replies.
 */
import { FlickrApiError, FlickrResponseFormatError } from '../errors.js';
import { redactText } from '../http/redact.js';
import type { FlickrResponse } from './response-format.js';

// Flickr wraps JSON in `jsonFlickrApi(...)` when `nojsoncallback` is missing; accept both.
const JSONP = /^\s*jsonFlickrApi\(([\s\S]*)\)\s*;?\s*$/;

/**
 * The JSON text of a reply: without a byte order mark (which `JSON.parse` refuses) and
 * without the `jsonFlickrApi(...)` wrapper of a JSONP reply.
 */
export function unwrapJson(text: string): string {
  const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  return JSONP.exec(bare)?.[1] ?? bare;
}

/**
 * Flickr's error code: a number in JSON, text in XML. Anything else (`null`, `true`, `""`,
 * `[5]`) is not a code, though `Number()` would make one of it.
 */
export function errorCode(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);

  return undefined;
}

/**
 * Parses a JSON reply and checks `stat`: returns the object when `"ok"`, throws
 * `FlickrApiError` with Flickr's `code` and `message` when `"fail"`.
 *
 * @param method - the Flickr method, named in errors
 * @param secrets - values to hide from the body excerpt of a format error
 * @throws FlickrResponseFormatError when the text is not JSON or has no `stat`
 */
export function readJsonReply(
  text: string,
  method: string,
  secrets: readonly string[] = [],
): FlickrResponse {
  let parsed: unknown;
  try {
    // A bare JSON object (what `nojsoncallback=1` gets) is parsed as it is; anything else
    // may carry a byte order mark or the JSONP wrapper.
    parsed = JSON.parse(text.charCodeAt(0) === 0x7b ? text : unwrapJson(text));
  } catch (error) {
    throw new FlickrResponseFormatError(method, 'a JSON object', redactText(text, secrets), {
      cause: error,
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new FlickrResponseFormatError(method, 'a JSON object', redactText(text, secrets));
  }

  const reply = parsed as Record<string, unknown>;
  if (reply['stat'] === 'ok') return reply as unknown as FlickrResponse;
  if (reply['stat'] !== 'fail') {
    throw new FlickrResponseFormatError(
      method,
      'a JSON object with "stat"',
      redactText(text, secrets),
    );
  }
  const code = errorCode(reply['code']);
  if (code === undefined) {
    throw new FlickrResponseFormatError(
      method,
      'a numeric "code" in a failed reply',
      redactText(text, secrets),
    );
  }

  throw new FlickrApiError(method, code, redactText(String(reply['message'] ?? ''), secrets));
}
