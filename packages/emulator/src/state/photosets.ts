import type { Db } from './database.js';

/** An album ("photoset"). */
export interface Photoset {
  readonly id: string;
  readonly owner: string;
  readonly title: string;
  readonly description: string;
  readonly primary: string;
  readonly dateCreate: number;
  readonly dateUpdate: number;
  readonly views: number;
}

interface SetRow {
  id: string;
  owner: string;
  title: string;
  description: string;
  primary_photo: number;
  date_create: number;
  date_update: number;
  views: number;
}

function toSet(row: SetRow): Photoset {
  return {
    id: row.id,
    owner: row.owner,
    title: row.title,
    description: row.description,
    primary: String(row.primary_photo),
    dateCreate: row.date_create,
    dateUpdate: row.date_update,
    views: row.views,
  };
}

/** Photosets and their ordered photos. */
export class Photosets {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Stores a new album with its cover as the first photo. */
  insert(set: Photoset): void {
    this.#db
      .prepare(
        `INSERT INTO photosets (id, owner, title, description, primary_photo, date_create,
          date_update, views) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        set.id,
        set.owner,
        set.title,
        set.description,
        BigInt(set.primary),
        set.dateCreate,
        set.dateUpdate,
        set.views,
      );
    this.addPhoto(set.id, set.primary);
  }

  /** The album with this id, if any. */
  byId(id: string): Photoset | undefined {
    const row = this.#db.prepare('SELECT * FROM photosets WHERE id = ?').get(id) as
      SetRow | undefined;

    return row === undefined ? undefined : toSet(row);
  }

  /** A user's sets, newest first (Flickr's default order for a new account). */
  forOwner(owner: string): Photoset[] {
    const rows = this.#db
      .prepare('SELECT * FROM photosets WHERE owner = ? ORDER BY date_create DESC, id DESC')
      .all(owner) as SetRow[];

    return rows.map(toSet);
  }

  /** Photo ids of a set in album order. */
  photoIds(setId: string): string[] {
    const rows = this.#db
      .prepare('SELECT photo_id FROM photoset_photos WHERE set_id = ? ORDER BY position')
      .all(setId) as { photo_id: number }[];

    return rows.map((row) => String(row.photo_id));
  }

  /** Sets that contain a photo. */
  setsOfPhoto(photoId: string): Photoset[] {
    const rows = this.#db
      .prepare(
        `SELECT s.* FROM photosets s JOIN photoset_photos p ON p.set_id = s.id
         WHERE p.photo_id = ? ORDER BY s.date_create DESC`,
      )
      .all(BigInt(photoId)) as SetRow[];

    return rows.map(toSet);
  }

  /** Whether the album holds the photo. */
  contains(setId: string, photoId: string): boolean {
    return (
      this.#db
        .prepare('SELECT 1 FROM photoset_photos WHERE set_id = ? AND photo_id = ?')
        .get(setId, BigInt(photoId)) !== undefined
    );
  }

  /** Appends a photo at the end of the set. */
  addPhoto(setId: string, photoId: string): void {
    const row = this.#db
      .prepare('SELECT COALESCE(MAX(position), 0) AS pos FROM photoset_photos WHERE set_id = ?')
      .get(setId) as { pos: number };
    this.#db
      .prepare(
        'INSERT OR IGNORE INTO photoset_photos (set_id, photo_id, position) VALUES (?, ?, ?)',
      )
      .run(setId, BigInt(photoId), row.pos + 1);
  }

  /** Takes a photo out of the album. */
  removePhoto(setId: string, photoId: string): void {
    this.#db
      .prepare('DELETE FROM photoset_photos WHERE set_id = ? AND photo_id = ?')
      .run(setId, BigInt(photoId));
  }

  /** Changes the cover and/or the last-update time. */
  update(setId: string, patch: { primary?: string; dateUpdate?: number }): void {
    if (patch.primary !== undefined) {
      this.#db
        .prepare('UPDATE photosets SET primary_photo = ? WHERE id = ?')
        .run(BigInt(patch.primary), setId);
    }
    if (patch.dateUpdate !== undefined) {
      this.#db
        .prepare('UPDATE photosets SET date_update = ? WHERE id = ?')
        .run(patch.dateUpdate, setId);
    }
  }

  /** Changes the album's title and description. */
  editMeta(setId: string, title: string, description: string, when: number): void {
    this.#db
      .prepare('UPDATE photosets SET title = ?, description = ?, date_update = ? WHERE id = ?')
      .run(title, description, when, setId);
  }

  /** Deletes the album (its photos stay). */
  delete(setId: string): void {
    this.#db.prepare('DELETE FROM photosets WHERE id = ?').run(setId);
  }

  /** Deletes sets left without photos (Flickr removes an album whose last photo goes). */
  deleteEmpty(): void {
    this.#db
      .prepare(
        'DELETE FROM photosets WHERE id NOT IN (SELECT DISTINCT set_id FROM photoset_photos)',
      )
      .run();
  }

  /** Number of photos and videos in a set. */
  counts(setId: string): { photos: number; videos: number } {
    const row = this.#db
      .prepare(
        `SELECT SUM(ph.media = 'photo') AS photos, SUM(ph.media = 'video') AS videos
         FROM photoset_photos p JOIN photos ph ON ph.id = p.photo_id WHERE p.set_id = ?`,
      )
      .get(setId) as { photos: number | null; videos: number | null };

    return { photos: row.photos ?? 0, videos: row.videos ?? 0 };
  }
}
