/**
 * The browser flow against the emulator, driven as a user would: the injected opener loads
 * Flickr's authorize page, presses a button, and follows the redirect to the callback server.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as connectTls } from 'node:tls';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import { AuthFlowError } from '../../src/errors.js';
import { SqliteTokenCache } from '../../src/tokens/sqlite-token-cache.js';
import { authClient } from './support/auth-client.js';
import { answerAuthorizePage, type BrowserVisit } from './support/flickr-user.js';

let emulator: RunningEmulator;
const root = mkdtempSync(join(tmpdir(), 'flickrapi-browser-flow-'));
before(async () => {
  emulator = await startEmulator();
});
after(async () => {
  await emulator.close();
  rmSync(root, { recursive: true, force: true });
});

let counter = 0;
function freshCache(): string {
  counter += 1;

  return join(root, `cache-${counter}`, 'oauth-tokens.sqlite');
}

/** Collects what the flow prints. */
function capture(): { write(text: string): void; text(): string } {
  let printed = '';

  return {
    write(text: string) {
      printed += text;
    },
    text: () => printed,
  };
}

/** The callback URL Flickr redirects to, without following it. */
async function approveWithoutFollowing(authorizeUrl: string): Promise<URL> {
  const page = await fetch(authorizeUrl);
  const html = await page.text();
  const token = /name="oauth_token" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const perms = /name="perms" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const form = new URLSearchParams({ oauth_token: token, perms, username: 'jamalfanaian',
    decision: 'approve' });
  const submitted = await fetch(new URL('/services/oauth/authorize', authorizeUrl), {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  await submitted.body?.cancel();

  return new URL(submitted.headers.get('location') ?? '');
}

describe('authenticateViaBrowser', () => {
  it('stores the approved token, then skips the flow while the token suffices', async () => {
    const tokenCacheLocation = freshCache();
    const client = authClient(emulator, { tokenCacheLocation });
    let visit: Promise<BrowserVisit> | undefined;
    const output = capture();

    const token = await client.authenticateViaBrowser({
      perms: 'write',
      output,
      openBrowser: (url) => {
        visit = answerAuthorizePage(url, 'approve', 'kenji.sato');
      },
    });

    assert.equal(token.username, 'kenji.sato');
    assert.equal(token.perms, 'write');
    assert.match((await visit!).html, /Flickr access granted/);
    assert.match(output.text(), /\/services\/oauth\/authorize\?oauth_token=/);
    const login = await client.test.login();
    assert.equal((login['user'] as { id: string }).id, token.userNsid);
    const cache = new SqliteTokenCache({ location: tokenCacheLocation });
    assert.deepEqual(await cache.get(emulator.apiKey, ''), token);

    const again = await client.authenticateViaBrowser({
      perms: 'read',
      openBrowser: () => assert.fail('a valid write token must satisfy read'),
    });
    assert.deepEqual(again, token);

    const stronger = await client.authenticateViaBrowser({
      perms: 'delete',
      output,
      openBrowser: (url) => {
        visit = answerAuthorizePage(url, 'approve', 'kenji.sato');
      },
    });
    await visit;
    assert.equal(stronger.perms, 'delete');
    assert.notEqual(stronger.token, token.token);
    assert.equal((await cache.get(emulator.apiKey, ''))?.perms, 'delete');
    await Promise.all([cache.close(), client.close()]);
  });

  it('ignores favicon, HTTPS, stray and mismatched requests and keeps waiting', async () => {
    const client = authClient(emulator, { storeToken: false });
    const seen: Record<string, number> = {};
    const output = capture();
    const actAsUser = async (url: string): Promise<void> => {
      const callback = await approveWithoutFollowing(url);
      seen['favicon'] = (await fetch(new URL('/favicon.ico', callback))).status;
      await new Promise<void>((resolve) => {
        const port = Number(callback.port);
        const tls = connectTls({ host: '127.0.0.1', port, rejectUnauthorized: false });
        tls.on('error', () => resolve());
        tls.on('close', () => resolve());
      });
      seen['stray'] = (await fetch(new URL('/', callback))).status;
      const forged = new URL(callback);
      forged.searchParams.set('oauth_token', '72157600000000000-0000000000000000');
      seen['mismatch'] = (await fetch(forged)).status;
      seen['ours'] = (await fetch(callback)).status;
    };
    let user: Promise<void> | undefined;

    const token = await client.authenticateViaBrowser({
      output,
      openBrowser: (url) => {
        user = actAsUser(url);
      },
    });
    await user;

    assert.equal(token.username, 'jamalfanaian');
    assert.deepEqual(seen, { favicon: 404, stray: 400, mismatch: 400, ours: 200 });
    assert.match(output.text(), /tried HTTPS/);
    await client.close();
  });

  it('fails with "declined" when the user presses decline, and stores nothing', async () => {
    const tokenCacheLocation = freshCache();
    const client = authClient(emulator, { tokenCacheLocation });
    let visit: Promise<BrowserVisit> | undefined;

    await assert.rejects(
      client.authenticateViaBrowser({
        output: capture(),
        openBrowser: (url) => {
          visit = answerAuthorizePage(url, 'decline');
        },
      }),
      (error: unknown) => error instanceof AuthFlowError && error.reason === 'declined',
    );
    assert.match((await visit!).html, /You declined access/);
    assert.deepEqual(client.token, undefined);
    await client.close();
  });

  it('treats denied=TOKEN as a refusal too', async () => {
    const client = authClient(emulator, { storeToken: false });
    let landing: Promise<string> | undefined;

    await assert.rejects(
      client.authenticateViaBrowser({
        output: capture(),
        openBrowser: async (url) => {
          const callback = await approveWithoutFollowing(url);
          const denied = new URL('/', callback);
          denied.searchParams.set('denied', callback.searchParams.get('oauth_token') ?? '');
          landing = fetch(denied).then((response) => response.text());
        },
      }),
      (error: unknown) => error instanceof AuthFlowError && error.reason === 'declined',
    );
    assert.match(await landing!, /You declined access/);
    await client.close();
  });

  it('fails with "timeout" when the user never comes back, and stops listening', async () => {
    const client = authClient(emulator, { storeToken: false });
    let authorizeUrl = '';

    await assert.rejects(
      client.authenticateViaBrowser({
        timeout: 200,
        output: capture(),
        openBrowser: (url) => {
          authorizeUrl = url;
        },
      }),
      (error: unknown) => {
        assert.ok(error instanceof AuthFlowError && error.reason === 'timeout', String(error));
        assert.match(error.message, /within 200 ms/);

        return true;
      },
    );
    const late = await approveWithoutFollowing(authorizeUrl);
    await assert.rejects(fetch(late), TypeError);
    await client.close();
  });

  it('prints the URL when no browser opens, and finishes when the user visits it', async () => {
    const client = authClient(emulator, { storeToken: false });
    let visit: Promise<BrowserVisit> | undefined;
    const output = {
      write(text: string) {
        const url = /https?:\/\/\S+\/services\/oauth\/authorize\S*/.exec(text)?.[0];
        if (url !== undefined) visit = answerAuthorizePage(url, 'approve', 'amara.okafor');
      },
    };

    const token = await client.authenticateViaBrowser({
      perms: 'read',
      output,
      openBrowser: () => {
        throw new Error('no graphical display');
      },
    });

    assert.equal(token.username, 'amara.okafor');
    assert.match((await visit!).html, /Flickr access granted/);
    await client.close();
  });

  it('keeps several accounts apart by username, in one cache file', async () => {
    const tokenCacheLocation = freshCache();
    const output = capture();
    const signIn = async (username: string): Promise<string> => {
      const client = authClient(emulator, { tokenCacheLocation, username });
      let visit: Promise<BrowserVisit> | undefined;
      await client.authenticateViaBrowser({
        output,
        openBrowser: (url) => {
          visit = answerAuthorizePage(url, 'approve', username);
        },
      });
      await visit;
      client.close();

      return username;
    };
    await signIn('ingridvh');
    await signIn('marisol_r');

    for (const username of ['ingridvh', 'marisol_r']) {
      const client = authClient(emulator, { tokenCacheLocation, username });
      const login = await client.test.login();
      const user = login['user'] as { username: { _content: string } };
      assert.equal(user.username._content, username);
      client.close();
    }
  });

  it('writes nothing to disk with storeToken: false', async () => {
    const tokenCacheLocation = freshCache();
    const client = authClient(emulator, { tokenCacheLocation, storeToken: false });
    let visit: Promise<BrowserVisit> | undefined;

    const token = await client.authenticateViaBrowser({
      output: capture(),
      openBrowser: (url) => {
        visit = answerAuthorizePage(url, 'approve');
      },
    });
    await visit;

    assert.deepEqual(client.token, token);
    assert.equal(existsSync(join(tokenCacheLocation, '..')), false);
    client.close();
  });

  it('prints the URL when the default opener finds no display', {
    skip: process.platform !== 'linux' ? 'the display check applies to Linux' : false,
  }, async () => {
    const saved = { DISPLAY: process.env['DISPLAY'], WAYLAND: process.env['WAYLAND_DISPLAY'] };
    delete process.env['DISPLAY'];
    delete process.env['WAYLAND_DISPLAY'];
    const client = authClient(emulator, { storeToken: false });
    let visit: Promise<BrowserVisit> | undefined;
    let printed = '';
    try {
      const token = await client.authenticateViaBrowser({
        output: {
          write(text: string) {
            printed += text;
            const url = /https?:\/\/\S+\/services\/oauth\/authorize\S*/.exec(text)?.[0];
            if (url !== undefined) visit = answerAuthorizePage(url, 'approve');
          },
        },
      });
      await visit;
      assert.equal(token.username, 'ingridvh');
      assert.match(printed, /^Open this address in a browser/);
    } finally {
      if (saved.DISPLAY !== undefined) process.env['DISPLAY'] = saved.DISPLAY;
      if (saved.WAYLAND !== undefined) process.env['WAYLAND_DISPLAY'] = saved.WAYLAND;
      client.close();
    }
  });

  it('fails with "cancelled" when the caller aborts the wait', async () => {
    const client = authClient(emulator, { storeToken: false });
    const controller = new AbortController();

    await assert.rejects(
      client.authenticateViaBrowser({
        output: capture(),
        signal: controller.signal,
        openBrowser: () => controller.abort(),
      }),
      (error: unknown) => error instanceof AuthFlowError && error.reason === 'cancelled',
    );
    client.close();
  });
});
