import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import { after, describe, test } from 'node:test';

import pg from 'pg';

import { TokenCacheError } from '../../src/errors.js';
import type { OAuthToken } from '../../src/tokens/token.js';
import { PgTokenStore } from '../../src/web/pg-token-store.js';
import { testPgUrl, uniqueTable } from './pg-env.js';

const pgEnv = testPgUrl();
const tables: string[] = [];

function token(n: number, perms: OAuthToken['perms'] = 'write'): OAuthToken {
  return {
    token: `7215762631806941${n}-087bfc7b5816092c`,
    tokenSecret: `secret-${n}-a202d1f853ec69de`,
    perms,
    fullname: `User ${n}`,
    username: `user${n}`,
    userNsid: `${n}@N07`,
  };
}

function newTable(): string {
  const table = uniqueTable('flickrapi_test_tokens');
  tables.push(table);

  return table;
}

async function tableExists(table: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgEnv.url });
  await client.connect();
  try {
    const result = await client.query('SELECT to_regclass($1) AS t', [table]);

    return result.rows[0]?.t !== null;
  } finally {
    await client.end();
  }
}

after(async () => {
  if (pgEnv.skip !== false || tables.length === 0) return;
  const client = new pg.Client({ connectionString: pgEnv.url });
  await client.connect();
  for (const table of tables) await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.end();
});

describe('PgTokenStore', { skip: pgEnv.skip }, () => {
  test('creates its table on first use, not before', async () => {
    const table = newTable();
    const store = new PgTokenStore({ connectionString: pgEnv.url, table });
    assert.equal(await tableExists(table), false);

    assert.equal(await store.get('key', ''), undefined);
    assert.equal(await tableExists(table), true);
    await store.close();
  });

  test('stores, replaces, lists and deletes tokens by (api key, lookup key)', async () => {
    const store = new PgTokenStore({ connectionString: pgEnv.url, table: newTable() });
    await store.set('key-a', 'alice', token(1));
    await store.set('key-a', 'bob', token(2, 'read'));
    await store.set('key-b', 'alice', token(3, 'delete'));
    await store.set('key-a', 'alice', token(4));

    assert.deepEqual(await store.get('key-a', 'alice'), token(4));
    assert.deepEqual(await store.get('key-b', 'alice'), token(3, 'delete'));
    assert.deepEqual(
      (await store.list('key-a')).map((s) => [s.lookupKey, s.token.token]),
      [['alice', token(4).token], ['bob', token(2).token]],
    );
    assert.equal((await store.list()).length, 3);

    await store.delete('key-a', 'alice');
    await store.delete('key-a', 'nobody');
    assert.equal(await store.get('key-a', 'alice'), undefined);
    assert.equal((await store.list()).length, 2);
    await store.close();
  });

  test('many servers using a new table at once all succeed', async () => {
    const table = newTable();
    const stores = Array.from({ length: 12 }, () =>
      new PgTokenStore({ connectionString: pgEnv.url, table }));

    await Promise.all(stores.map((store, i) => store.set('key', `user${i}`, token(i))));

    assert.equal((await stores[0]!.list('key')).length, 12);
    await Promise.all(stores.map((store) => store.close()));
  });

  test('concurrent sign-ins of one user leave exactly one complete token', async () => {
    const table = newTable();
    const stores = Array.from({ length: 8 }, () =>
      new PgTokenStore({ connectionString: pgEnv.url, table }));
    const written = new Map<string, OAuthToken>();

    await Promise.all(stores.map(async (store, s) => {
      for (let round = 0; round < 10; round += 1) {
        const t = token(s * 100 + round);
        written.set(t.token, t);
        await store.set('key', 'alice', t);
      }
    }));

    const all = await stores[0]!.list('key');
    assert.equal(all.length, 1);
    const final = all[0]!.token;
    assert.deepEqual(final, written.get(final.token), 'token and secret come from one sign-in');
    await Promise.all(stores.map((store) => store.close()));
  });

  test('two server processes see each other\'s sign-ins', async () => {
    const table = newTable();
    const first = startWorker(table);
    const second = startWorker(table);
    try {
      await Promise.all([first.next(), second.next()]);

      assert.deepEqual(await first.send({ op: 'set', lookupKey: 'alice', token: token(7) }),
        { ok: true });
      assert.deepEqual(await second.send({ op: 'get', lookupKey: 'alice' }), { token: token(7) });

      assert.deepEqual(await second.send({ op: 'set', lookupKey: 'alice', token: token(8) }),
        { ok: true });
      assert.deepEqual(await first.send({ op: 'get', lookupKey: 'alice' }), { token: token(8) });
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  test('a wrong password is a TokenCacheError that does not show the password', async () => {
    const url = new URL(pgEnv.url);
    url.password = 'not-the-password-xyzzy';
    const store = new PgTokenStore({ connectionString: url.toString(), table: newTable() });

    await assert.rejects(store.get('key', ''), (error: unknown) => {
      assert.ok(error instanceof TokenCacheError);
      assert.doesNotMatch(error.message, /xyzzy/);
      assert.match(error.message, /cannot create the tokens table/);

      return true;
    });
    await store.close();
  });

  test('rejects a table name that is not an identifier', () => {
    assert.throws(
      () => new PgTokenStore({ connectionString: pgEnv.url, table: 'x; DROP TABLE y' }),
      /not a plain SQL identifier/,
    );
  });
});

interface Worker {
  next(): Promise<unknown>;
  send(command: object): Promise<unknown>;
  stop(): Promise<void>;
}

function startWorker(table: string): Worker {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx',
      new URL('./fixtures/pg-store-worker.ts', import.meta.url).pathname, pgEnv.url, table],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const lines: Interface = createInterface({ input: child.stdout });
  const iterator = lines[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const next = async (): Promise<unknown> => {
    const line = await iterator.next();
    if (line.done === true) throw new Error(`worker exited: ${stderr}`);

    return JSON.parse(line.value) as unknown;
  };

  return {
    next,
    async send(command) {
      child.stdin.write(`${JSON.stringify(command)}\n`);

      return next();
    },
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}

describe('loading', () => {
  function loads(specifier: string, ...args: string[]): Record<string, unknown> {
    const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx',
      new URL('./fixtures/loads-pg.ts', import.meta.url).pathname, specifier, ...args],
    { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);

    return JSON.parse(result.stdout) as Record<string, unknown>;
  }

  test('the library and flickrapi-ts/web load neither pg nor express', () => {
    for (const specifier of ['flickrapi-ts', 'flickrapi-ts/web']) {
      const report = loads(specifier);
      assert.ok(Number(report['exports']) > 5, specifier);
      assert.equal(report['pg'], false, specifier);
      assert.equal(report['express'], false, specifier);
    }
    assert.equal(loads('flickrapi-ts/express')['express'], true, 'the check does see a load');
  });

  test('pg is loaded when a PostgreSQL store is first used', { skip: pgEnv.skip }, () => {
    const report = loads('flickrapi-ts/web', pgEnv.url, newTable());

    assert.equal(report['pg'], false);
    assert.equal(report['pgAfterUse'], true);
  });
});
