/**
 * `flickr login`, `whoami`, `tokens` and `logout` as separate processes against the
 * emulator: the out-of-band flow answered on stdin, the browser flow through $BROWSER, a
 * declined authorization, and the second login that finds the cached token valid.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { approveOutOfBand, startCliWorld, type CliWorld } from './cli-emulator.js';
import { assertBuilt, runCli, startCli, transcript } from './run-cli.js';

/** The text of `path` once a complete line is in it, watching its folder (bounded wait). */
function fileText(path: string, timeoutMs = 10_000): Promise<string> {
  const read = (): string | undefined => {
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';

    return text.endsWith('\n') ? text.trim() : undefined;
  };

  return new Promise((resolve, reject) => {
    const watcher = watch(dirname(path), () => {
      const text = read();
      if (text !== undefined) finish(() => resolve(text));
    });
    const timer = setTimeout(() => finish(() => reject(new Error(`${path}: nothing written`))),
      timeoutMs);
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      watcher.close();
      settle();
    };
    const text = read();
    if (text !== undefined) finish(() => resolve(text));
  });
}

const FAKE_BROWSER = fileURLToPath(new URL('./fixtures/fake-browser.mjs', import.meta.url));
const AUTHORIZE_URL = /(http:\/\/127\.0\.0\.1:\d+\/services\/oauth\/authorize\?\S+)/;

describe('flickr login, whoami, tokens, logout', () => {
  let world: CliWorld;
  const verifiers: string[] = [];

  before(async () => {
    assertBuilt();
    world = await startCliWorld();
  });

  after(async () => {
    await world.close();
    for (const text of transcript) {
      for (const secret of [...world.secrets, ...verifiers]) {
        assert.ok(!text.includes(secret), `a secret was printed: ${secret}\n${text}`);
      }
    }
  });

  /** Runs `login --console ...` and answers the prompt as the user would. */
  async function consoleLogin(cache: string, ...extra: string[]) {
    const cli = startCli(['--token-cache', cache, 'login', '--console', ...extra],
      { env: world.env });
    const [, url] = await cli.waitFor(AUTHORIZE_URL);
    const verifier = await approveOutOfBand(url ?? '');
    verifiers.push(verifier);
    await cli.waitFor(/Enter the code/);
    // Typed with spaces instead of dashes: the CLI accepts what people type.
    cli.child.stdin.end(`${verifier.replaceAll('-', ' ')}\n`);

    return { url: url ?? '', result: await cli.done };
  }

  test('login --console prints the URL, reads the code from stdin, caches the token', async () => {
    const cache = world.folder('console');
    const first = world.emulator.users[0];
    const { url, result } = await consoleLogin(cache, '--perms', 'write');

    assert.equal(result.code, 0, result.stderr);
    assert.match(url, /perms=write/);
    const user = `${first?.username} (${first?.fullname}, ${first?.nsid})`;
    assert.equal(result.stdout, `Logged in as ${user} with write permission.\n`);
    assert.ok(result.stderr.endsWith(
      `\nToken cached in ${join(cache, 'oauth-tokens.sqlite')}.\n`), result.stderr);
    assert.doesNotMatch(result.stderr, /Authorized as|Logged in/, 'confirmed once, on stdout');

    const whoami = await runCli(['--token-cache', cache, 'whoami', '--json'], { env: world.env });
    assert.equal(whoami.code, 0, whoami.stderr);
    assert.deepEqual(JSON.parse(whoami.stdout), {
      username: first?.username,
      userNsid: first?.nsid,
      fullname: first?.fullname,
      perms: 'write',
    });

    const again = await runCli(['--token-cache', cache, 'login', '--perms', 'read'],
      { env: world.env });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout,
      /^Already logged in as .* with write permission \(the cached token is valid\)/);
    assert.doesNotMatch(again.stderr, /authorize/, 'no flow ran');

    const tokens = await runCli(['--token-cache', cache, 'tokens'], { env: world.env });
    assert.equal(tokens.code, 0);
    const row = `\\(default\\)\\s+${first?.username}\\s+${first?.nsid}\\s+write`;
    assert.match(tokens.stdout, new RegExp(row));
  });

  test('login for more permission than cached runs the flow again', async () => {
    const cache = await world.tokenCache('read');
    const { result } = await consoleLogin(cache, '--perms', 'delete', '--verbose');

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /with delete permission\.\n$/);
    // --verbose traced the OAuth requests too; the verifier and signatures stay hidden.
    assert.match(result.stderr, /^flickr: \S+ \S+\/services\/oauth\/access_token\S* -> 200 in/m);
    const whoami = await runCli(['--token-cache', cache, 'whoami'], { env: world.env });
    assert.match(whoami.stdout, /with delete permission\n$/);
  });

  test('without a browser on the machine, login falls back to typing the code', async () => {
    const cache = world.folder('no-browser');
    const cli = startCli(['--token-cache', cache, 'login'], { env: world.env });
    const [, url] = await cli.waitFor(AUTHORIZE_URL);
    const verifier = await approveOutOfBand(url ?? '');
    verifiers.push(verifier);
    cli.child.stdin.end(`${verifier}\n`);
    const result = await cli.done;

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /with read permission\.\n$/);
  });

  test('login opens $BROWSER; the browser flow ends on the callback server', async () => {
    const cache = world.folder('browser');
    const log = join(world.dir, 'browser.log');
    const result = await runCli(['--token-cache', cache, 'login', '--perms', 'write'], {
      env: { ...world.env, BROWSER: `${process.execPath} ${FAKE_BROWSER}`, FAKE_BROWSER_LOG: log },
    });

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Logged in as \S+ \(.*\) with write permission\.\n$/);
    // The browser runs on its own and may finish after the CLI: wait for its report.
    const visit = JSON.parse(await fileText(log)) as Record<string, unknown>;
    assert.equal(visit['status'], 302, 'the approval redirected to the callback');
    assert.equal(visit['callbackStatus'], 200);
    assert.match(String(visit['page']), /access granted/i);
  });

  test('a declined authorization exits 5 and caches nothing', async () => {
    const cache = world.folder('declined');
    const result = await runCli(['--token-cache', cache, 'login'], {
      env: {
        ...world.env,
        BROWSER: `${process.execPath} ${FAKE_BROWSER}`,
        FAKE_BROWSER_DECISION: 'decline',
      },
    });

    assert.equal(result.code, 5);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^flickr: the user declined access/m);
    const whoami = await runCli(['--token-cache', cache, 'whoami'], { env: world.env });
    assert.equal(whoami.code, 4);
  });

  test('login --console without a code on stdin exits 5', async () => {
    const result = await runCli(['--token-cache', world.folder('no-code'), 'login', '--console'], {
      env: world.env,
      stdin: 'not a code\n',
    });

    assert.equal(result.code, 5, result.stderr);
    assert.match(result.stderr, /^flickr: no verifier code was entered/m);
  });

  test('logout removes the token; whoami then exits 4', async () => {
    const cache = await world.tokenCache('write');
    const user = world.emulator.users[0];

    const logout = await runCli(['--token-cache', cache, 'logout'], { env: world.env });
    assert.equal(logout.code, 0, logout.stderr);
    assert.match(logout.stdout, new RegExp(`^Logged out ${user?.username} .*: token removed from`));

    const whoami = await runCli(['--token-cache', cache, 'whoami'], { env: world.env });
    assert.equal(whoami.code, 4);
    assert.equal(whoami.stdout, '');
    assert.equal(whoami.stderr,
      'flickr: not logged in (no valid token cached): run "flickr login"\n');

    const twice = await runCli(['--token-cache', cache, 'logout'], { env: world.env });
    assert.equal(twice.code, 0);
    assert.match(twice.stdout, /^Not logged in: no token in /);
  });

  /** A cache whose token Flickr does not know, as after the user revoked the app on Flickr. */
  async function rejectedTokenCache(lookupKey = ''): Promise<string> {
    const cache = await world.tokenCache('write', { lookupKey });
    const { SqliteTokenCache } = await import('../../src/tokens/sqlite-token-cache.js');
    const store = new SqliteTokenCache({ location: join(cache, 'oauth-tokens.sqlite') });
    const token = await store.get(world.emulator.apiKey, lookupKey);
    assert.ok(token);
    await store.set(world.emulator.apiKey, lookupKey,
      { ...token, token: '72157600000000000-0123456789abcdef' });
    await store.close();

    return cache;
  }

  test('whoami with a token Flickr rejects exits 4, forgets the token and says so', async () => {
    const cache = await rejectedTokenCache();
    const user = world.emulator.users[0];

    const call = await runCli(['--token-cache', cache, 'call', 'test.login'], { env: world.env });
    assert.equal(call.code, 4, call.stderr);
    assert.equal(call.stdout, '');
    assert.match(call.stderr, /^flickr: .*OAuth problem "verifier_invalid" \(HTTP 401\)\n/);
    assert.match(call.stderr,
      /\nflickr: Flickr refused the token: log in again with "flickr login"\n$/);

    const whoami = await runCli(['--token-cache', cache, 'whoami'], { env: world.env });
    assert.equal(whoami.code, 4);
    assert.equal(whoami.stderr,
      'flickr: not logged in: the cached token for the default account ' +
        `(${user?.username} (${user?.fullname}, ${user?.nsid})) was rejected by Flickr ` +
        'and removed; run "flickr login"\n');
    const tokens = await runCli(['--token-cache', cache, 'tokens', '--json'], { env: world.env });
    assert.equal(tokens.stdout, '', 'the rejected token was removed');

    const later = await runCli(['--token-cache', cache, 'whoami'], { env: world.env });
    assert.equal(later.stderr,
      'flickr: not logged in (no valid token cached): run "flickr login"\n');
  });

  test('login after Flickr rejected the cached token says so, then runs the flow', async () => {
    const cache = await rejectedTokenCache();
    const { result } = await consoleLogin(cache, '--perms', 'write');

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, new RegExp('^The cached token for the default account \\(.*\\) ' +
      'was rejected by Flickr and removed; logging in again\\.\n'));
    assert.match(result.stdout, /^Logged in as .* with write permission\.\n$/);
  });

  test('the login hints name the account given with --username', async () => {
    const cache = await rejectedTokenCache('work');
    const args = ['--token-cache', cache, '--username', 'work'];

    const call = await runCli([...args, 'call', 'test.login'], { env: world.env });
    assert.equal(call.code, 4, call.stderr);
    assert.match(call.stderr, /log in again with "flickr --username work login"\n$/);

    const whoami = await runCli([...args, 'whoami'], { env: world.env });
    assert.equal(whoami.code, 4);
    assert.match(whoami.stderr, new RegExp('^flickr: not logged in: the cached token for ' +
      'account "work" \\(.*\\) was rejected by Flickr and removed; ' +
      'run "flickr --username work login"\n$'));

    const nobody = await runCli(['--token-cache', cache, '--username', 'my holiday', 'whoami'],
      { env: world.env });
    assert.equal(nobody.stderr, 'flickr: not logged in (no valid token cached): ' +
      'run "flickr --username \'my holiday\' login"\n');
  });

  test('--username keeps a second account apart', async () => {
    const second = world.emulator.users[1];
    const cache = await world.tokenCache('read',
      { username: second?.username ?? '', lookupKey: 'work' });

    const work = await runCli(['--token-cache', cache, '--username', 'work', 'whoami'],
      { env: world.env });
    assert.equal(work.code, 0, work.stderr);
    assert.match(work.stdout, new RegExp(`^${second?.username} `));

    const fallback = await runCli(['--token-cache', cache, 'whoami'], { env: world.env });
    assert.equal(fallback.code, 4, 'the default account has no token');
  });
});
