// Request bodies the emulator must survive: uploads cut off mid-file, multipart bodies that
// end without their closing boundary, and bodies too large or with too many fields to hold.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from '../helpers/emulator.js';

const BOUNDARY = 'regressionBoundary';
const JPEG_START = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.alloc(64 * 1024, 7),
]);

function textPart(name: string, value: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
}

/** A multipart body that stops inside the file part. */
function bodyCutInFile(): Buffer {
  return Buffer.concat([
    Buffer.from(textPart('title', 'cut off')),
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\n\r\n`,
    ),
    JPEG_START,
  ]);
}

function incomingFiles(h: Harness): string[] {
  return readdirSync(join(h.emu.dataDir, 'files')).filter((name) => name.startsWith('.incoming'));
}

/** Waits (bounded) until the emulator has removed its temporary upload files. */
async function settledIncoming(h: Harness): Promise<string[]> {
  for (let attempt = 0; attempt < 100 && incomingFiles(h).length > 0; attempt++) await delay(20);

  return incomingFiles(h);
}

describe('upload bodies that are cut off, malformed or too large', () => {
  let h: Harness;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };

  before(async () => {
    process.on('unhandledRejection', onUnhandled);
    h = await harness();
  });
  after(async () => {
    process.off('unhandledRejection', onUnhandled);
    await h.emu.close();
  });

  it('removes the partial file of an upload whose client hung up mid-body', async () => {
    const body = bodyCutInFile();
    const { port } = new URL(h.emu.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    const head = 'POST /services/upload/ HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
      `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\n` +
      `Content-Length: ${body.length + 100_000}\r\n\r\n`;
    await new Promise<void>((resolve) => socket.write(Buffer.concat([Buffer.from(head), body]),
      () => resolve()));
    // Let the emulator start writing the file before the client goes away.
    for (let attempt = 0; attempt < 100 && incomingFiles(h).length === 0; attempt++) {
      await delay(10);
    }
    socket.destroy();

    assert.deepEqual(await settledIncoming(h), []);
    const echo = await h.json({ method: 'flickr.test.echo', api_key: h.emu.apiKey });
    assert.equal(echo['stat'], 'ok');
  });

  it('answers 400 to a multipart upload missing its closing boundary, and stays up', async () => {
    const response = await fetch(`${h.emu.url}/services/upload/`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: bodyCutInFile(),
    });

    assert.equal(response.status, 400);
    assert.match(await response.text(), /malformed multipart body/);
    await delay(0);
    assert.deepEqual(unhandled, []);
    assert.deepEqual(await settledIncoming(h), []);
  });

  it('refuses an urlencoded upload body larger than a form may be (413)', async () => {
    const response = await fetch(`${h.emu.url}/services/upload/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `title=${'x'.repeat(9 * 1024 * 1024)}`,
    });

    assert.equal(response.status, 413);
    await response.arrayBuffer();
  });

  for (const path of ['/services/rest/', '/services/upload/']) {
    it(`refuses a multipart body with thousands of text fields on ${path} (413)`, async () => {
      let body = '';
      for (let index = 0; index < 5000; index++) body += textPart(`f${index}`, 'v');
      body += `--${BOUNDARY}--\r\n`;
      const response = await fetch(`${h.emu.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        body,
      });

      assert.equal(response.status, 413);
      assert.match(await response.text(), /fields/);
    });
  }
});
