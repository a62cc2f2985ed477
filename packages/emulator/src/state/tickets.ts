import type { Db } from './database.js';

/** Upload ticket status: still processing (checkTickets `complete="0"`). */
export const TICKET_PENDING = 0;
/** Upload ticket status: the photo is stored (`complete="1"`, with `photoid`). */
export const TICKET_COMPLETE = 1;
/** Upload ticket status: processing failed (`complete="2"`). */
export const TICKET_FAILED = 2;

/** An asynchronous upload ticket. */
export interface Ticket {
  readonly id: string;
  readonly owner: string;
  readonly photoId: string | null;
  readonly status: number;
}

/** Asynchronous upload tickets. */
export class Tickets {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Opens a pending ticket and returns its id. */
  open(owner: string, now: number): string {
    const row = this.#db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM tickets').get() as {
      id: number;
    };
    // Ticket numbers start at 100001 and grow by one, like a database sequence.
    const id = row.id === 0 ? 100_001 : row.id + 1;
    this.#db
      .prepare('INSERT INTO tickets (id, owner, status, created) VALUES (?, ?, ?, ?)')
      .run(id, owner, TICKET_PENDING, now);

    return String(id);
  }

  /** Closes a ticket as complete (with its photo) or failed. */
  close(id: string, photoId: string | null): void {
    const status = photoId === null ? TICKET_FAILED : TICKET_COMPLETE;
    this.#db
      .prepare('UPDATE tickets SET status = ?, photo_id = ? WHERE id = ?')
      .run(status, photoId === null ? null : BigInt(photoId), Number(id));
  }

  /** A ticket by id; `undefined` for unknown or malformed ids. */
  byId(id: string): Ticket | undefined {
    if (!/^\d{1,15}$/.test(id)) return undefined;
    const row = this.#db.prepare('SELECT * FROM tickets WHERE id = ?').get(Number(id)) as
      { id: number; owner: string; photo_id: number | null; status: number } | undefined;
    if (row === undefined) return undefined;

    return {
      id: String(row.id),
      owner: row.owner,
      photoId: row.photo_id === null ? null : String(row.photo_id),
      status: row.status,
    };
  }
}
