/**
 * The unmodified Perl Flickr::API 1.28 (Debian libflickr-api-perl) against the emulator:
 * OAuth with callback `oob` (everything in the query string, one nonce and timestamp reused
 * for both token calls), then REST calls whose OAuth parameters travel in an urlencoded POST
 * body, a setter, checkToken, an upload, and a request signed with the wrong secret.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startEmulator } from '../../src/index.js';
import type { RunningEmulator } from '../../src/index.js';
import { approveOutOfBand } from './support/browser-approval.js';
import { assertClientInstalled, probeClient } from './support/client-availability.js';
import { driverResult, driverStep, runChild } from './support/run-child.js';

const here = new URL('.', import.meta.url).pathname;
const driver = join(here, 'drivers', 'perl_flickr_api_flow.pl');
const photo = join(here, 'fixtures', 'harbour-dusk.jpg');

const client = probeClient(
  'Perl Flickr::API (libflickr-api-perl)',
  'apt-get install libflickr-api-perl',
  'perl',
  ['-MFlickr::API', '-e', 'print $Flickr::API::VERSION'],
);

type Step = Record<string, unknown>;

const step = driverStep;

/** A REST step that Flickr::API reported as successful. */
function succeeded(result: Record<string, unknown>, name: string): Step {
  const outcome = step(result, name);
  assert.equal(outcome['success'], true, `${name}: ${outcome['code']} ${outcome['message']}`);

  return outcome;
}

/** Skips when the client is missing (outside CI); no suite may hang the run. */
const SUITE_OPTIONS = { skip: client.skip, timeout: 180_000 };

describe('Perl Flickr::API 1.28 against the emulator', SUITE_OPTIONS, () => {
  let emulator: RunningEmulator | undefined;
  let users: RunningEmulator['users'] = [];
  let result: Record<string, unknown> = {};
  const verifiers: string[] = [];

  before(async () => {
    assertClientInstalled(client);
    emulator = await startEmulator({ port: 0 });
    users = emulator.users;
    const run = await runChild(
      'perl',
      [driver, emulator.url, emulator.apiKey, emulator.apiSecret, photo],
      {
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
  });

  it('gets a request token whose reply confirms the callback', () => {
    const flow = step(result, 'oauth_flow');

    // Net::OAuth refuses a request-token reply without oauth_callback_confirmed.
    assert.equal(flow['callback_confirmed'], 'true');
    assert.match(String(flow['request_token']), /^\d{17}-[0-9a-f]{16}$/);
    assert.match(
      String(flow['authorize_url']),
      /\/services\/oauth\/authorize\?oauth_token=.+&perms=write$/,
    );
  });

  it('exchanges the oob verifier for an access token with the user\'s names', () => {
    const flow = step(result, 'oauth_flow');
    const extra = flow['extra'] as Record<string, string>;
    const user = users.find((candidate) => candidate.nsid === extra['user_nsid']);

    assert.match(verifiers[0] ?? '', /^\d{3}-\d{3}-\d{3}$/);
    assert.match(String(flow['token']), /^\d{17}-[0-9a-f]{16}$/);
    assert.notEqual(flow['token'], flow['request_token']);
    assert.equal(flow['token_secret_length'], 16);
    assert.ok(user, `user_nsid ${extra['user_nsid']} is a seeded user`);
    assert.equal(extra['username'], user.username);
    assert.equal(extra['fullname'], user.fullname);
  });

  it('reads the granted permission through flickr.auth.oauth.checkToken', () => {
    assert.equal(step(result, 'permissions')['perms'], 'write');
  });

  it('calls flickr.test.login', () => {
    const extra = step(result, 'oauth_flow')['extra'] as Record<string, string>;
    const login = succeeded(result, 'test_login');
    const user = (login['hash'] as { user: { id: string; username: string } }).user;

    assert.equal(login['http'], 200);
    assert.equal(user.id, extra['user_nsid']);
    assert.equal(user.username, extra['username']);
  });

  it('searches the user\'s photos', () => {
    const extra = step(result, 'oauth_flow')['extra'] as Record<string, string>;
    const search = succeeded(result, 'photos_search');
    const photos = search['photos'] as { id: string; owner: string }[];

    assert.ok(photos.length > 0 && photos.length <= 5, `${photos.length} photos`);
    for (const found of photos) assert.equal(found.owner, extra['user_nsid']);
  });

  it('changes a photo with a setter sent as an urlencoded POST', () => {
    const meta = step(result, 'set_meta');

    assert.equal((meta['set'] as Step)['success'], true, JSON.stringify(meta['set']));
    assert.equal(meta['title'], 'Quay at low tide');
    assert.equal(meta['description'], 'Set from Perl');
  });

  it('uploads a photo with Flickr::API::Upload (OAuth fields in the multipart body)', () => {
    const upload = succeeded(result, 'upload');
    const photoid = (upload['hash'] as { photoid: unknown }).photoid;
    const id = typeof photoid === 'object' && photoid !== null
      ? (photoid as { content?: string }).content
      : photoid;

    assert.match(String(id), /^\d+$/);
  });

  it('gets Flickr\'s error 112 for an unknown method', () => {
    const unknown = step(result, 'unknown_method');

    assert.equal(unknown['success'], false);
    assert.equal(String(unknown['code']), '112');
    assert.equal(unknown['message'], 'Method "flickr.photos.doesNotExist" not found');
  });

  it('sees oauth_problem=signature_invalid when signing with the wrong secret', () => {
    const wrong = step(result, 'wrong_secret');

    assert.match(String(wrong['problem']), /^signature_invalid(&debug_sbs=|$)/);
  });
});
