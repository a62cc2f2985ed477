import { ApiError } from './api-error.js';
import {
  childrenToJson,
  phpSerialize,
  renderXmlFail,
  renderXmlOk,
  stringifyFlickrJson,
  type JsonValue,
} from './render.js';
import type { XmlNode } from './xml-node.js';

/** A finished HTTP reply body with its content type. */
export interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** How the caller asked for the reply, from `format`, `jsoncallback`, `nojsoncallback`. */
export type ReplyFormat =
  | { readonly kind: 'xml' }
  | { readonly kind: 'json'; readonly callback: string | undefined }
  | { readonly kind: 'php' };

const CALLBACK_NAME = /^[A-Za-z_$][A-Za-z0-9_$.]{0,99}$/;
const XML_TYPE = 'text/xml; charset=utf-8';

/**
 * Chooses the reply format. Unknown formats throw error 111; an unusable `jsoncallback`
 * falls back to Flickr's default `jsonFlickrApi` instead of being echoed into script.
 */
export function chooseFormat(
  format: string | undefined,
  jsonCallback: string | undefined,
  noJsonCallback: string | undefined,
): ReplyFormat {
  if (format === undefined || format === '' || format === 'rest') return { kind: 'xml' };
  if (format === 'php_serial') return { kind: 'php' };
  if (format !== 'json') throw new ApiError(111, `Format "${format}" not found`);
  if (noJsonCallback === '1') return { kind: 'json', callback: undefined };
  const callback =
    jsonCallback !== undefined && CALLBACK_NAME.test(jsonCallback) ? jsonCallback : 'jsonFlickrApi';

  return { kind: 'json', callback };
}

function jsonReply(value: JsonValue, callback: string | undefined): Reply {
  const json = stringifyFlickrJson(value);
  if (callback === undefined) {
    return { status: 200, contentType: 'application/json; charset=utf-8', body: json };
  }

  return {
    status: 200,
    contentType: 'text/javascript; charset=utf-8',
    body: `${callback}(${json})`,
  };
}

/** Renders a successful method result in the requested format. */
export function okReply(format: ReplyFormat, children: readonly XmlNode[]): Reply {
  if (format.kind === 'xml')
    return { status: 200, contentType: XML_TYPE, body: renderXmlOk(children) };
  const value = { ...childrenToJson(children, []), stat: 'ok' };
  if (format.kind === 'php') {
    return { status: 200, contentType: 'text/plain; charset=utf-8', body: phpSerialize(value) };
  }

  return jsonReply(value, format.callback);
}

/**
 * Renders an API failure (HTTP 200). The `X-FlickrErrCode`/`X-FlickrErrMessage` headers
 * are what flickcurl consults when a body cannot be parsed.
 */
export function errorReply(format: ReplyFormat, error: ApiError): Reply {
  const headers = { 'X-FlickrErrCode': String(error.code), 'X-FlickrErrMessage': error.message };
  if (format.kind === 'xml') {
    return {
      status: 200,
      contentType: XML_TYPE,
      body: renderXmlFail(error.code, error.message),
      headers,
    };
  }
  const value = { stat: 'fail', code: error.code, message: error.message };
  if (format.kind === 'php') {
    return {
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      body: phpSerialize(value),
      headers,
    };
  }

  return { ...jsonReply(value, format.callback), headers };
}
