/**
 * Interoperability with Python flickrapi 2.1.2's own token cache code (Debian package
 * python3-flickrapi), in both directions. Skipped when the package is missing, unless
 * `CI` is set, where a missing package fails the run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

import { lookupTokenRow } from '../../src/tokens/sqlite-file-reader.js';
import { CREATE_VERSION_TABLE, SCHEMA_VERSION } from '../../src/tokens/sqlite-schema.js';
import { SqliteTokenCache } from '../../src/tokens/sqlite-token-cache.js';
import type { OAuthToken } from '../../src/tokens/token.js';
import { tokenFromRow } from '../../src/tokens/token-row.js';

const python = '/usr/bin/python3';
const driver = fileURLToPath(new URL('fixtures/python-token-cache.py', import.meta.url));
const installed = spawnSync(python, ['-c', 'import flickrapi.tokencache']).status === 0;
const skip = !installed && process.env['CI'] === undefined
  ? 'python3-flickrapi is not installed'
  : false;

const root = mkdtempSync(join(tmpdir(), 'flickrapi-python-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A fresh home folder: Python flickrapi always uses ~/.flickr/oauth-tokens.sqlite. */
function freshHome(): { home: string; location: string } {
  counter += 1;
  const home = join(root, `home-${counter}`);

  return { home, location: join(home, '.flickr', 'oauth-tokens.sqlite') };
}

/** Runs Python flickrapi's OAuthTokenCache; returns what the driver printed. */
function runPython(home: string, args: string[], input = ''): unknown {
  const result = spawnSync(python, [driver, ...args], {
    env: { HOME: home, PATH: '/usr/bin:/bin' },
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(result.status, 0, `python3 ${args.join(' ')} failed: ${result.stderr}`);

  return JSON.parse(result.stdout);
}

const token: OAuthToken = {
  token: '72157626318069415-087bfc7b5816092c',
  tokenSecret: 'a202d1f853ec69de',
  perms: 'delete',
  fullname: 'Jamal Fanaian 写真 Zoë',
  username: 'jamalfanaian',
  userNsid: '21207597@N07',
};

describe('token cache shared with Python flickrapi', { skip }, () => {
  it('Python flickrapi reads tokens we store in WAL mode, our connection still open', async () => {
    assert.ok(installed, 'python3-flickrapi must be installed when CI is set');
    const { home, location } = freshHome();
    const cache = new SqliteTokenCache({ location });
    await cache.set('apikey1', '', token);
    await cache.set('apikey1', 'bob', { ...token, username: 'bob', perms: 'read' });

    const journal = new Database(location, { readonly: true });
    assert.equal(journal.pragma('journal_mode', { simple: true }), 'wal');
    journal.close();

    assert.deepEqual(runPython(home, ['read', 'apikey1', '']), token);
    assert.deepEqual(runPython(home, ['read', 'apikey1', 'bob']), {
      ...token,
      username: 'bob',
      perms: 'read',
    });
    assert.equal(runPython(home, ['read', 'apikey2', '']), null);
    await cache.close();
  });

  it('we read tokens Python flickrapi stores, and see those it forgets', async () => {
    const { home, location } = freshHome();
    const cache = new SqliteTokenCache({ location });
    await cache.set('apikey1', 'existing', token);
    const written = { ...token, token: '72157626318069999-aaaabbbbccccdddd', perms: 'write' };

    runPython(home, ['write', 'apikey1', 'alice'], JSON.stringify(written));
    assert.deepEqual(await cache.get('apikey1', 'alice'), written);

    runPython(home, ['forget', 'apikey1', 'alice']);
    assert.equal(await cache.get('apikey1', 'alice'), undefined);
    assert.deepEqual(await cache.get('apikey1', 'existing'), token);
    await cache.close();
  });

  it('repairs the file Python flickrapi 2.1.2 cannot finish creating, for both', async () => {
    const { home, location } = freshHome();
    // On Python 3, OAuthTokenCache rolls back its own CREATE TABLE oauth_tokens, so it
    // cannot store a token in a file it made: the write fails.
    const failed = spawnSync(python, [driver, 'write', 'apikey1', ''], {
      env: { HOME: home, PATH: '/usr/bin:/bin' },
      input: JSON.stringify(token),
      encoding: 'utf8',
    });
    assert.notEqual(failed.status, 0);
    assert.match(failed.stderr, /no such table: oauth_tokens/);

    const cache = new SqliteTokenCache({ location });
    assert.equal(await cache.get('apikey1', ''), undefined);
    await cache.set('apikey1', '', token);
    await cache.close();

    assert.deepEqual(runPython(home, ['read', 'apikey1', '']), token);
    runPython(home, ['write', 'apikey1', 'second'], JSON.stringify(token));
    const reopened = new SqliteTokenCache({ location });
    assert.deepEqual(await reopened.get('apikey1', 'second'), token);
    await reopened.close();
  });

  it('reads a file Python flickrapi made, tables and token, straight from its bytes', async () => {
    const { home, location } = freshHome();
    // On Python 3, OAuthTokenCache commits its CREATE TABLE oauth_tokens only when the
    // version row is already there: its own INSERT of it is rolled back with the table.
    mkdirSync(dirname(location), { recursive: true });
    const setup = new Database(location);
    setup.exec(CREATE_VERSION_TABLE);
    setup.prepare('INSERT INTO oauth_cache_db_version (version) VALUES (?)').run(SCHEMA_VERSION);
    setup.close();
    runPython(home, ['write', 'apikey1', ''], JSON.stringify(token));
    runPython(home, ['write', 'apikey1', 'bob'], JSON.stringify({ ...token, perms: 'read' }));

    const found = lookupTokenRow(location, 'apikey1', '');
    assert.equal(found.kind, 'found');
    assert.deepEqual(tokenFromRow(found.row, location), token);
    assert.deepEqual(lookupTokenRow(location, 'apikey1', 'carol'), { kind: 'absent' });
    const cache = new SqliteTokenCache({ location });
    assert.deepEqual(await cache.get('apikey1', 'bob'), { ...token, perms: 'read' });
    await cache.close();

    // The table is Python's own statement, laid out as its source is.
    const check = new Database(location, { readonly: true });
    const sql = check.prepare("SELECT sql FROM sqlite_master WHERE name = 'oauth_tokens'")
      .pluck().get();
    check.close();
    assert.match(String(sql), /\n {24}api_key varchar\(64\) not null,\n/);
  });
});
