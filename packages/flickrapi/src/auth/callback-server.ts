/**
 * The one-shot server on the loopback interface that receives Flickr's redirect after the
 * user approves or declines. It answers everything else harmlessly and keeps waiting:
 * favicon requests, stray visits, callbacks for other request tokens, and browsers that
 * speak HTTPS to it.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { readCallback } from './callback-params.js';
import { landingPage, type LandingPageKind } from './landing-page.js';

/** The path Flickr redirects to. */
const CALLBACK_PATH = '/';

/** A callback that ends the wait. */
export type AcceptedCallback =
  | {
      readonly kind: 'verifier';
      readonly verifier: string;
      /** Answers the held request with the page saying how the flow ended. */
      readonly finish: (page: 'authorized' | 'failed') => Promise<void>;
    }
  | { readonly kind: 'declined'; readonly problem: string };

/** A running callback server. */
export interface CallbackServer {
  /** The callback URL to send as `oauth_callback`, e.g. `http://127.0.0.1:53124/`. */
  readonly url: string;
  /** Accepts callbacks naming this request token from now on. */
  expect(requestToken: string): void;
  /** The first callback naming the expected token with a verifier or a refusal. */
  readonly accepted: Promise<AcceptedCallback>;
  /** Stops listening and drops every connection, after any held answer was sent. */
  close(): Promise<void>;
}

/** Options of {@link startCallbackServer}. */
export interface CallbackServerOptions {
  /** Told about events worth a line to the user, e.g. a browser speaking HTTPS. */
  readonly onNotice?: (message: string) => void;
}

/** Starts the server on `127.0.0.1`, on a port the system chooses. */
export async function startCallbackServer(
  options: CallbackServerOptions = {},
): Promise<CallbackServer> {
  let expected: string | undefined;
  let done = false;
  let accept!: (callback: AcceptedCallback) => void;
  const accepted = new Promise<AcceptedCallback>((resolve) => {
    accept = resolve;
  });
  let warnedTls = false;

  const server = createServer((request, response) => {
    const kind = route(request);
    if (kind !== 'callback') {
      send(response, kind === 'not-found' ? 404 : 405, 'stray');
      return;
    }
    if (done || expected === undefined) {
      send(response, 409, done ? 'stray' : 'mismatch');
      return;
    }

    const outcome = readCallback(new URL(request.url ?? '/', 'http://127.0.0.1').search, expected);
    switch (outcome.kind) {
      case 'mismatch':
        send(response, 400, 'mismatch');
        return;
      case 'stray':
        send(response, 400, 'stray');
        return;
      case 'declined':
        done = true;
        send(response, 200, 'declined');
        accept({ kind: 'declined', problem: outcome.problem });
        return;
      case 'verifier':
        done = true;
        accept({
          kind: 'verifier',
          verifier: outcome.verifier,
          finish: (page) => send(response, page === 'authorized' ? 200 : 500, page),
        });
    }
  });

  server.on('clientError', (error: Error & { rawPacket?: Buffer }, socket: Socket) => {
    // A TLS ClientHello starts with record type 22 (handshake). Nothing useful can be said
    // to a TLS client in plain HTTP; close it and tell the user which address to use.
    if (error.rawPacket?.[0] === 0x16) {
      if (!warnedTls) {
        warnedTls = true;
        options.onNotice?.(`the browser tried HTTPS; the callback address is plain HTTP: ${url}`);
      }
      socket.destroy();
      return;
    }
    if (socket.writable) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    } else {
      socket.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${CALLBACK_PATH}`;

  return {
    url,
    accepted,
    expect(requestToken) {
      expected = requestToken;
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function route(request: IncomingMessage): 'callback' | 'not-found' | 'method' {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== CALLBACK_PATH) return 'not-found';

  return request.method === 'GET' ? 'callback' : 'method';
}

/** Sends a landing page; resolves once it was handed to the operating system. */
function send(response: ServerResponse, status: number, page: LandingPageKind): Promise<void> {
  const body = landingPage(page);

  return new Promise((resolve) => {
    response.once('finish', resolve);
    response.once('close', resolve);
    response.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      // Keep no connection open: the server must be able to stop right after the answer.
      connection: 'close',
    });
    response.end(body);
  });
}
