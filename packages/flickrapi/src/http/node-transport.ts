/**
 * The default transport: `node:http` / `node:https` with keep-alive agents, so that a program
 * making thousands of calls reuses a handful of connections instead of a handshake per call.
 */
import type http from 'node:http';
import type https from 'node:https';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import type zlib from 'node:zlib';
import { monotonicNow } from '../monotonic-now.js';
import { lentChunks } from './lent-chunks.js';
import { Deadlines } from './deadlines.js';
import { checkMaxResponseBytes, replyTooLarge } from './reply-limit.js';
import type { RequestBody, Transport, TransportRequest, TransportResponse } from './transport.js';

/** Options of {@link NodeTransport}. */
export interface NodeTransportOptions {
  /** Most connections open at once per host. Default: `16`. */
  readonly maxSockets?: number;
  /** Idle connections kept for reuse per host. Default: `16`. */
  readonly maxFreeSockets?: number;
  /**
   * Idle connections are closed after this many milliseconds, or 1 s before the server's
   * `Keep-Alive: timeout=N` says it closes them, whichever comes first. Default: `30000`.
   */
  readonly idleTimeoutMs?: number;
  /**
   * The largest reply body read (after gzip, deflate or brotli decoding), in bytes; a larger
   * one rejects with `FlickrResponseFormatError`. Default: 16 MiB.
   */
  readonly maxResponseBytes?: number;
}

/** What is needed to reach one scheme://host:port, worked out once per origin. */
interface Origin {
  readonly request: typeof http.request;
  readonly agent: http.Agent;
  readonly hostname: string;
  readonly port: number;
  /** The `Host` header: the host as in the URL, with the port unless it is the default. */
  readonly host: string;
  /** The frozen header map of the last request without a body, and its header list. */
  lastHeaders?: Readonly<Record<string, string>>;
  lastList?: string[];
}

/**
 * Sends requests with `node:http`/`node:https` over keep-alive connections. Bodies may be
 * streams (`AsyncIterable<Uint8Array>`): they are written as they are read, waiting for the
 * socket to drain, so a 4 GB upload keeps memory flat. Rejections carry Node's own error, or a
 * {@link TimeoutError} once `timeoutMs` has passed (the client turns them into
 * `FlickrNetworkError`, `FlickrTimeoutError`, `FlickrAbortError`).
 *
 * @example
 * ```ts
 * const transport = new NodeTransport({ maxSockets: 4 });
 * const flickr = new FlickrAPI(key, secret, { transport });
 * // ...
 * transport.close();
 * ```
 */
export class NodeTransport implements Transport {
  /** `TransportRequest.timeoutMs` is enforced here, by one timer for all requests. */
  readonly enforcesTimeout = true;
  readonly #deadlines = new Deadlines();
  readonly #httpAgent: http.Agent;
  readonly #agentOptions: http.AgentOptions;
  /** Made with the first https origin: `node:https` (TLS, crypto) loads only if needed. */
  #httpsAgent: https.Agent | undefined;
  readonly #origins = new Map<string, Origin>();
  readonly #maxResponseBytes: number;
  readonly #idleMs: number;
  /** Closes the pooled connections that stayed idle too long; armed while any are pooled. */
  #idleTimer: NodeJS.Timeout | undefined;

  constructor(options: NodeTransportOptions = {}) {
    this.#maxResponseBytes = checkMaxResponseBytes(options.maxResponseBytes, 'NodeTransport');
    const maxSockets = options.maxSockets ?? 16;
    const maxFreeSockets = options.maxFreeSockets ?? 16;
    this.#idleMs = options.idleTimeoutMs ?? 30_000;
    // The agent copies its options into each request's, so none is given that changes nothing:
    // the most recently used socket is picked first by default, and a host never has more
    // idle sockets than sockets. No `timeout` either: the agent would arm, clear and re-arm
    // a socket timer on every request, and refresh it on every read and write; idle sockets
    // are closed by one timer here instead (see `#pool`).
    const agentOptions: http.AgentOptions = { keepAlive: true, maxSockets };
    if (maxFreeSockets < maxSockets) agentOptions.maxFreeSockets = maxFreeSockets;
    this.#agentOptions = agentOptions;
    this.#httpAgent = this.#pooling(new (loadHttp().Agent)(agentOptions));
  }

  /** Sends one request and resolves with the complete reply. */
  request(request: TransportRequest): Promise<TransportResponse> {
    const { url, body, timeoutMs } = request;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const originText = pathStart === -1 ? url : url.slice(0, pathStart);
    const origin = this.#origins.get(originText) ?? this.#addOrigin(originText);
    // Node copies these options twice per request (into the request, then the agent's):
    // what is Node's default already (`GET`) is left out.
    const options: http.RequestOptions = {
      agent: origin.agent,
      host: origin.hostname,
      port: origin.port,
      path: pathStart === -1 ? '/' : url.slice(pathStart),
      // As a list, the headers go straight into the request head: Node neither copies them
      // into its header map one by one nor works the Host header out again on every request.
      headers: headersFor(origin, request.headers, body),
    };
    if (request.method !== 'GET') options.method = request.method;
    if (request.signal !== undefined) options.signal = request.signal;
    const limit = this.#maxResponseBytes;

    return new Promise<TransportResponse>((resolve, reject) => {
      const req = origin.request(options);
      let settle = resolve;
      let fail = reject;
      if (timeoutMs !== undefined && Number.isFinite(timeoutMs)) {
        const deadline = this.#deadlines.add(timeoutMs, () => {
          reject(new TimeoutError(`no complete reply within ${timeoutMs} ms`));
          req.destroy();
        });
        settle = (response) => {
          this.#deadlines.delete(deadline);
          resolve(response);
        };
        fail = (error: unknown) => {
          this.#deadlines.delete(deadline);
          reject(error);
        };
      }
      req.on('response', (res: http.IncomingMessage) => {
        readReply(res, limit, request, settle, fail);
      });
      req.on('error', fail);
      sendBody(req, body, fail);
    });
  }

  /** Closes idle connections; requests in flight finish. */
  close(): void {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
    this.#httpAgent.destroy();
    this.#httpsAgent?.destroy();
  }

  /**
   * Makes `agent` stamp each socket it pools with the time it is to be closed if still idle,
   * as Node's own `keepSocketAlive` would set its timeout: the transport's idle limit, or 1 s
   * before the server's `Keep-Alive: timeout=N`, and not pooled at all when that is under 1 s.
   */
  #pooling<A extends http.Agent>(agent: A): A {
    const keepAliveMsecs = 1000;
    (agent as unknown as { keepSocketAlive: (socket: Socket) => boolean }).keepSocketAlive =
      (socket: Socket): boolean => {
        socket.setKeepAlive(true, keepAliveMsecs);
        socket.unref();
        const idleMs = idleLimit(this.#idleMs, (socket as PooledSocket)[KEEP_ALIVE]);
        if (idleMs <= 0) return false;
        (socket as PooledSocket)[IDLE_UNTIL] = monotonicNow() + idleMs;
        if (this.#idleTimer === undefined) this.#armIdle(idleMs);

        return true;
      };

    return agent;
  }

  #armIdle(ms: number): void {
    this.#idleTimer = setTimeout(this.#closeIdle, Math.max(1, Math.ceil(ms)));
    this.#idleTimer.unref();
  }

  readonly #closeIdle = (): void => {
    this.#idleTimer = undefined;
    const now = monotonicNow();
    let next = Infinity;
    for (const agent of [this.#httpAgent, this.#httpsAgent]) {
      for (const pooled of Object.values(agent?.freeSockets ?? {})) {
        if (pooled === undefined) continue;
        // Backwards: a closed socket is taken out of the pool here, before it is destroyed,
        // so that no request picks it up in between.
        for (let i = pooled.length - 1; i >= 0; i--) {
          const socket = pooled[i] as PooledSocket;
          const until = socket[IDLE_UNTIL] ?? 0;
          if (until > now) {
            next = Math.min(next, until);
            continue;
          }
          pooled.splice(i, 1);
          socket.destroy();
        }
      }
    }
    if (next !== Infinity) this.#armIdle(next - now);
  };

  #addOrigin(originText: string): Origin {
    const parsed = new URL(originText);
    const secure = parsed.protocol === 'https:';
    if (!secure && parsed.protocol !== 'http:') {
      throw new TypeError(`NodeTransport: "${originText}" is not an http(s) URL`);
    }
    const origin: Origin = {
      request: secure ? loadHttps().request : loadHttp().request,
      agent: secure ? this.#secureAgent() : this.#httpAgent,
      // URL keeps IPv6 literals in brackets; node:http wants them bare.
      hostname: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: parsed.port === '' ? (secure ? 443 : 80) : Number(parsed.port),
      // What node:http would send: lower-case, IPv6 in brackets, no default port.
      host: parsed.host,
    };
    this.#origins.set(originText, origin);

    return origin;
  }

  #secureAgent(): https.Agent {
    this.#httpsAgent ??= this.#pooling(new (loadHttps().Agent)(this.#agentOptions));

    return this.#httpsAgent;
  }
}

/**
 * `node:http`, loaded by the first transport made rather than when flickrapi-ts is imported.
 */
function loadHttp(): typeof http {
  return process.getBuiltinModule('node:http');
}

/**
 * `node:https`, loaded on the first https origin. Loading is synchronous (the module is
 * built into Node) and cached by Node, so no request waits on an `await` for it.
 */
function loadHttps(): typeof https {
  return process.getBuiltinModule('node:https');
}

/** `node:zlib`, loaded on the first compressed reply (Flickr's API replies are plain). */
function loadZlib(): typeof zlib {
  return process.getBuiltinModule('node:zlib');
}

/** A socket as {@link NodeTransport} marks it for its idle pool. */
interface PooledSocket extends Socket {
  /** When the socket is to be closed if no request took it, on the `monotonicNow()` clock. */
  [IDLE_UNTIL]?: number;
  /** The `Keep-Alive` header of the last reply read from it. */
  [KEEP_ALIVE]?: string | undefined;
}

const IDLE_UNTIL = Symbol('flickrapi-ts idle until');
const KEEP_ALIVE = Symbol('flickrapi-ts keep-alive');

// The last `Keep-Alive` header read and its idle limit: a server sends the same one every time.
let lastKeepAlive: string | undefined;
let lastKeepAliveMs = 0;

/**
 * How long a socket may stay idle: `idleMs`, or less when the server's `Keep-Alive: timeout=N`
 * announces it closes sooner (1 s before, so that no request is sent as it closes); 0 or less
 * when it is not worth keeping.
 */
function idleLimit(idleMs: number, keepAlive: string | undefined): number {
  if (keepAlive === undefined) return idleMs;
  if (keepAlive !== lastKeepAlive) {
    const seconds = /^\s*timeout=(\d+)/i.exec(keepAlive)?.[1];
    lastKeepAliveMs = seconds === undefined ? Infinity : Number(seconds) * 1000 - 1000;
    lastKeepAlive = keepAlive;
  }

  return Math.min(idleMs, lastKeepAliveMs);
}

/** The rejection of a request whose `timeoutMs` passed. */
export class TimeoutError extends Error {
  override get name(): string {
    return 'TimeoutError';
  }
}

/**
 * The header list of a request to `origin`. The client sends its calls with one frozen header
 * map, so the list made for it is kept and sent again (node:http only reads it).
 */
function headersFor(
  origin: Origin,
  headers: Readonly<Record<string, string>>,
  body: RequestBody | undefined,
): string[] {
  if (body !== undefined) return headerList(origin.host, headers, body);
  if (headers === origin.lastHeaders && origin.lastList !== undefined) return origin.lastList;

  const list = headerList(origin.host, headers, body);
  if (Object.isFrozen(headers)) {
    origin.lastHeaders = headers;
    origin.lastList = list;
  }

  return list;
}

/**
 * The request headers as `node:http`'s flat `[name, value, ...]` list: `host` first (unless
 * the request names its own), then the request's, and `content-length` for a text or byte
 * body that states neither its length nor its transfer encoding (a list is written at once,
 * before the body is known).
 */
function headerList(
  host: string,
  headers: Readonly<Record<string, string>>,
  body: RequestBody | undefined,
): string[] {
  const list = ['host', host];
  let framed = false;
  for (const name in headers) {
    if (!Object.hasOwn(headers, name)) continue;
    if (name.length === 4 && name.toLowerCase() === 'host') {
      list[1] = headers[name]!;
      continue;
    }
    if ((name.length === 14 && name.toLowerCase() === 'content-length')
      || (name.length === 17 && name.toLowerCase() === 'transfer-encoding')) {
      framed = true;
    }
    list.push(name, headers[name]!);
  }
  if (!framed && typeof body === 'string') {
    list.push('content-length', String(Buffer.byteLength(body)));
  } else if (!framed && body instanceof Uint8Array) {
    list.push('content-length', String(body.byteLength));
  }

  return list;
}

// Bytes of a refused reply decoded for the excerpt its error quotes.
const HEAD_BYTES = 1024;

/**
 * Reads a reply body as UTF-8 text, decoding gzip, deflate and brotli (which a proxy may apply
 * unasked), and stops at `limit` bytes. The chunks are kept as they come and decoded once at
 * the end: an API reply is usually one chunk.
 */
function readReply(
  res: http.IncomingMessage,
  limit: number,
  request: TransportRequest,
  resolve: (response: TransportResponse) => void,
  reject: (error: unknown) => void,
): void {
  let first: Buffer | undefined;
  let chunks: Buffer[] | undefined;
  let size = 0;
  const tooLarge = (): void => {
    res.destroy();
    // The error quotes the start of the body; the first kilobyte holds more than enough.
    const head = first === undefined ? '' : first.toString('utf8', 0, HEAD_BYTES);
    reject(replyTooLarge(request.method, request.url, limit, head));
  };
  const { headers } = res;
  // Read when the socket goes back to the pool, after the reply (see `idleLimit`).
  const socket = res.socket as PooledSocket | null;
  const keepAlive = headers['keep-alive'];
  if (socket !== null) socket[KEEP_ALIVE] = typeof keepAlive === 'string' ? keepAlive : undefined;
  if (Number(headers['content-length'] ?? 0) > limit) {
    tooLarge();

    return;
  }

  const source = decoded(res);
  source.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (first === undefined) first = chunk;
    else (chunks ??= [first]).push(chunk);
    if (size > limit) {
      source.destroy();
      tooLarge();
    }
  });
  res.on('error', reject);
  if (source !== res) source.on('error', reject);
  source.on('end', () => {
    let body = '';
    if (chunks !== undefined) body = Buffer.concat(chunks, size).toString('utf8');
    else if (first !== undefined) body = first.toString('utf8');
    resolve({ status: res.statusCode ?? 0, headers: flattenHeaders(res.headers), body });
  });
}

/**
 * The body stream with its `content-encoding` undone. Like browsers, an empty or cut-short
 * compressed body is read as far as it goes instead of failing: an error page often comes
 * with an empty body and the encoding header of the site.
 */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return res;
  const zlib = loadZlib();
  const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoder = encoding === 'gzip' || encoding === 'x-gzip'
    ? zlib.createGunzip(lenient)
    : encoding === 'deflate'
      ? zlib.createInflate(lenient)
      : encoding === 'br'
        ? zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH })
        : undefined;

  return decoder === undefined ? res : res.pipe(decoder);
}

/** Node gives `set-cookie` as an array; the transport contract wants one string per name. */
function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const cookies = headers['set-cookie'];
  if (cookies === undefined) return headers as Record<string, string>;

  return { ...(headers as Record<string, string>), 'set-cookie': cookies.join(', ') };
}

function sendBody(
  req: http.ClientRequest,
  body: RequestBody | undefined,
  reject: (error: unknown) => void,
): void {
  if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) {
    req.end(body);

    return;
  }
  streamBody(req, body).catch((error: unknown) => {
    req.destroy(error instanceof Error ? error : new Error(String(error)));
    reject(error);
  });
}

/**
 * Writes a stream chunk by chunk, each once the previous one has been handed to the socket
 * (its write callback fired). Waiting that long keeps at most one chunk in Node's buffers, and
 * it is what lets an upload lend its chunks (see `lentChunks`): the memory of a chunk is free
 * again when the next one is pulled.
 */
async function streamBody(req: http.ClientRequest, body: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const chunk of lentChunks(body)) {
    if (req.destroyed) return;
    // An empty chunk would read as the end of a chunked body.
    if (chunk.byteLength === 0) continue;
    await written(req, chunk);
  }
  req.end();
}

function written(req: http.ClientRequest, chunk: Uint8Array): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // A write still queued when the connection closes may never call back.
    const onClose = (): void => {
      reject(new Error('connection closed while sending the request body'));
    };
    req.once('close', onClose);
    req.write(chunk, (error) => {
      req.off('close', onClose);
      if (error === null || error === undefined) resolve();
      else reject(error);
    });
  });
}
