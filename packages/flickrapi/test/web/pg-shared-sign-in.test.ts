import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';

import pg from 'pg';
import { startEmulator } from 'flickr-emulator';

import { testPgUrl, uniqueTable } from './pg-env.js';
import { get, signInDance } from './sign-in-dance.js';

const pgEnv = testPgUrl();
const table = uniqueTable('flickrapi_test_shared');
let emulator: Awaited<ReturnType<typeof startEmulator>>;

before(async () => {
  if (pgEnv.skip === false) emulator = await startEmulator({ port: 0 });
});
after(async () => {
  if (pgEnv.skip !== false) return;
  await emulator.close();
  const client = new pg.Client({ connectionString: pgEnv.url });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.end();
});

/** Starts one site server process and resolves with its URL once it listens. */
async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx',
    new URL('./fixtures/pg-site-server.ts', import.meta.url).pathname], {
    env: {
      ...process.env, PG_URL: pgEnv.url, PG_TABLE: table, FLICKR_API_KEY: emulator.apiKey,
      FLICKR_API_SECRET: emulator.apiSecret, FLICKR_ENDPOINT: emulator.url,
      COOKIE_KEY: 'shared-cookie-key-shared-cookie-key',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^listening (\S+)/.exec(line);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`server exited: ${stderr}`)));
  });

  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('two web servers sharing a PgTokenStore', { skip: pgEnv.skip }, () => {
  test('a sign-in on one server is seen by the other; sign-out on either ends it', async () => {
    const [a, b] = await Promise.all([startServer(), startServer()]);
    try {
      const alice = { 'x-site-user': 'alice' };
      const run = await signInDance(emulator.url, a.url, '/whoami', {
        headers: alice, username: 'marisol_r',
      });
      assert.equal(run.callback.status, 303);
      assert.equal(run.callback.headers.getSetCookie().some((c) => c.startsWith('flickr_token')),
        false, 'identified users get no token cookie');

      const onA = await (await get(`${a.url}/whoami`, alice)).json() as Record<string, never>;
      const onB = await get(`${b.url}/whoami`, alice);
      assert.equal(onB.status, 200);
      const seen = await onB.json() as { pid: number; visitor: { username: string } };
      assert.notEqual(seen.pid, onA['pid']);
      assert.equal(seen.visitor.username, 'marisol_r');

      assert.equal((await get(`${b.url}/whoami`, { 'x-site-user': 'bob' })).status, 302);

      const out = await fetch(`${b.url}/auth/flickr/sign-out`, {
        method: 'POST', redirect: 'manual', headers: alice,
      });
      assert.equal(out.status, 303);
      assert.equal((await get(`${a.url}/whoami`, alice)).status, 302, 'signed out everywhere');
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
