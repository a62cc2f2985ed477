/**
 * Every file the token cache's file format reader must leave to SQLite: files being written
 * to, changing while read, of another encoding, schema or version, damaged, or holding values
 * it does not read. Each case checks the reason, and that SqliteTokenCache still gives
 * SQLite's answer (or error) for it.
 */
import assert from 'node:assert/strict';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  renameSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';

import { TokenCacheError } from '../../src/errors.js';
import { lookupTokenRow, nodeFiles } from '../../src/tokens/sqlite-file-reader.js';
import type {
  FallbackReason,
  FileAccess,
  FileLookup,
  LookupOptions,
} from '../../src/tokens/sqlite-file-reader.js';
import { CREATE_TOKENS_TABLE } from '../../src/tokens/sqlite-schema.js';
import { SqliteTokenCache } from '../../src/tokens/sqlite-token-cache.js';
import { tokenFromRow } from '../../src/tokens/token-row.js';
import type { TokenRow } from '../../src/tokens/token-row.js';
import {
  createCacheFile,
  sqliteAnswers,
  storeRows,
  tokenRow,
  writeCacheFile,
} from './fixtures/token-cache-file.js';
import type { FileLayout } from './fixtures/token-cache-file.js';

const root = mkdtempSync(join(tmpdir(), 'flickrapi-file-reader-fallbacks-'));
after(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
function freshLocation(): string {
  counter += 1;
  const folder = join(root, `case-${counter}`);
  mkdirSync(folder);

  return join(folder, 'oauth-tokens.sqlite');
}

const alice = tokenRow('key', 'alice', 'alice');
const bob = tokenRow('key', 'bob', 'bob');

/** A closed cache file holding alice and bob. */
function healthyFile(layout: FileLayout = {}): string {
  const location = freshLocation();
  writeCacheFile(location, [alice, bob], layout);

  return location;
}

function cannotTell(reason: FallbackReason): FileLookup {
  return { kind: 'cannot-tell', reason };
}

function lookUp(location: string, row: TokenRow, options?: LookupOptions): FileLookup {
  return lookupTokenRow(location, row.api_key, row.lookup_key, options);
}

/** What a fresh SqliteTokenCache answers. */
async function cacheGet(location: string, row: TokenRow) {
  const cache = new SqliteTokenCache({ location });
  try {
    return await cache.get(row.api_key, row.lookup_key);
  } finally {
    await cache.close();
  }
}

function patch(location: string, edit: (bytes: Buffer) => void): void {
  const bytes = readFileSync(location);
  edit(bytes);
  writeFileSync(location, bytes);
}

function rootPage(location: string, name: string): number {
  const db = new Database(location, { readonly: true });
  try {
    const page = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(name);

    return Number(page);
  } finally {
    db.close();
  }
}

/** The file system, with `hook` run right after the file is read. */
function afterRead(hook: (location: string) => void): FileAccess {
  return {
    ...nodeFiles,
    read(path) {
      const bytes = nodeFiles.read(path);
      hook(path);

      return bytes;
    },
  };
}

describe('lookupTokenRow answers', () => {
  it('for a healthy file in either journal mode, and with an empty rollback journal', () => {
    const location = healthyFile();
    writeFileSync(`${location}-journal`, '');

    assert.deepEqual(lookUp(location, alice), { kind: 'found', row: alice });
    assert.deepEqual(lookUp(healthyFile({ journalMode: 'wal' }), bob), { kind: 'found', row: bob });
    assert.deepEqual(lookUp(location, tokenRow('key', 'carol')), { kind: 'absent' });
  });

  it('with row ids of every integer size in the index, up to 2^53', () => {
    // Serial types 8 and 9 (0 and 1), then integers of 1, 2, 3, 4, 6 and 8 bytes.
    const rowids = [0, 1, 100, 30_000, 8_000_000, 2 ** 31 - 5, 2 ** 47 - 3, 2 ** 53 - 1];
    const insert = 'INSERT INTO oauth_tokens (rowid, api_key, lookup_key, oauth_token, ' +
      'oauth_token_secret, access_level, fullname, username, user_nsid) ' +
      "VALUES (?, 'key', ?, 't', 's', 'read', 'f', 'u', 'n')";
    const location = freshLocation();
    const db = createCacheFile(location);
    for (const rowid of rowids) db.prepare(insert).run(rowid, `user-${rowid}`);
    db.close();

    for (const rowid of rowids) {
      const answer = lookupTokenRow(location, 'key', `user-${rowid}`);
      assert.equal(answer.kind, 'found', `row id ${rowid}`);
    }

    // A negative row id is a nine-byte varint: past 2^53, so left to SQLite.
    const negative = new Database(location);
    negative.prepare(insert).run(-5, 'user--5');
    negative.close();
    assert.deepEqual(lookupTokenRow(location, 'key', 'user-1'), cannotTell('page'));
  });

  it('when the version table is empty, as SQLite does', async () => {
    const location = healthyFile();
    const db = new Database(location);
    db.exec('DELETE FROM oauth_cache_db_version');
    db.close();

    assert.deepEqual(lookUp(location, alice), { kind: 'found', row: alice });
    assert.deepEqual(await cacheGet(location, alice), tokenFromRow(alice, location));
  });
});

describe('lookupTokenRow leaves to SQLite', () => {
  it('a file that does not exist, or is not a plain file', async () => {
    const missing = join(root, 'missing', 'oauth-tokens.sqlite');
    assert.deepEqual(lookUp(missing, alice), cannotTell('missing'));

    const folder = freshLocation();
    mkdirSync(folder);
    assert.deepEqual(lookUp(folder, alice), cannotTell('not-a-file'));

    // SQLite names its journal after the link's target, so a link is left to SQLite.
    const target = healthyFile();
    const link = join(dirname(freshLocation()), 'link.sqlite');
    symlinkSync(target, link);
    assert.deepEqual(lookUp(link, alice), cannotTell('not-a-file'));
    assert.deepEqual(await cacheGet(link, alice), tokenFromRow(alice, link));
  });

  it('an empty file, a truncated one, and a text file', async () => {
    const empty = freshLocation();
    writeFileSync(empty, '');
    assert.deepEqual(lookUp(empty, alice), cannotTell('header'));
    assert.equal(await cacheGet(empty, alice), undefined);

    const truncated = healthyFile();
    const bytes = readFileSync(truncated);
    writeFileSync(truncated, bytes.subarray(0, 100));
    assert.deepEqual(lookUp(truncated, alice), cannotTell('header'));
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 4096));
    assert.deepEqual(lookUp(truncated, alice), cannotTell('header'));
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 1));
    assert.deepEqual(lookUp(truncated, alice), cannotTell('header'));

    const text = freshLocation();
    writeFileSync(text, 'oauth_token=abc\nnot a database\n'.repeat(200));
    assert.deepEqual(lookUp(text, alice), cannotTell('header'));
    await assert.rejects(cacheGet(text, alice), TokenCacheError);
  });

  it('a header it does not read: page size, reserved bytes, encoding, size, versions', () => {
    // On 512-byte pages, 40 reserved bytes leave fewer than the 480 usable bytes SQLite needs.
    const edits: [string, (bytes: Buffer) => void][] = [
      ['page size 1000', (bytes) => bytes.writeUInt16BE(1000, 16)],
      ['odd usable size', (bytes) => bytes.writeUInt8(1, 20)],
      ['usable size under 480', (bytes) => bytes.writeUInt8(40, 20)],
      ['UTF-16le', (bytes) => bytes.writeUInt32BE(2, 56)],
      ['read version 3', (bytes) => bytes.writeUInt8(3, 19)],
      ['schema format 5', (bytes) => bytes.writeUInt32BE(5, 44)],
      ['payload fraction', (bytes) => bytes.writeUInt8(63, 21)],
      ['in-header size', (bytes) => bytes.writeUInt32BE(bytes.readUInt32BE(28) + 1, 28)],
      ['stale in-header size', (bytes) => bytes.writeUInt32BE(bytes.readUInt32BE(24) + 1, 24)],
      ['magic', (bytes) => bytes.write('SQLite format 4', 0, 'latin1')],
    ];
    for (const [what, edit] of edits) {
      const location = healthyFile({ pageSize: 512 });
      assert.equal(lookUp(location, alice).kind, 'found');
      patch(location, edit);
      assert.deepEqual(lookUp(location, alice), cannotTell('header'), what);
    }

    const padded = healthyFile({ pageSize: 512 });
    appendFileSync(padded, Buffer.alloc(512));
    assert.deepEqual(lookUp(padded, alice), cannotTell('header'));
  });

  it('a UTF-16 database, which SQLite reads', async () => {
    const location = freshLocation();
    writeCacheFile(location, [alice, bob], { encoding: 'UTF-16le' });

    assert.deepEqual(lookUp(location, alice), cannotTell('header'));
    assert.deepEqual(await cacheGet(location, alice), tokenFromRow(alice, location));
  });

  it('a write-ahead log with transactions not yet in the file', async () => {
    const location = healthyFile({ journalMode: 'wal' });
    const writer = new Database(location);
    writer.pragma('wal_autocheckpoint = 0');
    storeRows(writer, [{ ...alice, oauth_token: 'newer' }]);
    try {
      assert.deepEqual(lookUp(location, alice), cannotTell('side-file'));
      // The file alone still holds the older token: only SQLite gives the newer one.
      assert.equal((await cacheGet(location, alice))?.token, 'newer');
    } finally {
      writer.close();
    }
    assert.equal((lookUp(location, alice) as { row: TokenRow }).row.oauth_token, 'newer');
  });

  it('a rollback journal with content, before or after the read', () => {
    const location = healthyFile();
    writeFileSync(`${location}-journal`, Buffer.alloc(512, 0xd9));
    assert.deepEqual(lookUp(location, alice), cannotTell('side-file'));
    rmSync(`${location}-journal`);

    const files = afterRead((path) => writeFileSync(`${path}-journal`, Buffer.alloc(512)));
    assert.deepEqual(lookUp(location, alice, { files }), cannotTell('side-file'));
    rmSync(`${location}-journal`);
    const wal = afterRead((path) => writeFileSync(`${path}-wal`, Buffer.alloc(32)));
    assert.deepEqual(lookUp(location, alice, { files: wal }), cannotTell('side-file'));
  });

  it('a file that changes while it is read: size, times or inode', () => {
    const location = healthyFile();
    const grows = afterRead((path) => appendFileSync(path, Buffer.alloc(4096)));
    assert.deepEqual(lookUp(location, alice, { files: grows }), cannotTell('changed'));

    const touched = healthyFile();
    const later = new Date(Date.now() + 60_000);
    const touches = afterRead((path) => utimesSync(path, later, later));
    assert.deepEqual(lookUp(touched, alice, { files: touches }), cannotTell('changed'));

    const replaced = healthyFile();
    const spare = healthyFile();
    const replaces = afterRead((path) => renameSync(spare, path));
    assert.deepEqual(lookUp(replaced, alice, { files: replaces }), cannotTell('changed'));

    // Same size and times, another inode: only the stamps can show it.
    let stamps = 0;
    const moved: FileAccess = {
      ...nodeFiles,
      stamp(path) {
        const stamp = nodeFiles.stamp(path);
        if (path !== location || stamp === undefined) return stamp;
        stamps += 1;

        return stamps === 1 ? stamp : { ...stamp, ino: stamp.ino + 1n, isFile: () => true };
      },
    };
    assert.deepEqual(lookUp(location, alice, { files: moved }), cannotTell('changed'));
  });

  it('a file in write-ahead log mode whose folder it may not write to', () => {
    const readOnly: FileAccess = { ...nodeFiles, mayWrite: () => false };
    const wal = healthyFile({ journalMode: 'wal' });
    assert.deepEqual(lookUp(wal, alice, { files: readOnly }), cannotTell('permissions'));

    // In rollback journal mode, SQLite reads a file it may not write to.
    const rollback = healthyFile();
    assert.deepEqual(lookUp(rollback, alice, { files: readOnly }), { kind: 'found', row: alice });
  });

  it('a file larger than it reads, and a failing read', () => {
    const location = healthyFile();
    assert.deepEqual(lookUp(location, alice, { maxBytes: 8192 }), cannotTell('too-large'));

    const failing: FileAccess = {
      ...nodeFiles,
      read: () => {
        throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      },
    };
    assert.deepEqual(lookUp(location, alice, { files: failing }), cannotTell('error'));
  });

  it('a foreign database, with or without the token tables', async () => {
    const foreign = freshLocation();
    const db = new Database(foreign);
    db.exec("CREATE TABLE photos (id text); INSERT INTO photos VALUES ('1')");
    db.close();
    assert.deepEqual(lookUp(foreign, alice), cannotTell('schema'));
    await assert.rejects(cacheGet(foreign, alice), TokenCacheError);

    const beside = healthyFile({ extraSql: 'CREATE TABLE photos (id text)' });
    assert.deepEqual(lookUp(beside, alice), cannotTell('schema'));
    assert.deepEqual(await cacheGet(beside, alice), tokenFromRow(alice, beside));
  });

  it('other definitions of the tables, and other objects on them', async () => {
    const variants = [
      // The same columns in another order: reading by position would swap two values.
      CREATE_TOKENS_TABLE.replace(
        'fullname varchar(255) not null,\n  username varchar(255) not null,',
        'username varchar(255) not null,\n  fullname varchar(255) not null,',
      ),
      // A collation with which SQLite finds alice under "ALICE".
      CREATE_TOKENS_TABLE.replace("not null default ''", "not null default '' collate nocase"),
    ];
    for (const sql of variants) {
      assert.notEqual(sql, CREATE_TOKENS_TABLE);
      const location = freshLocation();
      const db = new Database(location);
      db.exec(sql);
      db.close();
      writeCacheFile(location, [alice]);
      const upper = { ...alice, lookup_key: 'ALICE' };

      assert.deepEqual(lookUp(location, alice), cannotTell('schema'), sql);
      assert.deepEqual(lookUp(location, upper), cannotTell('schema'), sql);
      assert.deepEqual(await cacheGet(location, alice), sqliteToken(location, alice));
      assert.deepEqual(await cacheGet(location, upper), sqliteToken(location, upper));
    }

    const indexed = healthyFile({ extraSql: 'CREATE INDEX by_user ON oauth_tokens (username)' });
    assert.deepEqual(lookUp(indexed, alice), cannotTell('schema'));
    const triggered = healthyFile({
      extraSql: 'CREATE TRIGGER t AFTER INSERT ON oauth_tokens BEGIN SELECT 1; END',
    });
    assert.deepEqual(lookUp(triggered, alice), cannotTell('schema'));

    // Python flickrapi 2.1.2 leaves a file with only the version table.
    const halfMade = freshLocation();
    const db = new Database(halfMade);
    db.exec('CREATE TABLE IF NOT EXISTS oauth_cache_db_version (version int not null)');
    db.close();
    assert.deepEqual(lookUp(halfMade, alice), cannotTell('schema'));
    assert.equal(await cacheGet(halfMade, alice), undefined);
  });

  it('a version other than 1, which SQLite\'s path refuses', async () => {
    for (const version of ['2', "'one'", '1.5']) {
      const location = healthyFile();
      const db = new Database(location);
      db.exec(`INSERT INTO oauth_cache_db_version VALUES (${version})`);
      db.close();

      assert.deepEqual(lookUp(location, alice), cannotTell('version'), version);
      await assert.rejects(cacheGet(location, alice), (error: unknown) => {
        assert.ok(error instanceof TokenCacheError);
        assert.match(error.message, /token cache version .*; expected 1/);

        return true;
      });
    }
  });

  it('a row that spills onto overflow pages', async () => {
    const location = freshLocation();
    const long = { ...alice, fullname: 'Zoë Ångström 写真 '.repeat(40) };
    writeCacheFile(location, [long, bob], { pageSize: 512 });

    assert.deepEqual(lookUp(location, bob), cannotTell('overflow'));
    assert.deepEqual(await cacheGet(location, long), tokenFromRow(long, location));
  });

  it('values that are not text, or not UTF-8', async () => {
    const blob = healthyFile();
    let db = new Database(blob);
    db.exec("UPDATE oauth_tokens SET fullname = x'00ff' WHERE lookup_key = 'bob'");
    db.close();
    assert.deepEqual(lookUp(blob, alice), cannotTell('record'));

    const invalid = healthyFile();
    db = new Database(invalid);
    db.exec("UPDATE oauth_tokens SET fullname = CAST(x'61ff62' AS TEXT) WHERE lookup_key = 'bob'");
    db.close();
    assert.deepEqual(lookUp(invalid, bob), cannotTell('record'));
    assert.deepEqual(lookUp(invalid, alice), { kind: 'found', row: alice });
    assert.deepEqual(await cacheGet(invalid, bob), sqliteToken(invalid, bob));
  });

  it('a key with a lone surrogate, which better-sqlite3 encodes as CESU-8', async () => {
    const location = freshLocation();
    const odd = tokenRow('key', 'al\uD800ice');
    writeCacheFile(location, [odd]);

    assert.deepEqual(lookUp(location, odd), cannotTell('key'));
    assert.deepEqual(await cacheGet(location, odd), sqliteToken(location, odd));
    assert.notEqual(await cacheGet(location, odd), undefined);

    for (const lookupKey of ['alice\uD83D', '\uDCF7alice', 'al\uDCF7\uD83Dice']) {
      assert.deepEqual(lookUp(location, { ...odd, lookup_key: lookupKey }), cannotTell('key'));
    }
    const paired = tokenRow('key', 'alice 📷');
    writeCacheFile(location, [paired]);
    assert.deepEqual(lookUp(location, paired), { kind: 'found', row: paired });
  });

  it('two rows under one key, or a table and index that disagree', () => {
    const location = freshLocation();
    const first = tokenRow('key', 'dupe-1');
    writeCacheFile(location, [first, tokenRow('key', 'dupe-2')]);
    assert.deepEqual(lookUp(location, first), { kind: 'found', row: first });
    // Both rows now filed under "dupe-1", in the table and in the index.
    patch(location, (bytes) => replaceAll(bytes, 'dupe-2', 'dupe-1'));
    assert.deepEqual(lookUp(location, first), cannotTell('duplicate'));

    const table = healthyFile();
    const tokensPage = rootPage(table, 'oauth_tokens');
    patch(table, (bytes) => {
      const page = bytes.subarray((tokensPage - 1) * 4096, tokensPage * 4096);
      replaceAll(page, 'alice', 'alicf');
    });
    assert.deepEqual(lookUp(table, alice), cannotTell('index'));
    assert.deepEqual(lookUp(table, { ...alice, lookup_key: 'alicf' }), cannotTell('index'));
    // Where neither holds the key, SQLite's look-up through the index finds nothing either.
    assert.deepEqual(lookUp(table, tokenRow('key', 'carol')), { kind: 'absent' });
  });

  it('damaged pages, loops and trees that are out of order', () => {
    const rows = Array.from({ length: 300 }, (_, i) => tokenRow('key', `user-${i}`, `${i}`));
    const make = () => {
      const location = freshLocation();
      writeCacheFile(location, rows, { pageSize: 512 });

      return location;
    };
    const healthy = make();
    assert.equal(lookUp(healthy, rows[7] as TokenRow).kind, 'found');
    const table = rootPage(healthy, 'oauth_tokens');
    const index = rootPage(healthy, 'sqlite_autoindex_oauth_tokens_1');
    const at = (page: number, offset: number) => (page - 1) * 512 + offset;

    const cases: [string, (bytes: Buffer) => void][] = [
      ['a table root that points at itself', (b) => b.writeUInt32BE(table, at(table, 8))],
      ['an index root that points at itself', (b) => b.writeUInt32BE(index, at(index, 8))],
      ['a child that is page 1', (b) => b.writeUInt32BE(1, at(table, 8))],
      ['a child past the end', (b) => b.writeUInt32BE(100_000, at(table, 8))],
      ['an index page in the table', (b) => b.writeUInt32BE(index, at(table, 8))],
      ['an unknown page type', (b) => b.writeUInt8(0x07, at(table, 0))],
      ['a cell pointer off the page', (b) => b.writeUInt16BE(600, at(table, 12))],
      ['a freeblock off the page', (b) => b.writeUInt16BE(510, at(table, 1))],
      ['too many cells', (b) => b.writeUInt16BE(400, at(table, 3))],
      ['the rest garbage', (b) => b.fill(0x5a, 1024)],
    ];
    for (const [what, edit] of cases) {
      const location = make();
      patch(location, edit);
      const answer = lookUp(location, rows[7] as TokenRow);
      assert.equal(answer.kind, 'cannot-tell', what);
    }

    // Row ids out of order: swap the first two cell pointers of the table's first leaf.
    const swapped = make();
    patch(swapped, (bytes) => {
      const pointers = at(leftmostLeaf(bytes, table), 8);
      const first = bytes.readUInt16BE(pointers);
      bytes.writeUInt16BE(bytes.readUInt16BE(pointers + 2), pointers);
      bytes.writeUInt16BE(first, pointers + 2);
    });
    assert.deepEqual(lookUp(swapped, rows[7] as TokenRow), cannotTell('page'));
  });
});

/** The token SQLite's own answer maps to, or `undefined`. */
function sqliteToken(location: string, row: TokenRow) {
  const [found] = sqliteAnswers(location, [[row.api_key, row.lookup_key]]);

  return found === undefined ? undefined : tokenFromRow(found, location);
}

/** The left-most leaf of a table b-tree in a file of 512-byte pages. */
function leftmostLeaf(bytes: Buffer, root: number): number {
  let page = root;
  while (bytes.readUInt8((page - 1) * 512) === 0x05) {
    const start = (page - 1) * 512;
    page = bytes.readUInt32BE(start + bytes.readUInt16BE(start + 12));
  }

  return page;
}

/** Replaces every `from` with `to`, of the same length, in place. */
function replaceAll(bytes: Buffer, from: string, to: string): void {
  const needle = Buffer.from(from);
  const replacement = Buffer.from(to);
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
    replacement.copy(bytes, at);
  }
}
