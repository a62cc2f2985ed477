// What the transports do with replies no Flickr endpoint sends: a body of tens of megabytes
// (read whole, it held the process's memory hostage), a redirect (the fetch transport
// followed it, re-sending the signed request elsewhere) and an unasked-for gzip body.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import {
  FetchTransport,
  FlickrAPI,
  FlickrHttpError,
  FlickrResponseFormatError,
  NodeTransport,
  type Transport,
} from '../../src/index.js';

const MIB = 1024 * 1024;
const HUGE = 50 * MIB;

interface HostileServer {
  readonly url: string;
  /** Paths requested so far. */
  readonly paths: string[];
  /** Bytes of the huge reply the server managed to hand to its socket. */
  hugeBytesWritten: () => number;
  close(): Promise<void>;
}

async function startHostileServer(): Promise<HostileServer> {
  const paths: string[] = [];
  let hugeBytes = 0;
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    paths.push(path);
    if (path === '/huge/services/rest/') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"stat":"ok","x":"');
      const chunk = Buffer.alloc(MIB, 'a');
      const pump = (): void => {
        while (hugeBytes < HUGE && !res.destroyed) {
          hugeBytes += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        if (!res.destroyed) res.end('"}');
      };
      pump();
    } else if (path === '/redirect/services/rest/') {
      res.writeHead(302, { location: '/elsewhere/services/rest/' });
      res.end();
    } else if (path === '/empty-gzip/services/rest/') {
      res.writeHead(502, { 'content-encoding': 'gzip', 'content-length': '0' });
      res.end();
    } else if (path === '/gzip/services/rest/') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync('{"stat":"ok","zipped":"yes"}'));
    } else {
      res.end('{"stat":"ok","path":"elsewhere"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    paths,
    hugeBytesWritten: () => hugeBytes,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

for (const [name, make] of [
  ['NodeTransport', () => new NodeTransport()],
  ['FetchTransport', () => new FetchTransport(globalThis.fetch)],
] as Array<[string, () => Transport]>) {
  describe(`${name} and replies Flickr never sends`, () => {
    let server: HostileServer;
    let transport: Transport;
    const client = (prefix: string): FlickrAPI => new FlickrAPI('key', 'secret', {
      endpoint: `${server.url}/${prefix}`,
      transport,
      storeToken: false,
    });

    before(async () => {
      server = await startHostileServer();
      transport = make();
    });
    after(async () => {
      transport.close();
      await server.close();
    });

    it('stops reading a reply larger than 16 MiB and says so', async () => {
      await assert.rejects(client('huge').test.echo(), (error: unknown) => {
        assert.ok(error instanceof FlickrResponseFormatError, String(error));
        assert.match(error.message, /at most 16 MiB/);

        return true;
      });
      assert.ok(server.hugeBytesWritten() < HUGE, 'the whole 50 MiB reply was read');
    });

    it('does not follow a redirect with the signed request', async () => {
      server.paths.length = 0;

      await assert.rejects(client('redirect').test.echo(), (error: unknown) => {
        assert.ok(error instanceof FlickrHttpError, String(error));
        assert.equal(error.status, 302);

        return true;
      });
      assert.deepEqual(server.paths, ['/redirect/services/rest/']);
    });

    it('reports an empty error page labelled gzip as the HTTP error it is', async () => {
      await assert.rejects(client('empty-gzip').test.echo(), (error: unknown) => {
        assert.ok(error instanceof FlickrHttpError, String(error));
        assert.equal(error.status, 502);

        return true;
      });
    });

    it('reads a gzip-encoded reply', async () => {
      const reply = await client('gzip').test.echo();

      assert.equal(reply['zipped'], 'yes');
    });
  });
}
