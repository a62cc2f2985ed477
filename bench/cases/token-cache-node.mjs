#!/usr/bin/env node
// Token cache look-ups and writes in one process of several sharing one SQLite file.
//   --store floor         better-sqlite3 prepared statements on the same schema (WAL), one
//                         connection: the floor for an SQLite-backed cache
//   --store flickrapi-ts  the library's SqliteTokenCache
//   --mode seed           create the file and store the token (run once, before the workers)
//   --mode run            look up the seeded token, then store this worker's own token,
//                         each for --duration-ms, started in step with the other workers
// Usage: node token-cache-node.mjs --store S --mode seed|run --file PATH [--worker I]
//        [--duration-ms N]
// Prints `{ ops, seconds }` per phase (lib/workers.mjs drives the phases).
import { createInterface } from 'node:readline';
import { caseArgs, report } from '../lib/call-loop.mjs';
import { BENCH_KEYS } from '../lib/keys.mjs';

const args = caseArgs();
const token = { token: BENCH_KEYS.token, tokenSecret: BENCH_KEYS.tokenSecret, perms: 'write',
  fullname: BENCH_KEYS.fullname, username: BENCH_KEYS.username, userNsid: BENCH_KEYS.userNsid };

async function floorStore(file, seed) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { timeout: 5000 });
  if (seed) {
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE IF NOT EXISTS oauth_cache_db_version (version int not null);
      CREATE TABLE IF NOT EXISTS oauth_tokens (api_key varchar(64) not null,
        lookup_key varchar(64) not null default '', oauth_token varchar(64) not null,
        oauth_token_secret varchar(64) not null, access_level varchar(6) not null,
        fullname varchar(255) not null, username varchar(255) not null,
        user_nsid varchar(64) not null, PRIMARY KEY(api_key, lookup_key));
      INSERT INTO oauth_cache_db_version VALUES (1);`);
  }
  const select = db.prepare('SELECT * FROM oauth_tokens WHERE api_key = ? AND lookup_key = ?');
  const upsert = db.prepare('INSERT OR REPLACE INTO oauth_tokens VALUES (?, ?, ?, ?, ?, ?, ?, ?)');

  return {
    get: async (apiKey, lookupKey) => {
      const row = select.get(apiKey, lookupKey);

      return row && { token: row.oauth_token, tokenSecret: row.oauth_token_secret,
        perms: row.access_level, fullname: row.fullname, username: row.username,
        userNsid: row.user_nsid };
    },
    set: async (apiKey, lookupKey, t) => {
      upsert.run(apiKey, lookupKey, t.token, t.tokenSecret, t.perms, t.fullname, t.username,
        t.userNsid);
    },
    close: async () => db.close(),
  };
}

async function oursStore(file) {
  const { SqliteTokenCache } = await import('flickrapi-ts');

  return new SqliteTokenCache({ location: file });
}

/** Look-ups, then writes, each started on the runner's `go` (see lib/workers.mjs). */
async function runPhases(cache, durationMs) {
  const lookupKey = `worker-${args.worker ?? 0}`;
  const lookup = async () => {
    if ((await cache.get(BENCH_KEYS.apiKey, ''))?.token === undefined) {
      throw new Error('token-cache-node: the seeded token is missing');
    }
  };
  const write = () => cache.set(BENCH_KEYS.apiKey, lookupKey, token);
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

  for (const op of [lookup, write]) {
    await op();
    process.stdout.write('ready\n');
    await lines.next();
    const start = performance.now();
    const deadline = start + durationMs;
    let ops = 0;
    while (performance.now() < deadline) {
      for (let i = 0; i < 16; i++) await op();
      ops += 16;
    }
    report({ ops, seconds: (performance.now() - start) / 1000 });
  }
  lines.return?.();
}

const seed = args.mode === 'seed';
const store = args.store === 'floor' ? await floorStore(args.file, seed)
  : args.store === 'flickrapi-ts' ? await oursStore(args.file)
    : undefined;
if (!store) throw new Error(`token-cache-node: unknown --store ${JSON.stringify(args.store)}`);

if (seed) {
  await store.set(BENCH_KEYS.apiKey, '', token);
  report({ seeded: true });
} else if (args.mode === 'run') {
  await runPhases(store, Number(args['duration-ms'] ?? 1000));
} else {
  throw new Error(`token-cache-node: unknown --mode ${JSON.stringify(args.mode)}`);
}
await store.close();
