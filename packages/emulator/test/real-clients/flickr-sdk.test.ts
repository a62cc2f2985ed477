/**
 * Flickr's official JS SDK, flickr-sdk 7.1.0, unmodified, against the emulator. Its URLs are
 * hard-coded (`https://api.flickr.com/services/rest` and friends, no trailing slash), so the
 * only seam is its Transport: the one below sends each request to the emulator instead, while
 * the SDK keeps signing the canonical Flickr URL.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GET, POST, Transport } from 'flickr-sdk';
import { startEmulator } from '../../src/index.js';
import type { RunningEmulator } from '../../src/index.js';
import { answerAuthorizePage } from './support/browser-approval.js';
import { assertClientInstalled, type ClientAvailability } from './support/client-availability.js';

const here = new URL('.', import.meta.url).pathname;
const photo = join(here, 'fixtures', 'harbour-dusk.jpg');
const replacement = join(here, 'fixtures', 'harbour-dawn.jpg');

type Sdk = typeof import('flickr-sdk');

let sdk: Sdk | undefined;
let client: ClientAvailability;
try {
  sdk = await import('flickr-sdk');
  const manifest = JSON.parse(
    await readFile(join(here, '../../../../node_modules/flickr-sdk/package.json'), 'utf8'),
  ) as { version: string };
  client = { version: manifest.version, skip: false };
} catch (error) {
  const missing = `flickr-sdk is not installed (${String(error)}); install it with: npm ci`;
  client = { missing, skip: process.env['CI'] ? false : missing };
}

const FLICKR_HOSTS = /^https:\/\/(?:api|up|www)\.flickr\.com(?=\/)/;

/** One request as it left the SDK, for asserting on the wire shape. */
interface SeenRequest {
  method: 'GET' | 'POST';
  url: string;
  /** Parameter names the SDK put in the query string or the multipart body. */
  params: string[];
}

/** Sends the SDK's requests to the emulator; everything else is the SDK's own FetchTransport. */
class EmulatorTransport implements Transport {
  readonly seen: SeenRequest[] = [];
  private readonly inner: InstanceType<Sdk['FetchTransport']>;

  constructor(private readonly base: string, FetchTransport: Sdk['FetchTransport']) {
    this.inner = new FetchTransport();
  }

  get(url: string, params: GET): Promise<Response> {
    this.seen.push({ method: 'GET', url, params: [...params.entries()].map(([name]) => name) });

    return this.inner.get(this.redirect(url), params);
  }

  post(url: string, params: POST): Promise<Response> {
    this.seen.push({ method: 'POST', url, params: [...params.entries()].map(([name]) => name) });

    return this.inner.post(this.redirect(url), params);
  }

  private redirect(url: string): string {
    assert.match(url, FLICKR_HOSTS, `the SDK called a Flickr URL: ${url}`);

    return url.replace(FLICKR_HOSTS, this.base);
  }
}

/** Skips when the client is missing (outside CI); no suite may hang the run. */
const SUITE_OPTIONS = { skip: client.skip, timeout: 180_000 };

describe('flickr-sdk 7.1.0 through its Transport hook', SUITE_OPTIONS, () => {
  let emulator: RunningEmulator | undefined;
  let transport: EmulatorTransport;
  let access: { nsid: string; oauthToken: string; oauthTokenSecret: string; username: string };

  function services() {
    if (!sdk || !emulator) throw new Error('flickr-sdk or the emulator is not ready');

    return sdk.createFlickr(
      {
        consumerKey: emulator.apiKey,
        consumerSecret: emulator.apiSecret,
        oauthToken: access.oauthToken,
        oauthTokenSecret: access.oauthTokenSecret,
      },
      transport,
    );
  }

  before(async () => {
    assertClientInstalled(client);
    if (!sdk) throw new Error('unreachable: flickr-sdk checked above');
    emulator = await startEmulator({ port: 0 });
    transport = new EmulatorTransport(emulator.url, sdk.FetchTransport);
  });

  after(async () => {
    await emulator?.close();
  });

  it('runs the OAuth flow with a callback URL', async () => {
    if (!sdk || !emulator) throw new Error('not started');
    const consumer = { consumerKey: emulator.apiKey, consumerSecret: emulator.apiSecret };
    const callback = 'https://app.example/flickr/callback?step=done';

    const anonymous = { ...consumer, oauthToken: false as const, oauthTokenSecret: false as const };
    const { oauth } = sdk.createFlickr(anonymous, transport);
    const { requestToken, requestTokenSecret } = await oauth.request(callback);
    assert.match(requestToken, /^\d{17}-[0-9a-f]{16}$/);

    const authorizeUrl = oauth.authorizeUrl(requestToken, 'delete');
    const outcome = await answerAuthorizePage(authorizeUrl.replace(FLICKR_HOSTS, emulator.url), {
      decision: 'approve',
    });
    assert.equal(outcome.status, 302, outcome.html.slice(0, 300));
    const redirect = new URL(outcome.location ?? '');
    assert.equal(`${redirect.origin}${redirect.pathname}`, 'https://app.example/flickr/callback');
    assert.equal(redirect.searchParams.get('step'), 'done');
    assert.equal(redirect.searchParams.get('oauth_token'), requestToken);
    const verifier = redirect.searchParams.get('oauth_verifier') ?? '';
    assert.match(verifier, /^[0-9a-f]{16}$/);

    const verified = sdk.createFlickr(
      { ...consumer, oauthToken: requestToken, oauthTokenSecret: requestTokenSecret },
      transport,
    );
    const granted = await verified.oauth.verify(verifier);
    assert.match(granted.oauthToken, /^\d{17}-[0-9a-f]{16}$/);
    const user = emulator.users.find((candidate) => candidate.nsid === granted.nsid);
    assert.ok(user, `nsid ${granted.nsid} is a seeded user`);
    assert.equal(granted.username, user.username);
    assert.equal(granted.fullname, user.fullname);
    access = { ...granted, username: granted.username };

    const tokenCalls = transport.seen.filter((request) => request.url.includes('/oauth/'));
    assert.deepEqual(
      tokenCalls.map((request) => `${request.method} ${request.url}`),
      [
        'GET https://www.flickr.com/services/oauth/request_token',
        'GET https://www.flickr.com/services/oauth/access_token',
      ],
    );
  });

  it('gets no access token after the user declines', async () => {
    if (!sdk || !emulator) throw new Error('not started');
    const consumer = { consumerKey: emulator.apiKey, consumerSecret: emulator.apiSecret };
    const anonymous = { ...consumer, oauthToken: false as const, oauthTokenSecret: false as const };
    const { oauth } = sdk.createFlickr(anonymous, transport);
    const { requestToken, requestTokenSecret } = await oauth.request('https://app.example/back');

    const page = oauth.authorizeUrl(requestToken, 'read').replace(FLICKR_HOSTS, emulator.url);
    const outcome = await answerAuthorizePage(page, { decision: 'decline' });
    assert.equal(outcome.status, 302);
    const redirect = new URL(outcome.location ?? '');
    assert.equal(redirect.searchParams.get('oauth_token'), requestToken);
    assert.equal(redirect.searchParams.get('oauth_verifier'), null);

    // A verifier guessed in the shape Flickr uses does not unlock a declined token.
    const declined = sdk.createFlickr(
      { ...consumer, oauthToken: requestToken, oauthTokenSecret: requestTokenSecret },
      transport,
    );
    const refusal = await declined.oauth.verify('0123456789abcdef').then(
      () => assert.fail('the access token call succeeded for a declined request token'),
      (error: Error) => error.cause as Response,
    );
    assert.equal(refusal.status, 401);
    assert.match(await refusal.text(), /^oauth_problem=token_rejected/);
  });

  it('calls flickr.test.login with GET, signed for the canonical URL', async () => {
    const { flickr } = services();
    const reply = await flickr('flickr.test.login', {});

    assert.equal(reply.stat, 'ok');
    assert.equal(reply.user.id, access.nsid);
    assert.equal(reply.user.username._content, access.username);
    assert.deepEqual(transport.seen.at(-1)?.method, 'GET');
    assert.equal(transport.seen.at(-1)?.url, 'https://api.flickr.com/services/rest');
  });

  it('searches photos, paging like Flickr', async () => {
    const { flickr } = services();
    const reply = await flickr('flickr.photos.search', {
      user_id: 'me',
      per_page: '2',
      page: '1',
      extras: 'url_s',
    });

    assert.equal(reply.stat, 'ok');
    assert.equal(Number(reply.photos.page), 1);
    assert.equal(Number(reply.photos.perpage), 2);
    assert.ok(reply.photos.photo.length > 0 && reply.photos.photo.length <= 2);
    assert.equal(Number(reply.photos.pages), Math.ceil(Number(reply.photos.total) / 2));
    for (const found of reply.photos.photo) {
      assert.equal(found.owner, access.nsid);
      assert.match(String(found.url_s), /^https?:\/\/\S+_m\.jpg$/);
    }

    // The image URLs it hands out are served, as JPEG bytes.
    const image = await fetch(String(reply.photos.photo[0]?.url_s));
    const bytes = Buffer.from(await image.arrayBuffer());
    assert.equal(image.status, 200);
    assert.equal(bytes.subarray(0, 3).toString('hex'), 'ffd8ff');
  });

  it('adds tags with a write method sent as a multipart POST', async () => {
    const { flickr } = services();
    const search = await flickr('flickr.photos.search', { user_id: 'me', per_page: '1' });
    const photoId = String(search.photos.photo[0]?.id);

    await flickr('flickr.photos.addTags', { photo_id: photoId, tags: 'sdk-tag "sea wall"' });
    const sent = transport.seen.at(-1);
    const info = await flickr('flickr.photos.getInfo', { photo_id: photoId });
    const tags = info.photo.tags.tag.map((tag: { raw: string }) => tag.raw);

    assert.equal(sent?.method, 'POST');
    assert.ok(sent?.params.includes('oauth_signature'), 'OAuth parameters are multipart fields');
    assert.ok(tags.includes('sdk-tag') && tags.includes('sea wall'), `tags: ${tags.join(', ')}`);
  });

  it('uploads a file and replaces it', async () => {
    const { flickr, upload, replace } = services();

    const uploaded = await upload(photo, { title: 'Harbour via flickr-sdk', tags: 'sdk harbour' });
    assert.match(uploaded.id, /^\d+$/);
    assert.match(uploaded.secret, /^[0-9a-f]+$/);
    assert.equal(transport.seen.at(-1)?.url, 'https://up.flickr.com/services/upload');
    const info = await flickr('flickr.photos.getInfo', { photo_id: uploaded.id });
    assert.equal(info.photo.title._content, 'Harbour via flickr-sdk');
    assert.equal(info.photo.owner.nsid, access.nsid);

    const replaced = await replace(uploaded.id, replacement);
    assert.equal(replaced.id, uploaded.id);
    assert.match(replaced.secret, /^[0-9a-f]+$/);
    assert.match(replaced.originalsecret, /^[0-9a-f]+$/);
    assert.equal(transport.seen.at(-1)?.url, 'https://up.flickr.com/services/replace');
  });

  it('is refused with HTTP 401 when the token secret is off by one character', async () => {
    if (!sdk || !emulator) throw new Error('not started');
    const secret = access.oauthTokenSecret;
    const forged = sdk.createFlickr(
      {
        consumerKey: emulator.apiKey,
        consumerSecret: emulator.apiSecret,
        oauthToken: access.oauthToken,
        oauthTokenSecret: `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}`,
      },
      transport,
    );
    const status = (error: Error): number => (error.cause as Response).status;

    // One request per placement: query string (GET), multipart body (POST), upload.
    const refusals = await Promise.all([
      forged.flickr('flickr.test.login', {}).then(() => 200, status),
      forged.flickr('flickr.photos.addTags', { photo_id: '1', tags: 'x' }).then(() => 200, status),
      forged.upload(photo, { title: 'forged' }).then(() => 200, status),
    ]);
    assert.deepEqual(refusals, [401, 401, 401]);
  });

  it('reports Flickr\'s error message for an unknown method', async () => {
    const { flickr } = services();

    await assert.rejects(flickr('flickr.photos.doesNotExist' as 'flickr.test.echo', {}), {
      message: 'Method "flickr.photos.doesNotExist" not found',
    });
  });

  it('calls a public method with only the API key', async () => {
    if (!sdk || !emulator) throw new Error('not started');
    const { flickr } = sdk.createFlickr(emulator.apiKey, transport);
    const reply = await flickr('flickr.test.echo', { greeting: 'kia ora' });

    assert.equal(reply.stat, 'ok');
    assert.equal(reply.greeting._content, 'kia ora');
    assert.ok(transport.seen.at(-1)?.params.includes('api_key'));
  });
});
