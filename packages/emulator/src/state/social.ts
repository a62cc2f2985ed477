import type { Db } from './database.js';

/** A contact relation as its owner sees it. */
export interface Contact {
  readonly nsid: string;
  readonly friend: number;
  readonly family: number;
}

/** Favourites and contacts. */
export class Social {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Returns false when the photo was already a favourite. */
  addFavorite(user: string, photoId: string, when: number): boolean {
    const result = this.#db
      .prepare('INSERT OR IGNORE INTO favorites (user, photo_id, date_faved) VALUES (?, ?, ?)')
      .run(user, BigInt(photoId), when);

    return result.changes > 0;
  }

  /** Returns false when the photo was not a favourite. */
  removeFavorite(user: string, photoId: string): boolean {
    const result = this.#db
      .prepare('DELETE FROM favorites WHERE user = ? AND photo_id = ?')
      .run(user, BigInt(photoId));

    return result.changes > 0;
  }

  /** Whether `user` has faved the photo. */
  isFavorite(user: string, photoId: string): boolean {
    return (
      this.#db
        .prepare('SELECT 1 FROM favorites WHERE user = ? AND photo_id = ?')
        .get(user, BigInt(photoId)) !== undefined
    );
  }

  /** When `user` faved each photo, keyed by photo id. */
  favedDates(user: string): Map<string, number> {
    const rows = this.#db
      .prepare('SELECT photo_id, date_faved FROM favorites WHERE user = ?')
      .all(user) as { photo_id: number; date_faved: number }[];

    return new Map(rows.map((row) => [String(row.photo_id), row.date_faved]));
  }

  /** Makes `contact` a contact of `owner`, marked friend and/or family (0 or 1). */
  addContact(owner: string, contact: string, friend: number, family: number): void {
    this.#db
      .prepare(
        'INSERT OR REPLACE INTO contacts (owner, contact, friend, family) VALUES (?, ?, ?, ?)',
      )
      .run(owner, contact, friend, family);
  }

  /** The contacts of `owner`, ordered by the contact's username. */
  contactsOf(owner: string): Contact[] {
    return this.#db
      .prepare(
        `SELECT c.contact AS nsid, c.friend, c.family FROM contacts c
         JOIN users u ON u.nsid = c.contact WHERE c.owner = ? ORDER BY u.username COLLATE NOCASE`,
      )
      .all(owner) as Contact[];
  }

  /** How `owner` relates to `other`, if at all. */
  relation(owner: string, other: string): Contact | undefined {
    return this.#db
      .prepare(
        'SELECT contact AS nsid, friend, family FROM contacts WHERE owner = ? AND contact = ?',
      )
      .get(owner, other) as Contact | undefined;
  }
}
