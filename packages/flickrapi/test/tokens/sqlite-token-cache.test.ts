import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

import { FlickrUsageError, TokenCacheError } from '../../src/errors.js';
import { CREATE_TOKENS_TABLE, CREATE_VERSION_TABLE } from '../../src/tokens/sqlite-schema.js';
import {
  SqliteTokenCache,
  defaultTokenCacheLocation,
} from '../../src/tokens/sqlite-token-cache.js';
import type { OAuthToken } from '../../src/tokens/token.js';

const root = mkdtempSync(join(tmpdir(), 'flickrapi-token-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A location in a folder that does not exist yet. */
function freshLocation(): string {
  counter += 1;

  return join(root, `case-${counter}`, 'flickr', 'oauth-tokens.sqlite');
}

const alice: OAuthToken = {
  token: '72157626318069415-087bfc7b5816092c',
  tokenSecret: 'a202d1f853ec69de',
  perms: 'write',
  fullname: 'Alice Ångström',
  username: 'alice',
  userNsid: '21207597@N07',
};
const bob: OAuthToken = {
  ...alice,
  token: '72157626318069416-1111',
  username: 'bob',
  perms: 'read',
};

/** Running a process as user "nobody" needs root and util-linux's setpriv. */
const otherUser = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0
  ? false
  : 'needs root and setpriv, to run a process as another user';

/**
 * A fresh process's first look-ups (one unless told): the last token, and whether it loaded
 * better-sqlite3; or the process's error output when it failed. `nobody` runs it as that
 * user.
 */
function firstGet(location: string, apiKey: string, lookupKey: string, nobody = false,
  lookups = 1) {
  const script = fileURLToPath(new URL('fixtures/first-get.ts', import.meta.url));
  const args = ['--conditions=source', '--import', 'tsx', script, location, apiKey, lookupKey,
    String(lookups)];
  const options = { encoding: 'utf8', timeout: 30_000 } as const;
  const result = nobody
    ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups',
      process.execPath, ...args], options)
    : spawnSync(process.execPath, args, options);
  if (result.status !== 0) return { failed: result.stderr };

  return JSON.parse(result.stdout) as { token: OAuthToken | null; sqliteLoaded: boolean };
}

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

function assertCacheError(location: string) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof TokenCacheError, `expected TokenCacheError, got ${String(error)}`);
    assert.equal(error.location, location);
    assert.ok(error.message.includes(location), error.message);

    return true;
  };
}

describe('SqliteTokenCache', () => {
  it('stores, replaces, lists and forgets tokens per API key and lookup key', async () => {
    const cache = new SqliteTokenCache({ location: freshLocation() });
    await cache.set('key1', '', alice);
    await cache.set('key1', 'bob', bob);
    await cache.set('key2', '', bob);

    assert.deepEqual(await cache.get('key1', ''), alice);
    assert.deepEqual(await cache.get('key1', 'bob'), bob);
    assert.deepEqual(await cache.get('key2', ''), bob);
    assert.equal(await cache.get('key2', 'bob'), undefined);

    await cache.set('key1', '', { ...alice, perms: 'delete' });
    assert.equal((await cache.get('key1', ''))?.perms, 'delete');

    const listed = await cache.list('key1');
    assert.deepEqual(listed.map((entry) => entry.lookupKey), ['', 'bob']);
    assert.equal((await cache.list()).length, 3);

    await cache.delete('key1', 'bob');
    await cache.delete('key1', 'nobody');
    assert.equal(await cache.get('key1', 'bob'), undefined);
    await cache.close();
  });

  it('creates nothing on construction, on a miss, a delete or a list', async () => {
    const location = freshLocation();
    const cache = new SqliteTokenCache({ location });

    assert.equal(await cache.get('key', ''), undefined);
    assert.deepEqual(await cache.list(), []);
    await cache.delete('key', '');
    await cache.close();

    assert.equal(existsSync(join(location, '..')), false);
  });

  it('creates the folder 0700 and the file 0600', async () => {
    const location = freshLocation();
    const previous = process.umask(0);
    try {
      const cache = new SqliteTokenCache({ location });
      await cache.set('key', '', alice);
      // While the connection is open, SQLite's side files exist; they copy the file's mode.
      assert.equal(mode(`${location}-wal`), 0o600);
      assert.equal(mode(`${location}-shm`), 0o600);
      await cache.close();
    } finally {
      process.umask(previous);
    }

    assert.equal(mode(join(location, '..')), 0o700);
    assert.equal(mode(location), 0o600);
  });

  it('defaults to ~/.flickr/oauth-tokens.sqlite, the file Python flickrapi uses', () => {
    const home = process.env['HOME'];
    process.env['HOME'] = join(root, 'home');
    try {
      const expected = join(root, 'home', '.flickr', 'oauth-tokens.sqlite');
      assert.equal(defaultTokenCacheLocation(), expected);
      assert.equal(new SqliteTokenCache().location, defaultTokenCacheLocation());
    } finally {
      process.env['HOME'] = home;
    }
  });

  it('sees tables another instance created after its first look', async () => {
    const location = freshLocation();
    const reader = new SqliteTokenCache({ location });
    const writer = new SqliteTokenCache({ location });
    assert.equal(await reader.get('key', ''), undefined);
    await writer.set('key', '', bob);
    assert.deepEqual(await reader.get('key', ''), bob);

    mkdirSync(join(location, '..', 'other'), { recursive: true });
    const second = join(location, '..', 'other', 'tokens.sqlite');
    const empty = new SqliteTokenCache({ location: second });
    writeFileSync(second, '');
    assert.equal(await empty.get('key', ''), undefined);
    const filler = new SqliteTokenCache({ location: second });
    await filler.set('key', '', alice);
    assert.deepEqual(await empty.get('key', ''), alice);

    await Promise.all([reader, writer, empty, filler].map((cache) => cache.close()));
  });

  it('refuses a file that is not SQLite and leaves it untouched', async () => {
    const location = freshLocation();
    mkdirSync(join(location, '..'), { recursive: true });
    const content = 'oauth_token=abc\nthis is a text file, not a database\n'.repeat(20);
    writeFileSync(location, content);
    const cache = new SqliteTokenCache({ location });

    await assert.rejects(cache.get('key', ''), assertCacheError(location));
    await assert.rejects(cache.set('key', '', alice), assertCacheError(location));
    await cache.close();

    assert.equal(readFileSync(location, 'utf8'), content);
  });

  it('refuses an SQLite file of something else and leaves it untouched', async () => {
    const location = freshLocation();
    mkdirSync(join(location, '..'), { recursive: true });
    const foreign = new Database(location);
    foreign.exec("CREATE TABLE photos (id text); INSERT INTO photos VALUES ('1')");
    foreign.close();
    const before = readFileSync(location);
    const cache = new SqliteTokenCache({ location });

    await assert.rejects(cache.get('key', ''), assertCacheError(location));
    await assert.rejects(cache.set('key', '', alice), (error: unknown) => {
      assert.ok(error instanceof TokenCacheError);
      assert.match(error.message, /photos/);

      return true;
    });
    await cache.close();

    assert.deepEqual(readFileSync(location), before);
  });

  it('refuses a damaged database and names its path', async () => {
    const location = freshLocation();
    const cache = new SqliteTokenCache({ location });
    for (let i = 0; i < 200; i++) await cache.set('key', `user-${i}`, alice);
    await cache.close();
    const bytes = readFileSync(location);
    // Keep SQLite's header but overwrite every page after the first with garbage.
    bytes.fill(0x5a, 4096);
    writeFileSync(location, bytes);

    const reopened = new SqliteTokenCache({ location });
    await assert.rejects(reopened.list(), assertCacheError(location));
    await reopened.close();
  });

  it('refuses a cache of another version', async () => {
    const location = freshLocation();
    mkdirSync(join(location, '..'), { recursive: true });
    const db = new Database(location);
    db.exec('CREATE TABLE oauth_cache_db_version (version int not null)');
    db.exec('INSERT INTO oauth_cache_db_version VALUES (2)');
    db.close();
    const cache = new SqliteTokenCache({ location });

    await assert.rejects(cache.set('key', '', alice), (error: unknown) => {
      assertCacheError(location)(error);
      assert.match((error as Error).message, /version 2; expected 1/);

      return true;
    });
    await cache.close();
  });

  it('completes the half-made file Python flickrapi 2.1.2 leaves behind', async () => {
    // Python's OAuthTokenCache commits the version table but rolls back oauth_tokens.
    const location = freshLocation();
    mkdirSync(join(location, '..'), { recursive: true });
    const db = new Database(location);
    db.exec('CREATE TABLE IF NOT EXISTS oauth_cache_db_version (version int not null)');
    db.close();
    const cache = new SqliteTokenCache({ location });

    assert.equal(await cache.get('key', ''), undefined);
    await cache.set('key', '', alice);
    assert.deepEqual(await cache.get('key', ''), alice);
    await cache.close();

    const check = new Database(location, { readonly: true });
    const versions = check.prepare('SELECT version FROM oauth_cache_db_version').pluck().all();
    assert.deepEqual(versions, [1]);
    check.close();
  });

  it('rejects an unreadable access level with the keys, not the secret', async () => {
    const location = freshLocation();
    const cache = new SqliteTokenCache({ location });
    await cache.set('key', 'carol', alice);
    const db = new Database(location);
    db.exec("UPDATE oauth_tokens SET access_level = 'admin'");
    db.close();

    await assert.rejects(cache.get('key', 'carol'), (error: unknown) => {
      assertCacheError(location)(error);
      assert.match((error as Error).message, /lookup key "carol".*"admin"/);
      assert.ok(!(error as Error).message.includes(alice.tokenSecret));

      return true;
    });
    await cache.close();
  });

  it('will not store perms "none", which Python flickrapi cannot read', async () => {
    const location = freshLocation();
    const cache = new SqliteTokenCache({ location });

    await assert.rejects(cache.set('key', '', { ...alice, perms: 'none' }), FlickrUsageError);
    assert.equal(existsSync(location), false);
    await cache.close();
  });

  it('reads a cached token in a fresh process without loading better-sqlite3', async () => {
    const location = freshLocation();
    const cache = new SqliteTokenCache({ location });
    await cache.set('key', '', alice);
    await cache.close();

    assert.deepEqual(firstGet(location, 'key', ''), { token: alice, sqliteLoaded: false });
    assert.deepEqual(firstGet(location, 'key', 'nobody'), { token: null, sqliteLoaded: false });
    // Only the first look-up reads the bytes: a program that looks up again gets SQLite.
    assert.deepEqual(firstGet(location, 'key', '', false, 2), { token: alice, sqliteLoaded: true });

    // While another connection has unwritten log content, only SQLite can answer.
    const writer = new Database(location);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("UPDATE oauth_tokens SET oauth_token = 'newer'").run();
    try {
      assert.deepEqual(firstGet(location, 'key', ''), {
        token: { ...alice, token: 'newer' },
        sqliteLoaded: true,
      });
    } finally {
      writer.close();
    }
  });

  it('leaves to SQLite a WAL file in a folder the user may not write to', {
    skip: otherUser,
  }, async () => {
    const location = freshLocation();
    const cache = new SqliteTokenCache({ location });
    await cache.set('key', '', alice);
    await cache.close();
    for (let path = location; path !== root; path = join(path, '..')) {
      chmodSync(path, path === location ? 0o644 : 0o755);
    }
    chmodSync(root, 0o755);

    // SQLite cannot make the log and shared-memory files beside it, and refuses the file.
    const refused = firstGet(location, 'key', '', true);
    assert.ok('failed' in refused, JSON.stringify(refused));
    assert.match(refused.failed, /TokenCacheError: token cache .*readonly database/);

    // In rollback journal mode, SQLite reads it: so does the reader.
    const db = new Database(location);
    db.pragma('journal_mode = DELETE');
    db.close();
    assert.deepEqual(firstGet(location, 'key', '', true), { token: alice, sqliteLoaded: false });
  });

  it('fails clearly after close()', async () => {
    const location = freshLocation();
    const cache = new SqliteTokenCache({ location });
    await cache.set('key', '', alice);
    await cache.close();
    await cache.close();

    await assert.rejects(cache.get('key', ''), assertCacheError(location));
  });

  it('answers look-ups made at once, and none closed while it waits', async () => {
    const location = freshLocation();
    const writer = new SqliteTokenCache({ location });
    await writer.set('key', '', alice);
    await writer.close();

    // The first reads the file's bytes, the second goes through SQLite meanwhile.
    const both = new SqliteTokenCache({ location });
    assert.deepEqual(await Promise.all([both.get('key', ''), both.get('key', '')]), [alice, alice]);
    await both.close();

    // A first look-up waits for the reader's code to load: a close() meanwhile wins.
    const closing = new SqliteTokenCache({ location });
    const lookup = closing.get('key', '');
    await closing.close();
    await assert.rejects(lookup, assertCacheError(location));
  });

  it('ends a look-up through SQLite that close() overtakes as a use after close()', async () => {
    const location = freshLocation();
    const writer = new SqliteTokenCache({ location });
    await writer.set('key', '', alice);
    await writer.close();

    // close() lands after each of the steps between a look-up's start and its answer.
    for (let ticks = 0; ticks < 30; ticks++) {
      const cache = new SqliteTokenCache({ location });
      await cache.get('key', '');
      const lookup = cache.get('key', '');
      for (let i = 0; i < ticks; i++) await null;
      await cache.close();
      const outcome = await lookup.catch((error: unknown) => error);
      if (outcome instanceof TokenCacheError) {
        assert.equal(outcome.message, `token cache ${location}: used after close()`);
      } else {
        assert.deepEqual(outcome, alice);
      }
    }
  });

  it('reads tables whose names differ from its own in case only, as SQLite does', async () => {
    const location = freshLocation();
    mkdirSync(join(location, '..'), { recursive: true });
    const db = new Database(location);
    db.exec(CREATE_VERSION_TABLE.replace('oauth_cache_db_version', 'OAuth_Cache_DB_Version'));
    db.exec('INSERT INTO OAuth_Cache_DB_Version VALUES (1)');
    db.exec(CREATE_TOKENS_TABLE.replace('oauth_tokens', 'OAuth_Tokens'));
    db.prepare('INSERT INTO OAuth_Tokens VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run('key', '',
      alice.token, alice.tokenSecret, alice.perms, alice.fullname, alice.username, alice.userNsid);
    db.close();

    const cache = new SqliteTokenCache({ location });
    assert.deepEqual(await cache.get('key', ''), alice);
    await cache.set('key', 'bob', bob);
    assert.deepEqual((await cache.list()).map((entry) => entry.lookupKey), ['', 'bob']);
    await cache.close();
  });
});
