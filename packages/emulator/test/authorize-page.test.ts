import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from './helpers/emulator.js';
import { accessToken, decide, requestToken } from './helpers/flow.js';
import { signedFetch } from './helpers/oauth-signer.js';

describe('authorize page', () => {
  let h: Harness;
  let consumer: { key: string; secret: string };
  before(async () => {
    h = await harness();
    consumer = { key: h.emu.apiKey, secret: h.emu.apiSecret };
  });
  after(() => h.emu.close());

  it('shows the consent form with the user chooser and both buttons', async () => {
    const request = await requestToken(h.emu.url, consumer, 'http://localhost:9/cb');
    const response = await fetch(
      `${h.emu.url}/services/oauth/authorize?oauth_token=${request.token}&perms=read`,
    );
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await response.text();
    assert.match(html, /Flickr Emulator Demo App wants to link to your Flickr account/);
    assert.match(html, /<form method="post" action="\/services\/oauth\/authorize">/);
    assert.match(
      html,
      new RegExp(`<input type="hidden" name="oauth_token" value="${request.token}">`),
    );
    assert.match(html, /<input type="hidden" name="perms" value="read">/);
    assert.match(html, /<select name="username" id="username">/);
    for (const user of h.emu.users)
      assert.ok(html.includes(`<option value="${user.username}"`), user.username);
    assert.match(html, new RegExp(`<option value="${h.emu.users[0]?.username}" selected>`));
    assert.match(
      html,
      /<button type="submit" name="decision" value="approve">OK, I'll authorize it<\/button>/,
    );
    assert.match(html, /<button type="submit" name="decision" value="decline">No thanks<\/button>/);
  });

  it('defaults perms to delete when the app does not ask', async () => {
    const request = await requestToken(h.emu.url, consumer);
    const html = await (
      await fetch(`${h.emu.url}/services/oauth/authorize?oauth_token=${request.token}`)
    ).text();
    assert.match(html, /<input type="hidden" name="perms" value="delete">/);
  });

  it('approves as the chosen user', async () => {
    const second = h.emu.users[1];
    const request = await requestToken(h.emu.url, consumer, 'http://localhost:9/cb');
    const response = await decide(h.emu.url, request.token, 'approve', {
      username: second?.username ?? '',
      perms: 'read',
    });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location') ?? '');
    assert.equal(`${location.origin}${location.pathname}`, 'http://localhost:9/cb');
    const access = await accessToken(
      h.emu.url,
      consumer,
      request,
      location.searchParams.get('oauth_verifier') ?? '',
    );
    const body = new URLSearchParams(await access.text());
    assert.equal(body.get('username'), second?.username);
    const creds = {
      ...consumer,
      token: body.get('oauth_token') ?? '',
      tokenSecret: body.get('oauth_token_secret') ?? '',
    };
    const setter = await signedFetch(
      'POST',
      `${h.emu.url}/services/rest/`,
      { method: 'flickr.photos.setMeta', photo_id: '1', title: 'x' },
      creds,
    );
    assert.match(
      await setter.text(),
      /code="99" msg="Insufficient permissions. Method requires write privileges; read granted."/,
    );
  });

  it('shows the verifier for oob as 123-456-789', async () => {
    const request = await requestToken(h.emu.url, consumer, 'oob');
    const response = await decide(h.emu.url, request.token, 'approve');
    assert.equal(response.status, 200);
    const verifier = /<p id="verifier">(\d{3}-\d{3}-\d{3})<\/p>/.exec(await response.text())?.[1];
    assert.ok(verifier !== undefined);
    assert.equal((await accessToken(h.emu.url, consumer, request, verifier)).status, 200);
  });

  it('declines with a redirect carrying user_refused and spends the token', async () => {
    const request = await requestToken(h.emu.url, consumer, 'http://localhost:9/cb?x=1');
    const response = await decide(h.emu.url, request.token, 'decline');
    assert.equal(response.status, 302);
    assert.equal(
      response.headers.get('location'),
      `http://localhost:9/cb?x=1&oauth_token=${request.token}&oauth_problem=user_refused`,
    );
    const again = await fetch(`${h.emu.url}/services/oauth/authorize?oauth_token=${request.token}`);
    assert.equal(again.status, 400);
    const access = await accessToken(h.emu.url, consumer, request, 'anything');
    assert.equal(await access.text(), 'oauth_problem=token_rejected');
  });

  it('declines oob with a page', async () => {
    const request = await requestToken(h.emu.url, consumer, 'oob');
    const response = await decide(h.emu.url, request.token, 'decline');
    assert.equal(response.status, 200);
    assert.match(await response.text(), /You declined to link Flickr Emulator Demo App/);
  });

  it("answers an unknown token with Flickr's Oops page", async () => {
    const response = await fetch(`${h.emu.url}/services/oauth/authorize?oauth_token=nope`);
    assert.equal(response.status, 400);
    assert.match(
      await response.text(),
      /Oops! Flickr doesn't recognise the "oauth_token" this application is trying to use./s,
    );
  });
});

describe('auto-approve', () => {
  let h: Harness;
  before(async () => {
    const probe = await harness();
    const username = probe.emu.users[2]?.username ?? '';
    await probe.emu.close();
    h = await harness({ autoApprove: username });
  });
  after(() => h.emu.close());

  it('redirects immediately as the configured user', async () => {
    const consumer = { key: h.emu.apiKey, secret: h.emu.apiSecret };
    const request = await requestToken(h.emu.url, consumer, 'http://localhost:9/cb');
    const response = await fetch(
      `${h.emu.url}/services/oauth/authorize?oauth_token=${request.token}&perms=write`,
      { redirect: 'manual' },
    );
    assert.equal(response.status, 302);
    const verifier =
      new URL(response.headers.get('location') ?? '').searchParams.get('oauth_verifier') ?? '';
    const body = new URLSearchParams(
      await (await accessToken(h.emu.url, consumer, request, verifier)).text(),
    );
    assert.equal(body.get('username'), h.emu.users[2]?.username);
  });

  it('refuses an unknown auto-approve user at start', async () => {
    const { startEmulator } = await import('../src/index.js');
    await assert.rejects(
      startEmulator({ autoApprove: 'nobody-here' }),
      /autoApprove user "nobody-here" unknown/,
    );
  });
});
