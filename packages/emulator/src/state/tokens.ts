import type { Db } from './database.js';
import { flickrToken, secureHex } from './random.js';

/** Flickr's permission levels, weakest first. */
export const PERMS = ['none', 'read', 'write', 'delete'] as const;

/** A permission level. */
export type Perms = (typeof PERMS)[number];

/** True when `granted` is at least `required` (a delete token may also write and read). */
export function permsAllow(granted: Perms, required: Perms): boolean {
  return PERMS.indexOf(granted) >= PERMS.indexOf(required);
}

/** Parses a perms string from a request; `undefined` when it is not a level. */
export function parsePerms(value: string | undefined): Perms | undefined {
  return PERMS.find((level) => level === value);
}

/** Where a request token is in the authorization dance. */
export type RequestTokenState = 'pending' | 'authorized' | 'declined' | 'used';

/** A stored request or access token. */
export interface TokenRecord {
  readonly token: string;
  readonly secret: string;
  readonly kind: 'request' | 'access';
  readonly consumerKey: string;
  readonly callback: string | null;
  readonly verifier: string | null;
  readonly perms: Perms | null;
  readonly userNsid: string | null;
  readonly state: RequestTokenState | 'active';
  readonly created: number;
  readonly expires: number | null;
}

interface TokenRow {
  token: string;
  secret: string;
  kind: 'request' | 'access';
  consumer_key: string;
  callback: string | null;
  verifier: string | null;
  perms: Perms | null;
  user_nsid: string | null;
  state: RequestTokenState | 'active';
  created: number;
  expires: number | null;
}

function toRecord(row: TokenRow): TokenRecord {
  return {
    token: row.token,
    secret: row.secret,
    kind: row.kind,
    consumerKey: row.consumer_key,
    callback: row.callback,
    verifier: row.verifier,
    perms: row.perms,
    userNsid: row.user_nsid,
    state: row.state,
    created: row.created,
    expires: row.expires,
  };
}

/** Request and access tokens. Times are Unix seconds. */
export class Tokens {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** A request or access token by its public value. */
  find(token: string): TokenRecord | undefined {
    const row = this.#db.prepare('SELECT * FROM tokens WHERE token = ?').get(token) as
      TokenRow | undefined;

    return row === undefined ? undefined : toRecord(row);
  }

  /** Issues a pending request token that expires `ttlSeconds` from `now`. */
  createRequestToken(consumerKey: string, callback: string, now: number, ttlSeconds: number) {
    const token = flickrToken();
    const secret = secureHex(16);
    this.#db
      .prepare(
        `INSERT INTO tokens (token, secret, kind, consumer_key, callback, state, created, expires)
         VALUES (?, ?, 'request', ?, ?, 'pending', ?, ?)`,
      )
      .run(token, secret, consumerKey, callback, now, now + ttlSeconds);

    return { token, secret };
  }

  /** Records the user's approval of a request token with its verifier. */
  authorize(token: string, userNsid: string, perms: Perms, verifier: string): void {
    this.#db
      .prepare(
        `UPDATE tokens SET state = 'authorized', user_nsid = ?, perms = ?, verifier = ?
         WHERE token = ? AND kind = 'request'`,
      )
      .run(userNsid, perms, verifier, token);
  }

  /** Marks a request token declined or used; it can then never be exchanged. */
  retire(token: string, state: 'declined' | 'used'): void {
    this.#db.prepare('UPDATE tokens SET state = ? WHERE token = ?').run(state, token);
  }

  /** Issues an access token for a user with the given permission. */
  createAccessToken(consumerKey: string, userNsid: string, perms: Perms, now: number) {
    const token = flickrToken();
    const secret = secureHex(16);
    this.#db
      .prepare(
        `INSERT INTO tokens (token, secret, kind, consumer_key, perms, user_nsid, state, created)
         VALUES (?, ?, 'access', ?, ?, ?, 'active', ?)`,
      )
      .run(token, secret, consumerKey, perms, userNsid, now);

    return { token, secret };
  }
}
