/**
 * The one-shot callback server against what breaks Python flickrapi's: favicon requests,
 * HTTPS spoken to a plain HTTP port, stray visits, other flows' tokens and a decline.
 */
import assert from 'node:assert/strict';
import { connect as connectTcp } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { describe, it } from 'node:test';

import { startCallbackServer } from '../../src/auth/callback-server.js';

const TOKEN = '72157626737672178-022bbd2f4c2f3432';

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);

  return { status: response.status, body: await response.text() };
}

/** Opens a TLS connection to the plain HTTP port; resolves once the server dropped it. */
function speakTls(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connectTls({ host: '127.0.0.1', port, rejectUnauthorized: false });
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
  });
}

describe('callback server', () => {
  it('survives favicon, HTTPS, stray and mismatched requests, then accepts ours', async () => {
    const notices: string[] = [];
    const server = await startCallbackServer({ onNotice: (message) => notices.push(message) });
    const { port } = new URL(server.url);
    server.expect(TOKEN);

    assert.equal((await get(new URL('/favicon.ico', server.url).href)).status, 404);
    await speakTls(Number(port));
    const stray = await get(server.url);
    assert.equal(stray.status, 400);
    assert.match(stray.body, /id="stray"/);
    const other = await get(`${server.url}?oauth_token=someone-else&oauth_verifier=v`);
    assert.equal(other.status, 400);
    assert.match(other.body, /id="mismatch"/);
    assert.equal((await fetch(server.url, { method: 'POST' })).status, 405);
    assert.equal(notices.length, 1);
    assert.match(notices[0] ?? '', /tried HTTPS.*http:\/\/127\.0\.0\.1/);

    const landing = get(`${server.url}?oauth_token=${TOKEN}&oauth_verifier=5d1b96a26b494074`);
    const accepted = await server.accepted;
    assert.equal(accepted.kind, 'verifier');
    if (accepted.kind !== 'verifier') return;
    assert.equal(accepted.verifier, '5d1b96a26b494074');
    await accepted.finish('authorized');
    const page = await landing;
    assert.equal(page.status, 200);
    assert.match(page.body, /Flickr access granted/);

    const late = await get(`${server.url}?oauth_token=${TOKEN}&oauth_verifier=again`);
    assert.equal(late.status, 409);
    await server.close();
  });

  it('answers malformed HTTP with 400 and keeps serving', async () => {
    const server = await startCallbackServer();
    server.expect(TOKEN);
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve) => {
      const socket = connectTcp(Number(port), '127.0.0.1', () => socket.write('NONSENSE\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
    });
    assert.match(answer, /^HTTP\/1\.1 400/);

    const landing = get(`${server.url}?oauth_token=${TOKEN}&oauth_problem=user_refused`);
    assert.deepEqual(await server.accepted, { kind: 'declined', problem: 'user_refused' });
    assert.match((await landing).body, /You declined access/);
    await server.close();
  });

  it('rejects callbacks before it knows the request token', async () => {
    const server = await startCallbackServer();
    const early = await get(`${server.url}?oauth_token=${TOKEN}&oauth_verifier=v`);

    assert.equal(early.status, 409);
    assert.match(early.body, /id="mismatch"/);
    await server.close();
  });

  it('closes even with an idle connection open', async () => {
    const server = await startCallbackServer();
    const { port } = new URL(server.url);
    const idle = connectTcp(Number(port), '127.0.0.1');
    await new Promise((resolve) => idle.once('connect', resolve));
    const closed = new Promise((resolve) => idle.once('close', resolve));

    await server.close();
    await closed;
  });
});
