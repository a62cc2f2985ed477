/**
 * The token cache's file format reader against SQLite itself: on files better-sqlite3 makes,
 * with every page size, both journal modes, up to thousands of rows (so that tables and the
 * primary key's index have interior pages), unicode, NUL and values long enough to spill onto
 * overflow pages, the reader gives SQLite's answer, and says "cannot tell" exactly when a
 * value spills (or the file is larger than it reads).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';

import { MAX_FILE_BYTES, lookupTokenRow } from '../../src/tokens/sqlite-file-reader.js';
import type { FileLookup } from '../../src/tokens/sqlite-file-reader.js';
import { SqliteTokenCache } from '../../src/tokens/sqlite-token-cache.js';
import type { TokenRow } from '../../src/tokens/token-row.js';
import { createCacheFile, sqliteAnswers, storeRows } from './fixtures/token-cache-file.js';

const root = mkdtempSync(join(tmpdir(), 'flickrapi-file-reader-'));
after(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
function freshLocation(): string {
  counter += 1;

  return join(root, `cache-${counter}.sqlite`);
}

/** A small deterministic generator, so that thousands of rows come from one drawn seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One to four UTF-8 bytes each, NUL, a combining accent, letters that differ only in case.
const CHARS = ['a', 'b', 'A', 'z', '0', '9', ' ', '-', '@', 'é', 'ß', 'Ω', '写', '真', '📷',
  '\u0000', '\u0301', 'Z'];
const API_KEYS = ['9f1b3c5d7e9a2b4c6d8e0f1a3b5c7d9e', 'key-b', 'ключ-📷', ''];
const LEVELS = ['read', 'write', 'delete', 'write', 'Write', 'none', 'admin'];

interface FileCase {
  readonly pageSize: number;
  readonly journalMode: 'delete' | 'wal';
  readonly rows: number;
  readonly deleted: number;
  readonly valueLength: number;
  readonly seed: number;
}

function rowMaker(draw: () => number, valueLength: number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(draw() * items.length)] as T;
  const text = (max: number) =>
    Array.from({ length: Math.floor(draw() * (max + 1)) }, () => pick(CHARS)).join('');

  return (): TokenRow => ({
    api_key: pick(API_KEYS),
    lookup_key: draw() < 0.1 ? '' : text(8),
    oauth_token: `72157626318069415-${text(valueLength)}`,
    oauth_token_secret: text(valueLength),
    access_level: pick(LEVELS),
    fullname: text(valueLength),
    username: text(valueLength),
    user_nsid: text(12),
  });
}

/** Builds the file: rows stored (some replacing others), some deleted, a few stored again. */
function makeFile(location: string, spec: FileCase): TokenRow[] {
  const draw = random(spec.seed);
  const next = rowMaker(draw, spec.valueLength);
  const db = createCacheFile(location, spec);
  const stored = Array.from({ length: spec.rows }, next);
  storeRows(db, stored);
  const remove = db.prepare('DELETE FROM oauth_tokens WHERE api_key = ? AND lookup_key = ?');
  db.transaction(() => {
    for (let i = 0; i < spec.deleted && stored.length > 0; i++) {
      const row = stored[Math.floor(draw() * stored.length)] as TokenRow;
      remove.run(row.api_key, row.lookup_key);
    }
  })();
  const again = Array.from({ length: Math.ceil(spec.rows / 10) }, next);
  storeRows(db, again);
  db.close();

  return [...stored, ...again];
}

/** Keys stored, keys deleted, and near misses: other case, a NUL, a prefix, another API key. */
function lookupsFor(rows: readonly TokenRow[], seed: number): [string, string][] {
  const draw = random(seed ^ 0x5bd1e995);
  const sample = Array.from({ length: Math.min(rows.length, 24) }, () =>
    rows[Math.floor(draw() * rows.length)] as TokenRow);
  const near = sample.slice(0, 6).flatMap((row): [string, string][] => [
    [row.api_key, row.lookup_key.toUpperCase()],
    [row.api_key, `${row.lookup_key}\u0000`],
    [row.api_key, [...row.lookup_key].slice(0, -1).join('')],
    [`${row.api_key} `, row.lookup_key],
  ]);

  return [
    ...sample.map((row): [string, string] => [row.api_key, row.lookup_key]),
    ...near,
    ['no-such-key', ''],
    ['', ''],
  ];
}

/** What SQLite's own statistics say about the file: does any payload spill over? */
function spills(location: string): boolean {
  const db = new Database(location, { readonly: true });
  try {
    const count = db.prepare("SELECT count(*) FROM dbstat WHERE pagetype = 'overflow'")
      .pluck().get();

    return count !== 0;
  } finally {
    db.close();
  }
}

const fileCase: fc.Arbitrary<FileCase> = fc.record({
  pageSize: fc.constantFrom(512, 1024, 2048, 4096, 8192, 16384, 32768, 65536),
  journalMode: fc.constantFrom('delete' as const, 'wal' as const),
  rows: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 200, max: 3000 })),
  deleted: fc.integer({ min: 0, max: 400 }),
  valueLength: fc.constantFrom(6, 24, 60, 200),
  seed: fc.integer(),
});

/** Checks every look-up against SQLite; returns the reader's answers. */
function expectAnswers(location: string, lookups: readonly [string, string][]): FileLookup[] {
  const fast = lookups.map(([apiKey, lookupKey]) => lookupTokenRow(location, apiKey, lookupKey));
  const slow = sqliteAnswers(location, lookups);
  const size = statSync(location).size;
  const reason = size > MAX_FILE_BYTES ? 'too-large' : spills(location) ? 'overflow' : undefined;

  fast.forEach((answer, i) => {
    const expected: FileLookup = reason !== undefined
      ? { kind: 'cannot-tell', reason }
      : slow[i] === undefined
        ? { kind: 'absent' }
        : { kind: 'found', row: slow[i] as TokenRow };
    assert.deepEqual(answer, expected, `look-up ${JSON.stringify(lookups[i])}`);
  });

  return fast;
}

/** How many levels of interior pages a tree has. */
function interiorLevels(location: string, tree: string): number {
  const db = new Database(location, { readonly: true });
  try {
    const paths = db.prepare("SELECT path FROM dbstat WHERE name = ? AND pagetype = 'internal'")
      .pluck().all(tree) as string[];

    return new Set(paths.map((path) => path.split('/').length)).size;
  } finally {
    db.close();
  }
}

describe('lookupTokenRow against SQLite', () => {
  it('gives SQLite\'s row for every look-up, or cannot tell only where a value spills over', {
    timeout: 300_000,
  }, (t) => {
    const seen = { found: 0, absent: 0, overflow: 0, interior: 0 };
    fc.assert(
      fc.property(fileCase, (spec) => {
        const location = freshLocation();
        const rows = makeFile(location, spec);
        const lookups = lookupsFor(rows, spec.seed);
        const answers = expectAnswers(location, lookups).map((answer) => answer.kind);
        seen.found += answers.filter((kind) => kind === 'found').length;
        seen.absent += answers.filter((kind) => kind === 'absent').length;
        seen.overflow += answers.includes('cannot-tell') ? 1 : 0;
        seen.interior += statSync(location).size / spec.pageSize > 8 ? 1 : 0;
        rmSync(location, { force: true });
      }),
      {
        numRuns: 60,
        // Besides the random cases: rows that spill over on small pages, in both modes.
        examples: [
          [{ pageSize: 512, journalMode: 'delete', rows: 300, deleted: 20, valueLength: 200,
            seed: 1 }],
          [{ pageSize: 1024, journalMode: 'wal', rows: 8, deleted: 0, valueLength: 200,
            seed: 2 }],
        ],
      },
    );
    t.diagnostic(`look-ups found ${seen.found}, absent ${seen.absent}; files that spill ` +
      `over ${seen.overflow}, files of more than 8 pages ${seen.interior}`);
    // The runs did reach every branch.
    assert.ok(seen.found > 100 && seen.absent > 100, JSON.stringify(seen));
    assert.ok(seen.overflow > 0 && seen.interior > 5, JSON.stringify(seen));
  });

  it('answers through SqliteTokenCache exactly as SQLite does, errors included', {
    timeout: 120_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(fileCase, async (spec) => {
        const location = freshLocation();
        const rows = makeFile(location, { ...spec, rows: Math.min(spec.rows, 400) });
        const lookups = lookupsFor(rows, spec.seed);
        const fast = new SqliteTokenCache({ location });
        const slow = new SqliteTokenCache({ location });
        // Once a cache has the file open, its look-ups go through SQLite. list() opens it,
        // then fails if a row has an access level that is not a permission.
        await slow.list().catch(() => []);

        for (const [apiKey, lookupKey] of lookups) {
          const [a, b] = await Promise.allSettled([
            fast.get(apiKey, lookupKey),
            slow.get(apiKey, lookupKey),
          ]);
          assert.deepEqual(a, b, `look-up ${JSON.stringify([apiKey, lookupKey])}`);
        }
        await Promise.all([fast.close(), slow.close()]);
        rmSync(location, { force: true });
      }),
      { numRuns: 25 },
    );
  });

  it('reads 3000 rows at every page size, trees three levels deep at 512 bytes', () => {
    for (const pageSize of [512, 1024, 2048, 4096, 8192, 16384, 32768, 65536]) {
      const location = freshLocation();
      const rows = makeFile(location, {
        pageSize, journalMode: 'wal', rows: 3000, deleted: 100, valueLength: 6, seed: pageSize,
      });
      const answers = expectAnswers(location, lookupsFor(rows, pageSize));

      assert.ok(answers.filter((answer) => answer.kind === 'found').length > 10);
      assert.ok(interiorLevels(location, 'oauth_tokens') >= (pageSize === 512 ? 2 : 1));
      if (pageSize === 512) {
        assert.ok(interiorLevels(location, 'sqlite_autoindex_oauth_tokens_1') >= 2);
      }
    }
  });
});
