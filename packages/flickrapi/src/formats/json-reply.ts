/**
 * Reading Flickr's JSON (`format=json&nojsoncallback=1`) replies.
 */
import { FlickrApiError, FlickrResponseFormatError } from '../errors.js';
import { redactText } from '../http/redact.js';
import type { FlickrResponse } from './response-format.js';

// Flickr wraps JSON in `jsonFlickrApi(...)` when `nojsoncallback` is missing; accept both.
const JSONP = /^\s*jsonFlickrApi\(([\s\S]*)\)\s*;?\s*$/;

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
    parsed = JSON.parse(text);
  } catch (error) {
    const wrapped = JSONP.exec(text);
    if (wrapped === null) {
      throw new FlickrResponseFormatError(method, 'a JSON object', redactText(text, secrets), {
        cause: error,
      });
    }

    return readJsonReply(wrapped[1]!, method, secrets);
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
  const code = Number(reply['code']);
  if (!Number.isInteger(code)) {
    throw new FlickrResponseFormatError(
      method,
      'a numeric "code" in a failed reply',
      redactText(text, secrets),
    );
  }

  throw new FlickrApiError(method, code, redactText(String(reply['message'] ?? ''), secrets));
}
