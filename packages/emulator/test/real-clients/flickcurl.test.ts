/**
 * The unmodified flickcurl 1.26 CLI (Debian flickcurl-utils) against the emulator. flickcurl
 * has no setting for its URLs, so a test-only LD_PRELOAD shim (drivers/flickr-url-redirect.c,
 * compiled here) rewrites the https://{api,up,www}.flickr.com URLs it hands to libcurl; the
 * client still signs the canonical Flickr URLs. Its credentials come from a throwaway
 * $HOME/.flickcurl.conf holding an access token minted by the emulator's test hook.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/index.js';
import type { RunningEmulator } from '../../src/index.js';
import {
  assertClientInstalled,
  probeClient,
  type ClientAvailability,
} from './support/client-availability.js';
import { answerAuthorizePage } from './support/browser-approval.js';
import { runChild, type ChildResult } from './support/run-child.js';

const here = new URL('.', import.meta.url).pathname;
const shimSource = join(here, 'drivers', 'flickr-url-redirect.c');
const photo = join(here, 'fixtures', 'harbour-dusk.jpg');
const replacement = join(here, 'fixtures', 'harbour-dawn.jpg');

function bothInstalled(): ClientAvailability {
  // The CLI reads its config before anything else, even for -v.
  const probeHome = mkdtempSync(join(tmpdir(), 'flickcurl-probe-'));
  writeFileSync(join(probeHome, '.flickcurl.conf'), '[flickr]\noauth_client_key=probe\n');
  const flickcurl = probeClient(
    'flickcurl (flickcurl-utils)',
    'apt-get install flickcurl-utils',
    'flickcurl',
    ['-v'],
    { ...process.env, HOME: probeHome },
  );
  rmSync(probeHome, { recursive: true, force: true });
  if (flickcurl.missing) return flickcurl;

  // The URL-rewriting shim is compiled at run time.
  return probeClient('a C compiler', 'apt-get install gcc libc6-dev', 'cc', ['--version']);
}

const client = bothInstalled();

/** What one flickcurl run printed; it writes results to stdout and errors to stderr. */
function output(run: ChildResult): string {
  return `${run.stdout}${run.stderr}`;
}

function assertSucceeded(run: ChildResult, what: string): void {
  assert.equal(run.signal, null, `${what}: flickcurl died with ${run.signal}`);
  assert.equal(run.code, 0, `${what}: exit ${run.code}\n${output(run)}`);
}

/** Skips when the client is missing (outside CI); no suite may hang the run. */
const SUITE_OPTIONS = { skip: client.skip, timeout: 180_000 };

describe('flickcurl 1.26 CLI through an LD_PRELOAD URL shim', SUITE_OPTIONS, () => {
  let emulator: RunningEmulator | undefined;
  let work = '';
  let shim = '';
  let user = { nsid: '', username: '' };

  function writeConfig(home: string, credentials: Record<string, string>): void {
    const lines = Object.entries(credentials).map(([name, value]) => `${name}=${value}`);
    const config = `[flickr]\n${lines.join('\n')}\n`;
    writeFileSync(join(home, '.flickcurl.conf'), config, { mode: 0o600 });
  }

  /** Runs the CLI with no delay between requests (its default sleeps a second). */
  function flickcurl(args: readonly string[], home = join(work, 'home')): Promise<ChildResult> {
    if (!emulator) throw new Error('emulator not started');

    return runChild('flickcurl', ['-d', '0', ...args], {
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: home,
        LD_PRELOAD: shim,
        FLICKR_EMULATOR_URL: emulator.url,
      },
      timeoutMs: 20_000,
    });
  }

  before(async () => {
    assertClientInstalled(client);
    work = mkdtempSync(join(tmpdir(), 'flickcurl-'));
    shim = join(work, 'flickr-url-redirect.so');
    const build = await runChild('cc', ['-shared', '-fPIC', '-o', shim, shimSource, '-ldl'], {
      timeoutMs: 60_000,
    });
    assert.equal(build.code, 0, `compiling the URL shim failed:\n${build.stderr}`);

    emulator = await startEmulator({ port: 0 });
    const token = emulator.issueAccessToken({ perms: 'delete' });
    user = { nsid: token.userNsid, username: token.username };
    const home = join(work, 'home');
    mkdirSync(home);
    writeConfig(home, {
      oauth_client_key: emulator.apiKey,
      oauth_client_secret: emulator.apiSecret,
      oauth_token: token.token,
      oauth_token_secret: token.tokenSecret,
    });
  });

  after(async () => {
    await emulator?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('runs its own OAuth flow: oauth.create, the authorize page, oauth.verify', async () => {
    if (!emulator) throw new Error('emulator not started');
    const home = mkdtempSync(join(work, 'oauth-home-'));
    const consumer = { oauth_client_key: emulator.apiKey, oauth_client_secret: emulator.apiSecret };
    writeConfig(home, consumer);

    const created = await flickcurl(['oauth.create'], home);
    assertSucceeded(created, 'oauth.create');
    const token = /Request Token: '([^']+)'/.exec(output(created))?.[1] ?? '';
    const secret = /Request Token Secret: '([^']+)'/.exec(output(created))?.[1] ?? '';
    const page = /Authentication URL: (\S+)/.exec(output(created))?.[1] ?? '';
    assert.match(token, /^\d{17}-[0-9a-f]{16}$/, output(created));
    // flickcurl prints the real Flickr page and never asks for a permission level.
    assert.equal(page, `https://www.flickr.com/services/oauth/authorize?oauth_token=${token}`);

    const approval = await answerAuthorizePage(
      page.replace('https://www.flickr.com', emulator.url),
      { decision: 'approve', username: user.username },
    );
    assert.match(approval.verifier ?? '', /^\d{3}-\d{3}-\d{3}$/, approval.html.slice(0, 300));

    const verifier = approval.verifier ?? '';
    const verified = await flickcurl(['oauth.verify', token, secret, verifier], home);
    assertSucceeded(verified, 'oauth.verify');
    const config = readFileSync(join(home, '.flickcurl.conf'), 'utf8');
    assert.match(config, /^oauth_token=\d{17}-[0-9a-f]{16}$/m);
    assert.doesNotMatch(config, new RegExp(`oauth_token=${token}`));

    const login = await flickcurl(['test.login'], home);
    assertSucceeded(login, 'test.login with the new token');
    assert.match(output(login), new RegExp(`Returned username '${user.username}'`));
  });

  it('calls flickr.test.echo (GET, everything in the query)', async () => {
    const run = await flickcurl(['test.echo', 'greeting', 'kia-ora']);

    assertSucceeded(run, 'test.echo');
    assert.match(run.stderr, /Flickr echo returned \d+ bytes/);
  });

  it('calls flickr.test.login as the token\'s user', async () => {
    const run = await flickcurl(['test.login']);

    assertSucceeded(run, 'test.login');
    assert.match(output(run), new RegExp(`Returned username '${user.username}'`));
  });

  it('finds a user by username', async () => {
    const run = await flickcurl(['people.findByUsername', user.username]);

    assertSucceeded(run, 'people.findByUsername');
    assert.match(output(run), new RegExp(`NSID ${user.nsid} for username ${user.username}`));
  });

  let uploadedId = '';

  it('uploads a photo (multipart, OAuth fields signed, file part not)', async () => {
    const run = await flickcurl([
      'upload', photo, 'title', 'Harbour via flickcurl', 'tags', 'harbour', 'flickcurl',
    ]);

    assertSucceeded(run, 'upload');
    uploadedId = /Photo ID: (\d+)/.exec(output(run))?.[1] ?? '';
    assert.match(uploadedId, /^\d+$/, output(run));
  });

  it('sets tags with flickr.photos.setTags (POST with an empty body)', async () => {
    const tags = 'harbour "low tide" flickcurl-set 港';
    const set = await flickcurl(['photos.setTags', uploadedId, tags]);
    assertSucceeded(set, 'photos.setTags');

    const info = await flickcurl(['photos.getInfo', uploadedId]);
    assertSucceeded(info, 'photos.getInfo');
    assert.match(output(info), /Harbour via flickcurl/);
    assert.match(output(info), /low tide/);
    assert.match(output(info), /flickcurl-set/);
    assert.match(output(info), /raw '港'/);
  });

  it('replaces the photo and reads the new secrets', async () => {
    const run = await flickcurl(['replace', replacement, uploadedId]);

    assertSucceeded(run, 'replace');
    assert.match(output(run), /Secret: [0-9a-f]+\n\s*Original Secret: [0-9a-f]+/);
  });

  it('deletes the photo, then reads Flickr\'s <err> reply for it without crashing', async () => {
    const deleted = await flickcurl(['photos.delete', uploadedId]);
    assertSucceeded(deleted, 'photos.delete');

    // flickcurl reads the error as the second child of <rsp>; a compact reply would crash it.
    const gone = await flickcurl(['photos.getInfo', uploadedId]);
    assert.equal(gone.signal, null, `photos.getInfo died with ${gone.signal}`);
    assert.equal(gone.code, 1, output(gone));
    assert.match(output(gone), /failed with error 1 - Photo not found/);
  });

  /** A fresh $HOME whose config holds a new token of the given level, or a forged secret. */
  function homeWithToken(perms: 'read' | 'write' | 'delete', forgeSecret = false): string {
    if (!emulator) throw new Error('emulator not started');
    const home = mkdtempSync(join(work, `${perms}-home-`));
    const token = emulator.issueAccessToken({ perms });
    const secret = token.tokenSecret;
    const forged = `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}`;
    writeConfig(home, {
      oauth_client_key: emulator.apiKey,
      oauth_client_secret: emulator.apiSecret,
      oauth_token: token.token,
      oauth_token_secret: forgeSecret ? forged : secret,
    });

    return home;
  }

  it('gets error 99 for a setter with a read token, as an error and not a crash', async () => {
    const run = await flickcurl(['photos.setTags', '1', 'denied'], homeWithToken('read'));

    assert.equal(run.signal, null, `flickcurl died with ${run.signal}`);
    assert.equal(run.code, 1, output(run));
    assert.match(output(run), /failed with error 99 - Insufficient permissions/);
  });

  it('reports an OAuth 401 for a request signed with the wrong token secret', async () => {
    const run = await flickcurl(['test.login'], homeWithToken('read', true));

    assert.equal(run.signal, null, `flickcurl died with ${run.signal}`);
    assert.equal(run.code, 1, output(run));
    assert.match(output(run), /HTTP 401/);
  });
});
