import type { Db } from './database.js';

/** One tag on a photo: `raw` as typed, `tag` in Flickr's clean form. */
export interface Tag {
  readonly id: number;
  readonly photoId: string;
  readonly author: string;
  readonly raw: string;
  readonly tag: string;
  readonly machine: number;
}

/**
 * Flickr's clean form of a tag: lower case, letters and digits only, except machine tags
 * (`namespace:predicate=value`), which keep their shape.
 *
 * @example cleanTag('New York') === 'newyork'
 */
export function cleanTag(raw: string): string {
  if (isMachineTag(raw)) return raw.toLowerCase();

  return raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True for `namespace:predicate=value` tags. */
export function isMachineTag(raw: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*:[A-Za-z_][A-Za-z0-9_]*=.+$/.test(raw);
}

/**
 * Splits a tag string the way Flickr reads `tags` on upload and setTags: separated by
 * spaces, with double quotes around multi-word tags.
 *
 * @example parseTagList('sunset "New York" beach') → ['sunset', 'New York', 'beach']
 */
export function parseTagList(text: string): string[] {
  const tags: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const tag = (match[1] ?? match[2] ?? '').trim();
    if (tag !== '' && cleanTag(tag) !== '' && !tags.includes(tag)) tags.push(tag);
  }

  return tags;
}

interface TagRow {
  id: number;
  photo_id: number;
  author: string;
  raw: string;
  tag: string;
  machine: number;
}

/** Tags table access. */
export class Tags {
  readonly #db: Db;
  readonly #forPhoto;
  readonly #insert;

  constructor(db: Db) {
    this.#db = db;
    this.#forPhoto = db.prepare('SELECT * FROM tags WHERE photo_id = ? ORDER BY id');
    this.#insert = db.prepare(
      'INSERT INTO tags (photo_id, author, raw, tag, machine) VALUES (?, ?, ?, ?, ?)',
    );
  }

  /** The tags of a photo in the order they were added. */
  forPhoto(photoId: string): Tag[] {
    const rows = this.#forPhoto.all(BigInt(photoId)) as TagRow[];

    return rows.map(toTag);
  }

  /** Adds tags not already on the photo (compared in clean form). */
  add(photoId: string, author: string, raws: readonly string[]): void {
    const existing = new Set(this.forPhoto(photoId).map((tag) => tag.tag));
    const insert = this.#insert;
    for (const raw of raws) {
      const clean = cleanTag(raw);
      if (clean === '' || existing.has(clean)) continue;
      existing.add(clean);
      insert.run(BigInt(photoId), author, raw, clean, isMachineTag(raw) ? 1 : 0);
    }
  }

  /** Replaces every tag of the photo. */
  replace(photoId: string, author: string, raws: readonly string[]): void {
    this.#db.prepare('DELETE FROM tags WHERE photo_id = ?').run(BigInt(photoId));
    this.add(photoId, author, raws);
  }

  /** Removes one tag by id; returns false when it is not on any photo. */
  remove(tagId: number): boolean {
    return this.#db.prepare('DELETE FROM tags WHERE id = ?').run(tagId).changes > 0;
  }

  /** One tag by its row id. */
  byId(tagId: number): Tag | undefined {
    const row = this.#db.prepare('SELECT * FROM tags WHERE id = ?').get(tagId) as
      TagRow | undefined;

    return row === undefined ? undefined : toTag(row);
  }
}

function toTag(row: TagRow): Tag {
  return {
    id: row.id,
    photoId: String(row.photo_id),
    author: row.author,
    raw: row.raw,
    tag: row.tag,
    machine: row.machine,
  };
}
