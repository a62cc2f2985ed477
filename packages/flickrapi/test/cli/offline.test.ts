/**
 * The built `flickr` command for what needs no server: help, usage errors, short URLs and the
 * token listing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { SqliteTokenCache } from '../../src/tokens/sqlite-token-cache.js';
import { assertBuilt, runCli, transcript } from './run-cli.js';

const TOKEN_SECRET = 'a202d1f853ec69de';
const API_SECRET = 'cli-offline-secret';

describe('flickr (offline commands)', () => {
  let dir: string;

  before(async () => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'flickr-cli-offline-'));
    const cache = new SqliteTokenCache({ location: join(dir, 'oauth-tokens.sqlite') });
    await cache.set('KEY1', '', {
      token: '72157626318069415-087bfc7b5816092c',
      tokenSecret: TOKEN_SECRET,
      perms: 'write',
      fullname: 'Jamal Fanaian',
      username: 'jamalfanaian',
      userNsid: '21207597@N07',
    });
    await cache.set('KEY1', 'work', {
      token: '72157626318069999-0123456789abcdef',
      tokenSecret: 'fedcba9876543210',
      perms: 'read',
      fullname: '',
      username: 'worker',
      userNsid: '1234@N01',
    });
    await cache.set('KEY2', '', {
      token: '72157626318060000-aaaaaaaaaaaaaaaa',
      tokenSecret: 'bbbbbbbbbbbbbbbb',
      perms: 'delete',
      fullname: '',
      username: 'other',
      userNsid: '5678@N02',
    });
    await cache.close();
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
    for (const text of transcript) {
      for (const secret of [TOKEN_SECRET, 'fedcba9876543210', 'bbbbbbbbbbbbbbbb', API_SECRET]) {
        assert.ok(!text.includes(secret), `a secret was printed:\n${text}`);
      }
    }
  });

  test('--help lists every command, examples and the exit codes', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);

    assert.equal(code, 0);
    assert.equal(stderr, '');
    for (const command of ['login', 'logout', 'whoami', 'tokens', 'call', 'upload', 'replace',
      'walk', 'shorturl']) {
      assert.match(stdout, new RegExp(`^  ${command}\\b`, 'm'), `${command} in --help`);
    }
    assert.match(stdout, /Examples:/);
    assert.match(stdout, /Exit codes:\n\s+0 {2}success/);
    assert.match(stdout, /^\s+3 {2}Flickr refused the call/m);
  });

  test('every command has its own --help with examples', async () => {
    for (const command of ['login', 'logout', 'whoami', 'tokens', 'call', 'upload', 'replace',
      'walk', 'shorturl']) {
      const { code, stdout } = await runCli([command, '--help']);

      assert.equal(code, 0, command);
      assert.match(stdout, new RegExp(`^Usage: flickr ${command}`, 'm'));
      assert.match(stdout, /Examples:\n {2}\$ flickr /, `${command} --help has examples`);
    }
  });

  test('an unknown command or option is a usage error (exit 2) on stderr', async () => {
    const unknown = await runCli(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /^flickr: unknown command 'frobnicate'/);

    const option = await runCli(['shorturl', '--bogus', '1']);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /^flickr: unknown option '--bogus'/);
  });

  test('shorturl encodes and decodes flic.kr links with the known vectors', async () => {
    const encoded = await runCli(['shorturl', '4325695128']);
    assert.deepEqual(encoded, { code: 0, stdout: 'https://flic.kr/p/7Afjsu\n', stderr: '' });

    const decoded = await runCli(['shorturl', '--decode', 'https://flic.kr/p/2oUCwF2']);
    assert.deepEqual(decoded, { code: 0, stdout: '53104126447\n', stderr: '' });

    const code = await runCli(['shorturl', '-d', '5hruZg']);
    assert.equal(code.stdout, '2811466321\n');
  });

  test('shorturl decodes a flic.kr URL or a code with letters without --decode', async () => {
    const url = await runCli(['shorturl', 'https://flic.kr/p/2nfxTKy']);
    assert.deepEqual(url, { code: 0, stdout: '52016838178\n', stderr: '' });

    const bare = await runCli(['shorturl', '7Afjsu']);
    assert.deepEqual(bare, { code: 0, stdout: '4325695128\n', stderr: '' });

    // Digits only are a photo id; --decode reads them as a code.
    assert.equal((await runCli(['shorturl', '2811'])).stdout, 'https://flic.kr/p/Qt\n');
    assert.equal((await runCli(['shorturl', '--decode', '2811'])).stdout, '218660\n');
  });

  test('shorturl rejects what is not a photo id or a base-58 code (exit 2)', async () => {
    const badId = await runCli(['shorturl', '12-ab']);
    assert.equal(badId.code, 2);
    assert.equal(badId.stdout, '');
    assert.match(badId.stderr,
      /^flickr: short URL: "12-ab" is neither a photo id \(digits, e\.g\. "4325695128"\) nor a/);

    const badUrl = await runCli(['shorturl', 'https://flic.kr/x/7Afjsu']);
    assert.equal(badUrl.code, 2);
    assert.match(badUrl.stderr, /^flickr: short URL: "https:\/\/flic\.kr\/x\/7Afjsu" is not a/);

    const badCode = await runCli(['shorturl', '--decode', '0OIl']);
    assert.equal(badCode.code, 2);
    assert.match(badCode.stderr, /^flickr: short URL: "0" at position 0/);
  });

  test('tokens lists the current key\'s tokens without secrets', async () => {
    const { code, stdout, stderr } = await runCli(
      ['--token-cache', dir, 'tokens'],
      { env: { FLICKR_API_KEY: 'KEY1', FLICKR_API_SECRET: API_SECRET } },
    );

    assert.equal(code, 0, stderr);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0] ?? '', /^API KEY\s+ACCOUNT\s+USERNAME\s+NSID\s+PERMS\s+TOKEN$/);
    assert.match(lines[1] ?? '',
      /^KEY1\s+\(default\)\s+jamalfanaian\s+21207597@N07\s+write\s+72157626…$/);
    assert.match(lines[2] ?? '', /^KEY1\s+work\s+worker\s+1234@N01\s+read\s+72157626…$/);
    assert.ok(!stdout.includes('087bfc7b5816092c'), 'the token is shortened');
  });

  test('tokens --json --all-keys gives one object per token of every key', async () => {
    const { code, stdout } = await runCli(['--token-cache', dir, 'tokens', '--json', '--all-keys']);

    assert.equal(code, 0);
    const rows = stdout.trimEnd().split('\n')
      .map((line) => JSON.parse(line) as Record<string, string>);
    assert.deepEqual(rows.map((row) => [row['apiKey'], row['account'], row['perms']]), [
      ['KEY1', '', 'write'],
      ['KEY1', 'work', 'read'],
      ['KEY2', '', 'delete'],
    ]);
    for (const row of rows) assert.deepEqual(Object.keys(row).includes('tokenSecret'), false);
  });

  test('tokens without an API key asks for one (exit 2)', async () => {
    const { code, stdout, stderr } = await runCli(['--token-cache', dir, 'tokens']);

    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^flickr: no API key to list tokens for: pass --api-key/);
  });

  test('tokens on a damaged cache names the file and exits 10', async () => {
    const damaged = mkdtempSync(join(tmpdir(), 'flickr-cli-damaged-'));
    writeFileSync(join(damaged, 'oauth-tokens.sqlite'), 'this is not a database, not at all');

    try {
      const { code, stderr } = await runCli(['--token-cache', damaged, 'tokens', '--all-keys']);

      assert.equal(code, 10);
      assert.match(stderr, /^flickr: token cache .*oauth-tokens\.sqlite: .*not an SQLite database/);
    } finally {
      rmSync(damaged, { recursive: true, force: true });
    }
  });
});
