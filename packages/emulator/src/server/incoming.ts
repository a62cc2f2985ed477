import type { IncomingMessage } from 'node:http';
import { parseAuthorizationHeader } from '../oauth/authorization-header.js';
import { parseFormEncoded, type Param } from '../oauth/percent-encode.js';
import { baseUrl } from '../oauth/signature.js';
import type { SignableRequest } from '../oauth/verify.js';

/** The path of a request URL as sent (still percent-encoded), without the query. */
export function requestPath(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');

  return query === -1 ? url : url.slice(0, query);
}

/** The query string parameters, decoded with `+` as space. */
export function queryParams(req: IncomingMessage): Param[] {
  const url = req.url ?? '/';
  const query = url.indexOf('?');

  return query === -1 ? [] : parseFormEncoded(url.slice(query + 1));
}

/**
 * Describes a request for the signature check: the base URL it arrived on (from the Host
 * header, plain http) and its parameters by placement.
 */
export function signableRequest(
  req: IncomingMessage,
  body: readonly Param[],
  optionalBodyFields: readonly string[] = [],
): SignableRequest {
  const path = requestPath(req);
  const host =
    req.headers.host ?? `${req.socket.localAddress ?? '127.0.0.1'}:${req.socket.localPort}`;
  const authorization = req.headers.authorization;

  return {
    method: req.method ?? 'GET',
    receivedUrl: baseUrl('http', host, path),
    path,
    query: queryParams(req),
    header: parseAuthorizationHeader(authorization),
    body,
    optionalBodyFields,
  };
}

/** The API key a request names, for rate limiting: `oauth_consumer_key` or `api_key`. */
export function requestApiKey(request: SignableRequest): string {
  const all = [...request.query, ...request.header, ...request.body];
  const found = all.find(([name]) => name === 'oauth_consumer_key' || name === 'api_key');

  return found?.[1] ?? '';
}
