// NodeTransport keeps connections for reuse and closes those left idle: after its own idle
// limit, or at once when the server's Keep-Alive header says it closes them within a second.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { NodeTransport } from '../../src/http/node-transport.js';

describe('NodeTransport idle connections', () => {
  let server: http.Server;
  let url: string;
  let keepAlive: string | undefined;
  const connections: Socket[] = [];

  before(async () => {
    server = http.createServer((_req, res) => {
      if (keepAlive !== undefined) res.setHeader('keep-alive', keepAlive);
      res.end('ok');
    });
    server.on('connection', (socket: Socket) => connections.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/rest/`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reuses a connection, then closes it once idle for idleTimeoutMs', async () => {
    keepAlive = 'timeout=600';
    connections.length = 0;
    const transport = new NodeTransport({ idleTimeoutMs: 50 });
    try {
      await transport.request({ method: 'GET', url, headers: {} });
      await transport.request({ method: 'GET', url, headers: {} });
      assert.equal(connections.length, 1);

      const [socket] = connections as [Socket];
      const started = performance.now();
      await once(socket, 'close');
      assert.ok(performance.now() - started >= 40, 'closed before the idle limit');
    } finally {
      transport.close();
    }
  });

  it('does not keep a connection the server closes within a second', async () => {
    keepAlive = 'timeout=1';
    connections.length = 0;
    const transport = new NodeTransport({ idleTimeoutMs: 60_000 });
    try {
      await transport.request({ method: 'GET', url, headers: {} });
      const [socket] = connections as [Socket];
      await once(socket, 'close');

      await transport.request({ method: 'GET', url, headers: {} });
      assert.equal(connections.length, 2);
    } finally {
      transport.close();
    }
  });
});
