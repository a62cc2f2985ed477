import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { FetchTransport, FlickrAPI, NodeTransport, type Transport } from '../../src/index.js';
import { startTestServer } from '../client/support/flickr-test-server.js';

interface Sink {
  url: string;
  /** Bytes received so far by the current request. */
  received: () => number;
  close: () => Promise<void>;
}

/** A server that reads request bodies slowly (one chunk per event-loop turn) and counts bytes. */
async function startSink(): Promise<Sink> {
  let received = 0;
  const server = http.createServer(async (req, res) => {
    received = 0;
    for await (const chunk of req) {
      received += (chunk as Buffer).byteLength;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    res.end(`received ${received}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`,
    received: () => received,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const CHUNK = 64 * 1024;
const CHUNKS = 512; // 32 MiB

for (const [name, make] of [
  ['NodeTransport', () => new NodeTransport()],
  ['FetchTransport', () => new FetchTransport(globalThis.fetch)],
] as Array<[string, () => Transport]>) {
  describe(`${name}`, () => {
    let sink: Sink;
    let transport: Transport;

    before(async () => {
      sink = await startSink();
      transport = make();
    });
    after(async () => {
      transport.close();
      await sink.close();
    });

    it('streams a large body with backpressure: the producer never runs far ahead', async () => {
      let produced = 0;
      let maxAhead = 0;
      async function* body(): AsyncGenerator<Uint8Array> {
        const chunk = new Uint8Array(CHUNK);
        for (let i = 0; i < CHUNKS; i++) {
          maxAhead = Math.max(maxAhead, produced - sink.received());
          produced += CHUNK;
          yield chunk;
        }
      }

      const response = await transport.request({
        method: 'POST',
        url: sink.url,
        headers: { 'content-type': 'application/octet-stream' },
        body: body(),
      });

      assert.equal(response.status, 200);
      assert.equal(response.body, `received ${CHUNK * CHUNKS}`);
      // Socket and stream buffers hold a few MiB at most; without backpressure the whole
      // 32 MiB would be read ahead.
      assert.ok(maxAhead < 16 * 1024 * 1024, `producer ran ${maxAhead} bytes ahead`);
    });

    it('sends string and byte bodies and reads headers lower-case', async () => {
      const response = await transport.request({
        method: 'POST',
        url: sink.url,
        headers: { 'content-type': 'text/plain' },
        body: new TextEncoder().encode('héllo'),
      });

      assert.equal(response.body, 'received 6');
      assert.equal(typeof response.headers['content-length'], 'string');
    });

    it('rejects when the signal aborts mid-stream, and stops reading the body', async () => {
      const controller = new AbortController();
      let pulled = 0;
      async function* body(): AsyncGenerator<Uint8Array> {
        for (let i = 0; i < CHUNKS; i++) {
          pulled++;
          if (i === 8) controller.abort();
          yield new Uint8Array(CHUNK);
        }
      }

      await assert.rejects(transport.request({
        method: 'POST',
        url: sink.url,
        headers: {},
        body: body(),
        signal: controller.signal,
      }));
      assert.ok(pulled < CHUNKS, `pulled ${pulled} chunks after the abort`);
    });
  });
}

describe('FlickrAPI over an injected fetch', () => {
  it('sends every call through the injected function', async () => {
    const server = await startTestServer({ consumerSecret: 's' });
    const seen: string[] = [];
    const flickr = new FlickrAPI('k', 's', {
      endpoint: server.url,
      fetch: (url, init) => {
        seen.push(`${init.method} ${url.split('?')[0]}`);

        return globalThis.fetch(url, init);
      },
    });
    try {
      await flickr.test.echo({ foo: 'bar' });
      await flickr.favorites.add({ photo_id: 1 });

      assert.deepEqual(seen, [
        `GET ${server.url}/services/rest/`,
        `POST ${server.url}/services/rest/`,
      ]);
      assert.ok(server.requests.every((r) => r.signatureValid));
    } finally {
      flickr.close();
      await server.close();
    }
  });
});
