import { request as httpRequest } from 'node:http';

import { FlickrNetworkError } from '../../src/errors.js';
import type { Transport, TransportRequest, TransportResponse } from '../../src/http/transport.js';

/** A minimal streaming `node:http` transport, standing in for the client's own in unit tests. */
export function testTransport(): Transport {
  return {
    request: (req: TransportRequest) => send(req),
    close: () => undefined,
  };
}

function send(req: TransportRequest): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(req.url, {
      method: req.method,
      headers: req.headers,
      ...(req.signal === undefined ? {} : { signal: req.signal }),
    });
    outgoing.on('error', (error) => {
      reject(new FlickrNetworkError(req.method, req.url, { cause: error }));
    });
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        const body = Buffer.concat(chunks).toString();
        resolve({ status: response.statusCode ?? 0, headers, body });
      });
    });
    void (async () => {
      try {
        const body = req.body;
        if (typeof body === 'string' || body instanceof Uint8Array) outgoing.write(body);
        else if (body !== undefined) {
          for await (const chunk of body) {
            if (!outgoing.write(chunk)) await drained(outgoing);
          }
        }
        outgoing.end();
      } catch (error) {
        outgoing.destroy(error as Error);
        reject(error);
      }
    })();
  });
}

function drained(outgoing: import('node:http').ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      outgoing.off('drain', done);
      outgoing.off('close', done);
      resolve();
    };
    outgoing.once('drain', done);
    outgoing.once('close', done);
  });
}
