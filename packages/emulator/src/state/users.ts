import type { Db } from './database.js';

/** A member of the emulated Flickr. */
export interface User {
  readonly nsid: string;
  readonly username: string;
  readonly fullname: string;
  readonly location: string;
  readonly description: string;
  readonly pathAlias: string | null;
  readonly ispro: number;
  readonly iconserver: string;
  readonly iconfarm: number;
  readonly dateCreate: number;
}

interface UserRow {
  nsid: string;
  username: string;
  fullname: string;
  location: string;
  description: string;
  path_alias: string | null;
  ispro: number;
  iconserver: string;
  iconfarm: number;
  date_create: number;
}

function toUser(row: UserRow): User {
  return {
    nsid: row.nsid,
    username: row.username,
    fullname: row.fullname,
    location: row.location,
    description: row.description,
    pathAlias: row.path_alias,
    ispro: row.ispro,
    iconserver: row.iconserver,
    iconfarm: row.iconfarm,
    dateCreate: row.date_create,
  };
}

/** Users table access. */
export class Users {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Adds a user; `position` orders the seeded users (the first is the default). */
  insert(user: User, position: number): void {
    this.#db
      .prepare(
        `INSERT INTO users (nsid, username, fullname, location, description, path_alias,
          ispro, iconserver, iconfarm, date_create, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        user.nsid,
        user.username,
        user.fullname,
        user.location,
        user.description,
        user.pathAlias,
        user.ispro,
        user.iconserver,
        user.iconfarm,
        user.dateCreate,
        position,
      );
  }

  /** Every user, in seeding order. */
  all(): User[] {
    const rows = this.#db.prepare('SELECT * FROM users ORDER BY position').all() as UserRow[];

    return rows.map(toUser);
  }

  /** A user by NSID. */
  byNsid(nsid: string): User | undefined {
    const row = this.#db.prepare('SELECT * FROM users WHERE nsid = ?').get(nsid) as
      UserRow | undefined;

    return row === undefined ? undefined : toUser(row);
  }

  /** Case-insensitive lookup, as Flickr's findByUsername does. */
  byUsername(username: string): User | undefined {
    const row = this.#db.prepare('SELECT * FROM users WHERE username = ?').get(username) as
      UserRow | undefined;

    return row === undefined ? undefined : toUser(row);
  }

  /** Resolves an NSID or a path alias. */
  byNsidOrAlias(id: string): User | undefined {
    const row = this.#db
      .prepare('SELECT * FROM users WHERE nsid = ? OR path_alias = ?')
      .get(id, id) as UserRow | undefined;

    return row === undefined ? undefined : toUser(row);
  }
}
