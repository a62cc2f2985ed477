// NodeTransport writes each request head from a header list of its own making: the Host
// header, the caller's headers and, for a text or byte body, its length.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { NodeTransport } from '../../src/http/node-transport.js';

interface Seen {
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

describe('NodeTransport request heads', () => {
  let server: http.Server;
  let url: string;
  let seen: Seen[];
  const transport = new NodeTransport();

  before(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/rest/`;
  });
  after(async () => {
    transport.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends Host and the length of a text body the caller did not state', async () => {
    seen = [];
    await transport.request({ method: 'POST', url, headers: { 'x-a': '1' }, body: 'héllo' });

    const [{ headers, body }] = seen as [Seen];
    assert.equal(headers.host, new URL(url).host);
    assert.equal(headers['content-length'], '6');
    assert.equal(headers['x-a'], '1');
    assert.equal(body, 'héllo');
  });

  it('keeps a Host header and a length the caller gives', async () => {
    seen = [];
    await transport.request({
      method: 'POST',
      url,
      headers: { host: 'api.flickr.com', 'content-length': '2' },
      body: new TextEncoder().encode('ab'),
    });

    const [{ headers, body }] = seen as [Seen];
    assert.equal(headers.host, 'api.flickr.com');
    assert.equal(headers['content-length'], '2');
    assert.equal(body, 'ab');
  });

  it('sends each frozen header map as it is, call after call', async () => {
    seen = [];
    const first = Object.freeze({ 'user-agent': 'first/1' });
    const second = Object.freeze({ 'user-agent': 'second/2' });
    for (const headers of [first, first, second, first]) {
      await transport.request({ method: 'GET', url, headers });
    }

    assert.deepEqual(seen.map((s) => s.headers['user-agent']),
      ['first/1', 'first/1', 'second/2', 'first/1']);
    assert.ok(seen.every((s) => s.headers.host === new URL(url).host));
  });
});
