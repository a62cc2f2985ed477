/**
 * The response formats a call can return, and what each one is in TypeScript.
 */
import type { XmlElement } from './xml-element.js';

/** Any JSON value. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * A successful Flickr JSON reply: the `<rsp>` element as an object, `stat` set to `"ok"`.
 * Text content is under `_content`, as Flickr sends it, e.g.
 * `{ user: { id: '21207597@N07', username: { _content: 'jamalfanaian' } }, stat: 'ok' }`.
 */
export interface FlickrResponse {
  readonly stat: 'ok';
  readonly [member: string]: JsonValue;
}

/**
 * How replies are returned:
 * - `parsed-json` (default): the parsed JSON object, a {@link FlickrResponse};
 * - `xml`: the `<rsp>` element as an {@link XmlElement} tree (Python flickrapi's `etree`);
 * - `json`: the JSON text as Flickr sent it, unwrapped if it came as JSONP;
 * - `rest`: the XML text as Flickr sent it.
 *
 * Every format checks the reply first: `stat="fail"` throws `FlickrApiError`.
 */
export type ResponseFormat = 'parsed-json' | 'xml' | 'json' | 'rest';

/** Every {@link ResponseFormat}, for validating input. */
export const RESPONSE_FORMATS: readonly ResponseFormat[] = ['parsed-json', 'xml', 'json', 'rest'];

/** What a call resolves with in format `F`. */
export type FormatResult<F extends ResponseFormat> = F extends 'parsed-json'
  ? FlickrResponse
  : F extends 'xml'
    ? XmlElement
    : string;

/**
 * The `format` parameters sent to Flickr for a response format: JSON formats ask for bare JSON
 * (`format=json&nojsoncallback=1`), XML formats for `format=rest`.
 */
export function wireFormatParams(format: ResponseFormat): ReadonlyArray<readonly [string, string]> {
  return format === 'parsed-json' || format === 'json' ? JSON_PARAMS : REST_PARAMS;
}

const JSON_PARAMS = [['format', 'json'], ['nojsoncallback', '1']] as const;
const REST_PARAMS = [['format', 'rest']] as const;

/** True when `value` names a {@link ResponseFormat}. */
export function isResponseFormat(value: unknown): value is ResponseFormat {
  return typeof value === 'string' && (RESPONSE_FORMATS as readonly string[]).includes(value);
}
