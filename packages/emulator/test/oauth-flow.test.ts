import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from './helpers/emulator.js';
import { accessToken, decide, requestToken } from './helpers/flow.js';
import {
  formEncode,
  protocolParams,
  sign,
  signedFetch,
  type Pair,
} from './helpers/oauth-signer.js';

describe('OAuth token endpoints', () => {
  let h: Harness;
  let now = Date.now();
  let consumer: { key: string; secret: string };
  before(async () => {
    h = await harness({ clock: () => now });
    consumer = { key: h.emu.apiKey, secret: h.emu.apiSecret };
  });
  after(() => h.emu.close());

  it('runs the whole flow with a callback and reports the granted perms', async () => {
    const request = await requestToken(h.emu.url, consumer, 'http://localhost:9/cb?state=1');
    assert.match(request.token, /^72157\d{12}-[0-9a-f]{16}$/);
    assert.match(request.secret, /^[0-9a-f]{16}$/);
    const approved = await decide(h.emu.url, request.token, 'approve', { perms: 'write' });
    assert.equal(approved.status, 302);
    const location = new URL(approved.headers.get('location') ?? '');
    assert.equal(location.searchParams.get('state'), '1');
    assert.equal(location.searchParams.get('oauth_token'), request.token);
    const verifier = location.searchParams.get('oauth_verifier') ?? '';
    assert.match(verifier, /^[0-9a-f]{16}$/);

    const response = await accessToken(h.emu.url, consumer, request, verifier);
    assert.equal(response.status, 200);
    const text = await response.text();
    const user = h.emu.users[0];
    assert.match(
      text,
      /^fullname=[^&]+&oauth_token=[^&]+&oauth_token_secret=[0-9a-f]{16}&user_nsid=[^&]+&username=/,
    );
    const body = new URLSearchParams(text);
    assert.equal(body.get('user_nsid'), user?.nsid);
    assert.equal(body.get('username'), user?.username);
    assert.equal(body.get('fullname'), user?.fullname);

    const creds = {
      ...consumer,
      token: body.get('oauth_token') ?? '',
      tokenSecret: body.get('oauth_token_secret') ?? '',
    };
    const check = await signedFetch(
      'GET',
      `${h.emu.url}/services/rest/`,
      { method: 'flickr.auth.oauth.checkToken', format: 'json', nojsoncallback: '1' },
      creds,
    );
    const json = (await check.json()) as Record<string, any>;
    assert.equal(json.oauth.perms._content, 'write');
    assert.equal(json.oauth.token._content, creds.token);
    assert.equal(json.oauth.user.nsid, user?.nsid);
  });

  it('answers request_token with oauth_callback_confirmed first', async () => {
    const endpoint = `${h.emu.url}/services/oauth/request_token`;
    const params = sign(
      'POST',
      endpoint,
      protocolParams(consumer, { oauth_callback: 'oob' }),
      consumer,
    );
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: formEncode(params),
    });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /^oauth_callback_confirmed=true&oauth_token=/);
  });

  it('tolerates one nonce and timestamp reused across request_token and access_token', async () => {
    const fixed = { oauth_nonce: 'samenonce', oauth_timestamp: String(Math.floor(now / 1000)) };
    const endpoint = `${h.emu.url}/services/oauth/request_token`;
    const base = protocolParams(consumer, { oauth_callback: 'oob' }).map(([k, v]): Pair => [
      k,
      k in fixed ? fixed[k as keyof typeof fixed] : v,
    ]);
    const response = await fetch(
      `${endpoint}?${formEncode(sign('GET', endpoint, base, consumer))}`,
    );
    const request = new URLSearchParams(await response.text());
    const token = request.get('oauth_token') ?? '';
    const page = await decide(h.emu.url, token, 'approve');
    const verifier = /id="verifier">([0-9-]+)</.exec(await page.text())?.[1] ?? '';
    assert.match(verifier, /^\d{3}-\d{3}-\d{3}$/);

    const accessUrl = `${h.emu.url}/services/oauth/access_token`;
    const creds = { ...consumer, token, tokenSecret: request.get('oauth_token_secret') ?? '' };
    const accessBase = protocolParams(creds, { oauth_verifier: verifier }).map(([k, v]): Pair => [
      k,
      k in fixed ? fixed[k as keyof typeof fixed] : v,
    ]);
    const access = await fetch(
      `${accessUrl}?${formEncode(sign('GET', accessUrl, accessBase, creds))}`,
    );
    assert.equal(access.status, 200);
  });

  it('answers every failure with 401 text/plain oauth_problem', async () => {
    const endpoint = `${h.emu.url}/services/oauth/request_token`;
    const expect401 = async (response: Response, body: string | RegExp) => {
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('content-type'), 'text/plain;charset=UTF-8');
      const text = await response.text();
      if (typeof body === 'string') assert.equal(text, body);
      else assert.match(text, body);
    };

    const unknown = { key: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', secret: 'x' };
    const p1 = sign('GET', endpoint, protocolParams(unknown, { oauth_callback: 'oob' }), unknown);
    await expect401(
      await fetch(`${endpoint}?${formEncode(p1)}`),
      'oauth_problem=consumer_key_unknown',
    );

    const p2 = sign(
      'GET',
      endpoint,
      protocolParams(consumer, { oauth_callback: 'oob' }),
      consumer,
    ).slice(0, -1);
    await expect401(
      await fetch(`${endpoint}?${formEncode(p2)}`),
      'oauth_problem=parameter_absent&oauth_parameters_absent=oauth_signature',
    );

    const p3 = sign('GET', endpoint, protocolParams(consumer), consumer);
    await expect401(
      await fetch(`${endpoint}?${formEncode(p3)}`),
      'oauth_problem=parameter_absent&oauth_parameters_absent=oauth_callback',
    );

    const wrong = { ...consumer, secret: 'not-the-secret' };
    const p4 = sign('GET', endpoint, protocolParams(wrong, { oauth_callback: 'oob' }), wrong);
    await expect401(
      await fetch(`${endpoint}?${formEncode(p4)}`),
      new RegExp(
        '^oauth_problem=signature_invalid&debug_sbs=GET&http%3A%2F%2F127\\.0\\.0\\.1%3A\\d+' +
          '%2Fservices%2Foauth%2Frequest_token&oauth_callback%3Doob%26',
      ),
    );

    const p5 = protocolParams(consumer, { oauth_callback: 'oob' }).map(([k, v]): Pair => [
      k,
      k === 'oauth_signature_method' ? 'PLAINTEXT' : v,
    ]);
    await expect401(
      await fetch(`${endpoint}?${formEncode([...p5, ['oauth_signature', 'x']])}`),
      'oauth_problem=signature_method_rejected',
    );

    const p6 = protocolParams(consumer, { oauth_callback: 'oob' }).map(([k, v]): Pair => [
      k,
      k === 'oauth_version' ? '2.0' : v,
    ]);
    await expect401(
      await fetch(`${endpoint}?${formEncode(sign('GET', endpoint, p6, consumer))}`),
      'oauth_problem=version_rejected',
    );

    const fake = { token: '72157000000000000-0000000000000000', secret: '0000000000000000' };
    await expect401(
      await accessToken(h.emu.url, consumer, fake, 'x'),
      'oauth_problem=token_rejected',
    );

    const pending = await requestToken(h.emu.url, consumer);
    await expect401(
      await accessToken(h.emu.url, consumer, pending, '000-000-000'),
      'oauth_problem=token_rejected',
    );
    await decide(h.emu.url, pending.token, 'approve');
    await expect401(
      await accessToken(h.emu.url, consumer, pending, '000-000-000'),
      'oauth_problem=verifier_invalid',
    );

    const restWithRequestToken = await signedFetch(
      'GET',
      `${h.emu.url}/services/rest/`,
      { method: 'flickr.test.login' },
      { ...consumer, token: pending.token, tokenSecret: pending.secret },
    );
    await expect401(restWithRequestToken, 'oauth_problem=verifier_invalid');
  });

  it('spends a request token on exchange', async () => {
    const request = await requestToken(h.emu.url, consumer);
    const page = await (await decide(h.emu.url, request.token, 'approve')).text();
    const verifier = /id="verifier">([0-9-]+)</.exec(page)?.[1] ?? '';
    assert.equal((await accessToken(h.emu.url, consumer, request, verifier)).status, 200);
    const again = await accessToken(h.emu.url, consumer, request, verifier);
    assert.equal(again.status, 401);
    assert.equal(await again.text(), 'oauth_problem=token_rejected');
  });

  it('expires request tokens after an hour', async () => {
    const request = await requestToken(h.emu.url, consumer);
    now += 3601_000;
    const page = await fetch(`${h.emu.url}/services/oauth/authorize?oauth_token=${request.token}`);
    assert.equal(page.status, 400);
    assert.match(await page.text(), /Flickr doesn't recognise the "oauth_token"/);
  });
});
