import Database from 'better-sqlite3';

/** The SQLite handle type used by every state module. */
export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  nsid TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE, fullname TEXT NOT NULL,
  location TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
  path_alias TEXT, ispro INTEGER NOT NULL DEFAULT 0, iconserver TEXT NOT NULL DEFAULT '0',
  iconfarm INTEGER NOT NULL DEFAULT 0, date_create INTEGER NOT NULL, position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS photos (
  id INTEGER PRIMARY KEY, owner TEXT NOT NULL REFERENCES users(nsid), secret TEXT NOT NULL,
  originalsecret TEXT NOT NULL, server TEXT NOT NULL, farm INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
  is_public INTEGER NOT NULL DEFAULT 1, is_friend INTEGER NOT NULL DEFAULT 0,
  is_family INTEGER NOT NULL DEFAULT 0, safety_level INTEGER NOT NULL DEFAULT 0,
  content_type INTEGER NOT NULL DEFAULT 1, hidden INTEGER NOT NULL DEFAULT 1,
  media TEXT NOT NULL DEFAULT 'photo', original_format TEXT NOT NULL,
  mime TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,
  file TEXT NOT NULL, file_size INTEGER NOT NULL, sha1 TEXT NOT NULL,
  date_posted INTEGER NOT NULL, date_taken TEXT NOT NULL, date_updated INTEGER NOT NULL,
  views INTEGER NOT NULL DEFAULT 0, license INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS photos_owner ON photos(owner, date_posted);
CREATE INDEX IF NOT EXISTS photos_posted ON photos(date_posted);
CREATE INDEX IF NOT EXISTS photos_sha1 ON photos(owner, sha1);
CREATE TABLE IF NOT EXISTS tags (
  id INTEGER PRIMARY KEY, photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
  author TEXT NOT NULL, raw TEXT NOT NULL, tag TEXT NOT NULL, machine INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS tags_photo ON tags(photo_id);
CREATE INDEX IF NOT EXISTS tags_tag ON tags(tag);
CREATE TABLE IF NOT EXISTS photosets (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL REFERENCES users(nsid), title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '', primary_photo INTEGER NOT NULL,
  date_create INTEGER NOT NULL, date_update INTEGER NOT NULL, views INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS photoset_photos (
  set_id TEXT NOT NULL REFERENCES photosets(id) ON DELETE CASCADE,
  photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, PRIMARY KEY (set_id, photo_id)
);
CREATE TABLE IF NOT EXISTS favorites (
  user TEXT NOT NULL REFERENCES users(nsid),
  photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
  date_faved INTEGER NOT NULL, PRIMARY KEY (user, photo_id)
);
CREATE TABLE IF NOT EXISTS contacts (
  owner TEXT NOT NULL REFERENCES users(nsid), contact TEXT NOT NULL REFERENCES users(nsid),
  friend INTEGER NOT NULL DEFAULT 0, family INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (owner, contact)
);
CREATE TABLE IF NOT EXISTS tokens (
  token TEXT PRIMARY KEY, secret TEXT NOT NULL, kind TEXT NOT NULL,
  consumer_key TEXT NOT NULL, callback TEXT, verifier TEXT, perms TEXT,
  user_nsid TEXT REFERENCES users(nsid), state TEXT NOT NULL,
  created INTEGER NOT NULL, expires INTEGER
);
CREATE TABLE IF NOT EXISTS tickets (
  id INTEGER PRIMARY KEY, owner TEXT NOT NULL, photo_id INTEGER,
  status INTEGER NOT NULL, created INTEGER NOT NULL
);
`;

/** Distinct SQL texts kept prepared; search builds its SQL from the filters asked for. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Makes `db.prepare` return the already prepared statement for SQL it has seen. State
 * modules prepare at the call site, and compiling the SQL again on every request cost
 * about a tenth of the CPU of a signed REST call. Statements are only ever run to
 * completion (`get`, `all`, `run`), never left iterating, so sharing one is safe.
 */
function reuseStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  const cached = (sql: string): Database.Statement => {
    let statement = cache.get(sql);
    if (statement === undefined) {
      statement = prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      cache.set(sql, statement);
    }

    return statement;
  };
  db.prepare = cached as Db['prepare'];
}

/**
 * Opens (or creates) the emulator database at `path` and applies the schema. WAL mode
 * keeps readers and the single writer apart; foreign keys cascade photo deletion into
 * tags, sets and favourites. Prepared statements are reused across calls.
 */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  reuseStatements(db);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);

  return db;
}

/** Reads one value from the `meta` table. */
export function readMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;

  return row?.value;
}

/** Writes one value to the `meta` table. */
export function writeMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
}
