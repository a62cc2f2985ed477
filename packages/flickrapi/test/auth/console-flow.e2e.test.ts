/**
 * The out-of-band flow against the emulator: the user opens the printed URL elsewhere,
 * approves, and types the code shown into the program's input.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import { AuthFlowError, FlickrOAuthError } from '../../src/errors.js';
import { authClient } from './support/auth-client.js';
import { answerAuthorizePage, verifierShown } from './support/flickr-user.js';

let emulator: RunningEmulator;
before(async () => {
  emulator = await startEmulator();
});
after(() => emulator.close());

/**
 * An output that, once the flow prints the authorize URL, approves it as `username` and
 * types the code, rewritten by `retype`, into `input`.
 */
function userAtKeyboard(
  input: PassThrough,
  username: string,
  retype: (code: string) => string,
): { write(text: string): void; printed: () => string; done: () => Promise<void> } {
  let printed = '';
  let typing: Promise<void> = Promise.resolve();

  return {
    write(text: string) {
      printed += text;
      const url = /https?:\/\/\S+\/services\/oauth\/authorize\S*/.exec(text)?.[0];
      if (url === undefined) return;
      typing = answerAuthorizePage(url, 'approve', username).then((visit) => {
        const code = verifierShown(visit.html);
        assert.ok(code !== undefined, `no code on the page: ${visit.html}`);
        input.write(retype(code));
      });
    },
    printed: () => printed,
    done: () => typing,
  };
}

describe('authenticateConsole', () => {
  for (const [name, retype] of [
    ['as shown', (code: string) => `${code}\n`],
    ['without dashes, with spaces', (code: string) => `  ${code.replace(/-/g, ' ')} \r\n`],
    ['without dashes', (code: string) => `${code.replace(/-/g, '')}\n`],
  ] as const) {
    it(`accepts the code typed ${name}`, async () => {
      const client = authClient(emulator, { storeToken: false });
      const input = new PassThrough();
      const output = userAtKeyboard(input, 'marisol_r', retype);

      const token = await client.authenticateConsole({ perms: 'write', input, output });
      await output.done();

      assert.equal(token.username, 'marisol_r');
      assert.equal(token.perms, 'write');
      assert.match(output.printed(), /Authorized as marisol_r/);
      assert.deepEqual(client.token, token);
      await client.close();
    });
  }

  it('asks again after text that is not a code', async () => {
    const client = authClient(emulator, { storeToken: false });
    const input = new PassThrough();
    const output = userAtKeyboard(input, 'ingridvh', (code) => `hello\n${code}\n`);

    const token = await client.authenticateConsole({ input, output });
    await output.done();

    assert.equal(token.username, 'ingridvh');
    assert.match(output.printed(), /not a code like 123-456-789/);
    await client.close();
  });

  it('fails with "no-verifier" when input ends without a code', async () => {
    const client = authClient(emulator, { storeToken: false });
    const input = new PassThrough();
    input.end('\n\n');

    await assert.rejects(
      client.authenticateConsole({ input, output: { write: () => undefined } }),
      (error: unknown) => error instanceof AuthFlowError && error.reason === 'no-verifier',
    );
    await client.close();
  });

  it('reports a wrong code as Flickr refuses it, without echoing the code', async () => {
    const client = authClient(emulator, { storeToken: false });
    const input = new PassThrough();
    const output = userAtKeyboard(input, 'ingridvh', (code) => {
      const wrong = code.startsWith('9') ? `1${code.slice(1)}` : `9${code.slice(1)}`;
      return `${wrong}\n`;
    });

    await assert.rejects(client.authenticateConsole({ input, output }), (error: unknown) => {
      assert.ok(error instanceof FlickrOAuthError, String(error));
      assert.ok(!/\d{3}-\d{3}-\d{3}/.test(error.message), error.message);

      return true;
    });
    await output.done();
    await client.close();
  });
});
