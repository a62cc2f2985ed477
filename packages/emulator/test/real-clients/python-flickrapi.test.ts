/**
 * The unmodified Python flickrapi 2.1.2 (Debian python3-flickrapi) against the emulator:
 * out-of-band OAuth with the authorize page answered like a browser, REST calls in XML and
 * JSON, a setter, upload, replace and a token check with the token cache disabled.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/index.js';
import type { RunningEmulator } from '../../src/index.js';
import { approveOutOfBand } from './support/browser-approval.js';
import { assertClientInstalled, probeClient } from './support/client-availability.js';
import { driverResult, driverStep, runChild } from './support/run-child.js';

// The system interpreter, not a pyenv shim that would lack the Debian package.
const PYTHON = '/usr/bin/python3';
const here = new URL('.', import.meta.url).pathname;
const driver = join(here, 'drivers', 'python_flickrapi_flow.py');
const photo = join(here, 'fixtures', 'harbour-dusk.jpg');
const replacement = join(here, 'fixtures', 'harbour-dawn.jpg');

const client = probeClient(
  'Python flickrapi (python3-flickrapi)',
  'apt-get install python3-flickrapi',
  PYTHON,
  ['-c', 'import flickrapi; print(flickrapi.__version__)'],
);

const step = driverStep;

/** Skips when the client is missing (outside CI); no suite may hang the run. */
const SUITE_OPTIONS = { skip: client.skip, timeout: 180_000 };

describe('Python flickrapi 2.1.2 against the emulator', SUITE_OPTIONS, () => {
  let emulator: RunningEmulator | undefined;
  let home: string | undefined;
  let baseUrl = '';
  let users: RunningEmulator['users'] = [];
  let result: Record<string, unknown> = {};
  const verifiers: string[] = [];

  before(async () => {
    assertClientInstalled(client);
    emulator = await startEmulator({ port: 0 });
    baseUrl = emulator.url;
    users = emulator.users;
    // An empty HOME shows the library wrote no token cache of its own.
    home = mkdtempSync(join(tmpdir(), 'flickrapi-py-home-'));
    const run = await runChild(
      PYTHON,
      [driver, emulator.url, emulator.apiKey, emulator.apiSecret, photo, replacement],
      {
        env: {
          PATH: process.env['PATH'] ?? '/usr/bin:/bin',
          HOME: home,
          PYTHONDONTWRITEBYTECODE: '1',
        },
        timeoutMs: 60_000,
        answer: async (question) => {
          const verifier = await approveOutOfBand(String(question['authorize_url']));
          verifiers.push(verifier);
          return verifier;
        },
      },
    );
    result = driverResult(run);
  });

  after(async () => {
    await emulator?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('completes the out-of-band flow with a 123-456-789 verifier', () => {
    const flow = step(result, 'oob_flow');
    const authorizeUrl = new URL(String(flow['authorize_url']));

    assert.equal(authorizeUrl.origin, baseUrl);
    assert.equal(authorizeUrl.pathname, '/services/oauth/authorize');
    assert.equal(authorizeUrl.searchParams.get('perms'), 'delete');
    assert.match(verifiers[0] ?? '', /^\d{3}-\d{3}-\d{3}$/);
    assert.match(String(flow['token']), /^\d{17}-[0-9a-f]{16}$/);
    assert.equal(flow['token_secret_length'], 16);
    const user = users.find((candidate) => candidate.nsid === flow['user_nsid']);
    assert.ok(user, `user_nsid ${String(flow['user_nsid'])} is a seeded user`);
    assert.equal(flow['username'], user.username);
    assert.equal(flow['fullname'], user.fullname);
    assert.equal(flow['access_level'], 'delete');
  });

  it('calls flickr.test.login as the approving user', () => {
    const flow = step(result, 'oob_flow');
    const login = step(result, 'test_login');

    assert.equal(login['id'], flow['user_nsid']);
    assert.equal(login['username'], flow['username']);
  });

  it('searches the user\'s photos as bare JSON (nojsoncallback=1)', () => {
    const flow = step(result, 'oob_flow');
    const search = step(result, 'search_json');
    const photos = search['photos'] as { id: string; owner: string }[];

    assert.equal(search['raw_starts_with'], '{');
    assert.equal(search['stat'], 'ok');
    assert.equal(Number(search['page']), 1);
    assert.equal(Number(search['perpage']), 5);
    assert.ok(photos.length > 0 && photos.length <= 5, `${photos.length} photos on the page`);
    assert.ok(Number(search['total']) >= photos.length);
    for (const found of photos) assert.equal(found.owner, flow['user_nsid']);
  });

  it('searches the user\'s photos as XML parsed by ElementTree, with extras', () => {
    const search = step(result, 'search_etree');
    const photos = search['photos'] as { id: string }[];
    const urls = search['url_m'] as (string | null)[];

    assert.equal(search['stat'], 'ok');
    assert.equal(search['page'], '1');
    assert.ok(photos.length > 0);
    assert.equal(Number(search['total']), Number(step(result, 'search_json')['total']));
    for (const url of urls) assert.match(String(url), /^https?:\/\/\S+\.jpg$/);
  });

  it('sets tags with flickr.photos.setTags (POST, params in the query)', () => {
    const tags = step(result, 'set_tags');

    assert.deepEqual(tags['tags'], ['blue hour', 'café', 'flickrapi-py', 'harbour']);
  });

  it('uploads a JPEG file with title and tags', () => {
    const flow = step(result, 'oob_flow');
    const upload = step(result, 'upload');

    assert.equal(upload['stat'], 'ok');
    assert.match(String(upload['photo_id']), /^\d+$/);
    assert.equal(upload['title'], 'Harbour at dusk');
    assert.equal(upload['owner'], flow['user_nsid']);
    assert.deepEqual(upload['tags'], ['dusk', 'harbour']);
    assert.equal((upload['original'] as string[]).length, 1);
  });

  it('replaces the uploaded photo and serves the new bytes as its original', async () => {
    const replace = step(result, 'replace');
    const [original] = replace['original'] as string[];

    assert.equal(replace['stat'], 'ok');
    assert.equal(replace['photo_id'], step(result, 'upload')['photo_id']);
    assert.match(String(replace['secret']), /^[0-9a-f]+$/);
    assert.match(String(replace['originalsecret']), /^[0-9a-f]+$/);
    assert.ok(original, 'photos.getSizes lists an Original');
    const served = await fetch(original);
    assert.equal(served.status, 200);
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), readFileSync(replacement));
  });

  it('checks the token with the token cache disabled (store_token=False)', () => {
    const flow = step(result, 'oob_flow');
    const check = step(result, 'token_check');

    assert.equal(check['perms'], 'delete');
    assert.equal(check['token'], flow['token']);
    assert.equal(check['user_nsid'], flow['user_nsid']);
    assert.equal(check['valid_same_instance'], true);
    assert.equal(check['valid_as_granted'], true);
    // token_valid compares the claimed level with checkToken's: "write" is not what was granted.
    assert.equal(check['valid_claiming_write'], false);
    assert.equal(check['home_token_cache_exists'], false);
  });

  it('gets JSONP, named by jsoncallback or Flickr\'s default jsonFlickrApi', () => {
    const jsonp = step(result, 'jsonp');
    const unwrap = (text: unknown, name: string): Record<string, { _content?: string }> => {
      const match = new RegExp(`^${name}\\(([\\s\\S]*)\\)$`).exec(String(text));
      assert.ok(match, `${name}(...) expected, got ${String(text).slice(0, 80)}`);
      return JSON.parse(match[1] ?? '') as Record<string, { _content?: string }>;
    };

    assert.equal(unwrap(jsonp['named'], 'onEcho')['greeting']?._content, 'kia ora');
    assert.equal(unwrap(jsonp['default'], 'jsonFlickrApi')['greeting']?._content, 'kia ora');
  });

  it('uploads with async=1 and completes the ticket through checkTickets', () => {
    const upload = step(result, 'async_upload');

    assert.equal(upload['stat'], 'ok');
    assert.match(String(upload['ticket']), /^\d+/);
    assert.equal(upload['id'], upload['ticket']);
    assert.equal(upload['complete'], '1');
    assert.match(String(upload['photo_id']), /^\d+$/);
  });

  it('is refused with HTTP 401 when the token secret is off by one character', () => {
    const forged = step(result, 'forged_secret');

    assert.match(String(forged['rest']), /Status code 401 received/);
    assert.match(String(forged['upload']), /Status code 401 received/);
  });

  it('raises FlickrError 112 for an unknown method', () => {
    const unknown = step(result, 'unknown_method');

    assert.equal(String(unknown['code']), '112');
    assert.match(String(unknown['message']), /Method "flickr\.photos\.doesNotExist" not found/);
  });
});
