/**
 * A local `node:http` server on 127.0.0.1, port 0, standing in for Flickr in client tests. It
 * records every request (method, path, headers, every parameter from the query, form body and
 * Authorization header), checks its OAuth signature with the independent verifier, and answers
 * with whatever the test's handler returns.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { parseAuthorization, verifySignature } from '../../oauth/oauth-verifier.js';

/** One request as it arrived. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** Query + urlencoded body + Authorization header parameters, decoded, in that order. */
  readonly params: Array<[string, string]>;
  /** Whether the signature verifies with the consumer secret and the given token secret. */
  readonly signatureValid: boolean;
  /** The parameter `name` (first occurrence), or undefined. */
  param(name: string): string | undefined;
}

/** A canned reply. `hang: true` never answers (for timeouts); the socket closes at `close()`. */
export interface CannedReply {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly hang?: boolean;
}

export type Handler = (request: ReceivedRequest) => CannedReply;

export interface TestServer {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  /** Connections accepted so far (keep-alive reuse shows as fewer connections than requests). */
  readonly connections: () => number;
  handler: Handler;
  close(): Promise<void>;
}

/**
 * Starts the server. Signatures are checked against `consumerSecret` and, for requests that
 * carry `oauth_token`, `tokenSecret`.
 */
export async function startTestServer(
  secrets: { consumerSecret: string; tokenSecret?: string },
  handler: Handler = () => ({ body: '{"stat":"ok"}' }),
): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const state: { handler: Handler } = { handler };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const received = describe(req, body, secrets);
      requests.push(received);
      const reply = state.handler(received);
      if (reply.hang === true) return;
      res.writeHead(reply.status ?? 200, reply.headers ?? { 'content-type': 'application/json' });
      res.end(reply.body ?? '');
    });
  });
  server.on('connection', (socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    connections: () => connections,
    get handler() {
      return state.handler;
    },
    set handler(next: Handler) {
      state.handler = next;
    },
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

function describe(
  req: http.IncomingMessage,
  body: string,
  secrets: { consumerSecret: string; tokenSecret?: string },
): ReceivedRequest {
  const url = `http://${req.headers.host}${req.url}`;
  const parsed = new URL(url);
  const params: Array<[string, string]> = [...parsed.searchParams];
  const type = req.headers['content-type'] ?? '';
  const bodyParams = type.startsWith('application/x-www-form-urlencoded')
    ? [...new URLSearchParams(body)]
    : [];
  const header = req.headers.authorization;
  const headerParams = header === undefined ? [] : parseAuthorization(header);
  params.push(...bodyParams, ...headerParams);
  const baseUrl = `${parsed.origin}${parsed.pathname}`;
  // A request without oauth_token is signed with the consumer secret alone.
  const hasToken = params.some(([name]) => name === 'oauth_token');
  const signatureValid = verifySignature(
    req.method ?? 'GET',
    baseUrl,
    params,
    secrets.consumerSecret,
    hasToken ? secrets.tokenSecret ?? '' : '',
  );

  return {
    method: req.method ?? '',
    path: parsed.pathname,
    url,
    headers: req.headers,
    body,
    params,
    signatureValid,
    param: (name) => params.find(([n]) => n === name)?.[1],
  };
}

/** A Flickr XML reply with the real envelope layout. */
export function xmlOk(inner: string): string {
  return `<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n${inner}\n</rsp>\n`;
}

/** A Flickr XML failure. */
export function xmlFail(code: number, msg: string): string {
  return '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="fail">\n'
    + `\t<err code="${code}" msg="${msg}" />\n</rsp>\n`;
}

/** Picks the reply format the client asked for (`format=json` or `format=rest`). */
export function byFormat(json: string, xml: string): Handler {
  return (request) => request.param('format') === 'json'
    ? { body: json, headers: { 'content-type': 'application/json' } }
    : { body: xml, headers: { 'content-type': 'text/xml; charset=utf-8' } };
}
