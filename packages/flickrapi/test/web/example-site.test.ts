import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { DEMO_KEY } from 'flickr-emulator';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { Sealer } from '../../src/web/sealed-cookie.js';
import { SIGN_IN_STATE_PURPOSE } from '../../src/web/sign-in.js';
import { TOKEN_COOKIE_PURPOSE } from '../../src/web/token-cookie.js';
import {
  chromiumSkipReason,
  launchChromium,
  startExampleSite,
  type ExampleSite,
} from './example-site-harness.js';

const COOKIE_KEY = 'example-site-browser-test-key-0123456789';
const skip = chromiumSkipReason();

let browser: Browser;
let site: ExampleSite;
/** Every body, header line and cookie the browser received, for the secret scan. */
const received: string[] = [];
/** Every sealed cookie value the site set, opened afterwards to learn the secrets. */
const sealedCookies: { name: string; value: string }[] = [];
/** Response readers still running; awaited before a context closes. */
const pending: Promise<void>[] = [];

async function closeVisitor(context: BrowserContext): Promise<void> {
  await Promise.all(pending.splice(0));
  await context.close();
}

before(async () => {
  if (skip !== false) return;
  site = await startExampleSite({ COOKIE_KEY });
  browser = await launchChromium();
});
after(async () => {
  if (skip !== false) return;
  await browser?.close();
  await site?.stop();
});

/** A fresh browser profile whose every response is recorded. */
async function newVisitor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  context.on('response', (response) => {
    pending.push((async () => {
      for (const { name, value } of await response.headersArray()) {
        received.push(`${name}: ${value}`);
        const cookie = /^(flickr_token|flickr_sign_in)=([^;]+)/.exec(value);
        if (name.toLowerCase() === 'set-cookie' && cookie !== null) {
          sealedCookies.push({ name: cookie[1]!, value: cookie[2]! });
        }
      }
      if (response.status() >= 300 && response.status() < 400) return;
      if (!/text|json/.test(response.headers()['content-type'] ?? '')) return;
      received.push(await response.text().catch(() => ''));
    })());
  });

  return { context, page: await context.newPage() };
}

/** Clicks "Sign in with Flickr" and answers the emulator's authorize page. */
async function signIn(page: Page, decision: 'approve' | 'decline', username = 'kenji.sato') {
  await page.goto(site.url);
  await page.click('#sign-in');
  await page.waitForURL(`${site.emulatorUrl}/services/oauth/authorize?**`);
  await page.selectOption('select[name=username]', username);
  await page.click(`button[name=decision][value=${decision}]`);
}

async function approveOnFlickr(page: Page): Promise<void> {
  await page.waitForURL(`${site.emulatorUrl}/services/oauth/authorize?**`);
  await page.selectOption('select[name=username]', 'kenji.sato');
  await page.click('button[name=decision][value=approve]');
}

describe('example site in headless Chromium', { skip }, () => {
  test('sign in, see the photo grid, upload a photo, sign out', async () => {
    const { context, page } = await newVisitor();
    try {
      await signIn(page, 'approve');
      await page.waitForURL(`${site.url}me`);
      assert.equal(await page.textContent('#user-name'), 'Kenji Sato');
      assert.equal(await page.evaluate('document.cookie'), '', 'cookies are HttpOnly');

      const before = await page.locator('#photos img').count();
      assert.ok(before > 0, 'the emulator seeds photos');
      // Page scripts as text: the test's TypeScript has no DOM types.
      await page.waitForFunction(
        "[...document.querySelectorAll('#photos img')].every((img) => img.complete)",
        undefined, { timeout: 15_000 });
      const sizes = await page.evaluate(
        "[...document.querySelectorAll('#photos img')].map((i) => [i.naturalWidth, i.src])",
      ) as [number, string][];
      for (const [width, src] of sizes) {
        assert.ok(Number(width) > 0, `thumbnail ${String(src)} loaded`);
        assert.ok(String(src).startsWith(site.emulatorUrl!), 'served by the emulator');
      }

      const firstSrc = String(sizes[0]![1]);
      const jpeg = await (await context.request.get(firstSrc)).body();
      const title = `Sunset ${Date.now()}`;
      await page.fill('input[name=title]', title);
      await page.setInputFiles('input[name=photo]',
        { name: 'sunset.jpg', mimeType: 'image/jpeg', buffer: jpeg });
      await page.click('#upload button');
      await page.waitForURL(/\/me\?uploaded=/);
      const photoId = new URL(page.url()).searchParams.get('uploaded')!;
      assert.match(await page.textContent('#notice') ?? '', new RegExp(photoId));
      assert.equal(await page.textContent(`figure[data-photo-id="${photoId}"] figcaption`), title);
      assert.equal(await page.locator('#photos img').count(), before + 1);

      await page.click('#sign-out button');
      await page.waitForURL(site.url);
      assert.equal(await page.isVisible('#sign-in'), true);
      const names = (await context.cookies(site.url)).map((c) => c.name);
      assert.equal(names.includes('flickr_token'), false);

      await page.goto(`${site.url}me`);
      assert.ok(page.url().startsWith(`${site.emulatorUrl}/services/oauth/authorize`),
        'signed out: the guard sends the visitor to Flickr again');
    } finally {
      await closeVisitor(context);
    }
  });

  test('declining on Flickr shows a 403 page on the site', async () => {
    const { context, page } = await newVisitor();
    try {
      const callback = page.waitForResponse((r) => r.url().includes('/auth/flickr/callback'));
      await signIn(page, 'decline');
      assert.equal((await callback).status(), 403);
      assert.equal(await page.textContent('h1'), 'Sign-in declined');
      assert.equal(
        (await context.cookies(site.url)).some((c) => c.name === 'flickr_token'), false);
    } finally {
      await closeVisitor(context);
    }
  });

  test('a tampered sign-in state is refused', async () => {
    const { context, page } = await newVisitor();
    try {
      await page.goto(site.url);
      await page.click('#sign-in');
      await page.waitForURL(`${site.emulatorUrl}/services/oauth/authorize?**`);
      const state = (await context.cookies(site.url)).find((c) => c.name === 'flickr_sign_in')!;
      const flipped = state.value.slice(0, 20) + (state.value[20] === 'A' ? 'B' : 'A')
        + state.value.slice(21);
      await context.addCookies([{ ...state, value: flipped }]);

      const callback = page.waitForResponse((r) => r.url().includes('/auth/flickr/callback'));
      await page.click('button[name=decision][value=approve]');
      assert.equal((await callback).status(), 400);
      assert.equal(await page.textContent('h1'), 'Sign-in could not be verified');
    } finally {
      await closeVisitor(context);
    }
  });

  test('a replayed callback is refused', async () => {
    const { context, page } = await newVisitor();
    try {
      const callback = page.waitForRequest((r) => r.url().includes('/auth/flickr/callback'));
      await signIn(page, 'approve');
      await page.waitForURL(`${site.url}me`);
      const response = await page.goto((await callback).url());
      assert.equal(response?.status(), 400);
      assert.match(await page.textContent('body') ?? '', /no sign-in in progress/);
    } finally {
      await closeVisitor(context);
    }
  });

  test('return paths to other sites end on this site', async () => {
    const { context, page } = await newVisitor();
    try {
      const attempts: [string, string][] = [
        ['//evil.example/', '/me'],
        ['https://evil.example/', '/me'],
        ['/\\evil.example', '/me'],
        ['javascript:alert(1)', '/me'],
        // An encoded backslash is an ordinary character of a path on this site (a 404 here).
        ['/%5Cevil.example', '/%5Cevil.example'],
      ];
      for (const [returnTo, landing] of attempts) {
        await context.clearCookies();
        await page.goto(`${site.url}auth/flickr/sign-in?perms=write&returnTo=${
          encodeURIComponent(returnTo)}`);
        await approveOnFlickr(page);
        await page.waitForURL(`${site.url}**`);
        const url = new URL(page.url());
        assert.equal(url.origin, new URL(site.url).origin, returnTo);
        assert.equal(url.pathname, landing, returnTo);
      }
    } finally {
      await closeVisitor(context);
    }
  });

  test('no token secret in any response, cookie in clear, or log line', async () => {
    const secrets = new Set<string>([DEMO_KEY.secret]);
    for (const { name, value } of sealedCookies) {
      const purpose = name === 'flickr_token' ? TOKEN_COOKIE_PURPOSE : SIGN_IN_STATE_PURPOSE;
      try {
        const opened = new Sealer([COOKIE_KEY], purpose).open(value) as
          { token?: { tokenSecret: string }; requestTokenSecret?: string };
        if (opened.token !== undefined) secrets.add(opened.token.tokenSecret);
        if (opened.requestTokenSecret !== undefined) secrets.add(opened.requestTokenSecret);
      } catch {
        // Tampered or expired test cookies: nothing to learn from them.
      }
    }
    assert.ok(secrets.size >= 3, 'token and request token secrets were collected');
    const everything = [...received, ...site.lines].join('\n');
    assert.match(everything, /Kenji Sato/, 'the scan covers what the pages showed');
    assert.match(site.lines.join('\n'), /GET \/auth\/flickr\/callback 303/);

    for (const secret of secrets) {
      assert.equal(everything.includes(secret), false, 'a secret leaked');
    }
    assert.doesNotMatch(site.lines.join('\n'), /oauth_verifier|oauth_token_secret/);
  });
});
