import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';

import express from 'express';
import { startEmulator } from 'flickr-emulator';

import { MemoryTokenStore } from '../../src/tokens/memory-token-store.js';
import { flickrAuth, type FlickrAuth, type FlickrAuthOptions } from '../../src/web/express.js';
import { TokenCookie } from '../../src/web/token-cookie.js';
import { get, setCookies, signInDance, type DanceOptions } from './sign-in-dance.js';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

const COOKIE_KEY = 'express-test-key-express-test-key';
let emulator: Emulator;

before(async () => {
  emulator = await startEmulator({ port: 0 });
});
after(async () => {
  await emulator.close();
});

/** A site with a guarded page that calls Flickr as the visitor. */
async function startSite(extra: Partial<FlickrAuthOptions> = {}): Promise<{
  url: string; auth: FlickrAuth; stop(): Promise<void>;
}> {
  const auth = flickrAuth({
    apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, endpoint: emulator.url,
    cookieKeys: [COOKIE_KEY], ...extra,
  });
  const app = express();
  app.use(auth.router);
  app.get('/private', auth.requireFlickr('write'), async (req, res, next) => {
    try {
      const login = await req.flickr.test.login();
      res.json({ visitor: req.flickrUser, login });
    } catch (error) {
      next(error);
    }
  });
  app.post('/private', auth.requireFlickr('write'), (_req, res) => { res.send('posted'); });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    auth,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      auth.close();
    },
  };
}

const dance = (site: string, startPath: string, options: DanceOptions = {}) =>
  signInDance(emulator.url, site, startPath, options);

describe('flickrAuth (Express)', () => {
  test('anonymous visitor: token in a sealed cookie, back on the page asked for', async () => {
    const site = await startSite();
    try {
      const { callback } = await dance(site.url, '/private?tab=2');

      assert.equal(callback.status, 303);
      assert.equal(callback.headers.get('location'), '/private?tab=2');
      const cookies = setCookies(callback);
      const tokenLine = cookies.raw.find((line) => line.startsWith('flickr_token='))!;
      assert.match(tokenLine, /; Path=\/; HttpOnly; SameSite=Lax; Max-Age=2592000$/);
      assert.match(cookies.raw.find((l) => l.startsWith('flickr_sign_in='))!, /Max-Age=0/);

      const page = await get(`${site.url}/private`, {
        cookie: `flickr_token=${cookies.values.get('flickr_token')}`,
      });
      assert.equal(page.status, 200);
      const json = await page.json() as { visitor: { username: string; perms: string } };
      assert.equal(json.visitor.username, 'jamalfanaian');
      assert.equal(json.visitor.perms, 'write');
      assert.equal(JSON.stringify(json).includes('tokenSecret'), false);
    } finally {
      await site.stop();
    }
  });

  test('identified user: token in the store under the site user id, no token cookie', async () => {
    const store = new MemoryTokenStore();
    const site = await startSite({
      store, identify: (req) => req.get('x-site-user'),
    });
    try {
      const as42 = { 'x-site-user': 'site-42' };
      const { callback } = await dance(site.url, '/private', { headers: as42 });

      assert.equal(callback.status, 303);
      assert.equal(setCookies(callback).values.has('flickr_token'), false);
      const stored = await store.get(emulator.apiKey, 'site-42');
      assert.equal(stored?.username, 'jamalfanaian');

      assert.equal((await get(`${site.url}/private`, as42)).status, 200);
      assert.equal((await get(`${site.url}/private`, { 'x-site-user': 'site-7' })).status, 302);

      const out = await fetch(`${site.url}/auth/flickr/sign-out`, {
        method: 'POST', redirect: 'manual', headers: as42,
      });
      assert.equal(out.status, 303);
      assert.equal(await store.get(emulator.apiKey, 'site-42'), undefined);
    } finally {
      await site.stop();
    }
  });

  test('refuses options it cannot work with before serving anything', () => {
    const base = { apiKey: 'k', apiSecret: 's', cookieKeys: [COOKIE_KEY] };

    assert.throws(() => flickrAuth({ ...base, apiKey: '' }), /apiKey and apiSecret/);
    assert.throws(() => flickrAuth({ ...base, cookieKeys: ['short'] }), /at least 32/);
    assert.throws(() => flickrAuth({ ...base, identify: () => 'u' }), /needs a store/);
  });

  test('a token cookie that no longer opens is dropped; the visitor is signed out', async () => {
    const site = await startSite();
    try {
      const retired = new TokenCookie(['retired-key-retired-key-retired-key'], emulator.apiKey);
      const stale = retired.seal({
        token: 't', tokenSecret: 's', perms: 'write', fullname: '', username: 'u', userNsid: 'n',
      }, 60);
      const response = await get(`${site.url}/private`, { cookie: `flickr_token=${stale}` });

      assert.equal(response.status, 302, 'sent to Flickr to sign in');
      assert.ok(setCookies(response).raw.some((line) => /^flickr_token=; .*Max-Age=0/.test(line)));
    } finally {
      await site.stop();
    }
  });

  test('a POST without a token gets a 401 page, not a redirect', async () => {
    const site = await startSite();
    try {
      const response = await fetch(`${site.url}/private`, { method: 'POST', redirect: 'manual' });

      assert.equal(response.status, 401);
      assert.match(await response.text(), /Sign in with Flickr/);
    } finally {
      await site.stop();
    }
  });

  test('declined, tampered, replayed, expired and missing state give 4xx pages', async () => {
    const site = await startSite();
    const expiring = await startSite({ stateTtlSeconds: 0 });
    try {
      const declined = await dance(site.url, '/auth/flickr/sign-in', { decision: 'decline' });
      assert.equal(declined.callback.status, 403);
      assert.match(await declined.callback.text(), /Sign-in declined/);

      const tampered = await dance(site.url, '/auth/flickr/sign-in', {
        stateCookie: (s) => `${s.slice(0, 12)}${s[12] === 'A' ? 'B' : 'A'}${s.slice(13)}`,
      });
      assert.equal(tampered.callback.status, 400);
      assert.match(await tampered.callback.text(), /could not be verified/);

      const done = await dance(site.url, '/auth/flickr/sign-in');
      assert.equal(done.callback.status, 303);
      const replay = await get(done.callbackUrl, { cookie: `flickr_sign_in=${done.stateCookie}` });
      assert.equal(replay.status, 400);
      assert.match(await replay.text(), /already used/);
      // Another server of the site, with its own replay guard: Flickr refuses the used token.
      const elsewhere = done.callbackUrl.replace(site.url, expiring.url);
      const replayedElsewhere = await get(elsewhere, {
        cookie: `flickr_sign_in=${done.stateCookie}`,
      });
      assert.equal(replayedElsewhere.status, 400);
      assert.match(await replayedElsewhere.text(), /Flickr refused the request token/);
      const noState = await get(done.callbackUrl);
      assert.equal(noState.status, 400);
      assert.match(await noState.text(), /state cookie is missing/);

      const expired = await dance(expiring.url, '/auth/flickr/sign-in');
      assert.equal(expired.callback.status, 400);
      assert.match(await expired.callback.text(), /Sign-in expired/);
    } finally {
      await site.stop();
      await expiring.stop();
    }
  });

  test('return paths off the site end at /', async () => {
    const site = await startSite();
    try {
      for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
        const { callback } = await dance(site.url,
          `/auth/flickr/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
        assert.equal(callback.headers.get('location'), '/', returnTo);
      }
    } finally {
      await site.stop();
    }
  });

  test('Secure cookies when asked; sign-out clears the token cookie', async () => {
    const site = await startSite({ secureCookies: true });
    try {
      const { start, callback } = await dance(site.url, '/auth/flickr/sign-in');
      assert.match(setCookies(start).raw[0]!, /; Secure$/);
      assert.match(setCookies(callback).raw.find((l) => l.startsWith('flickr_token='))!, /Secure/);

      const out = await fetch(`${site.url}/auth/flickr/sign-out?returnTo=%2F%2Fevil.example`, {
        method: 'POST', redirect: 'manual',
      });
      assert.equal(out.headers.get('location'), '/');
      assert.match(setCookies(out).raw[0]!, /^flickr_token=; .*Max-Age=0/);
    } finally {
      await site.stop();
    }
  });

  test('no token secret, request token secret or API secret in any response', async () => {
    const site = await startSite();
    try {
      const run = await dance(site.url, '/private');
      const tokenCookie = setCookies(run.callback).values.get('flickr_token')!;
      const token = new TokenCookie([COOKIE_KEY], emulator.apiKey).open(tokenCookie)!;
      assert.ok(token, 'the sealed cookie opens with the server key');
      const page = await get(`${site.url}/private`, { cookie: `flickr_token=${tokenCookie}` });
      const seen = [...run.bodies, ...run.headers, await page.text(),
        ...[...page.headers].map(([k, v]) => `${k}: ${v}`)].join('\n');

      for (const secret of [token.tokenSecret, emulator.apiSecret]) {
        assert.equal(seen.includes(secret), false);
      }
      assert.ok(seen.includes(token.username), 'the scan does see what the site shows');
    } finally {
      await site.stop();
    }
  });
});
