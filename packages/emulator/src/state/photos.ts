import type { Db } from './database.js';

/** A stored photo or video. Ids are decimal strings, as Flickr's API carries them. */
export interface Photo {
  readonly id: string;
  readonly owner: string;
  readonly secret: string;
  readonly originalsecret: string;
  readonly server: string;
  readonly farm: number;
  readonly title: string;
  readonly description: string;
  readonly isPublic: number;
  readonly isFriend: number;
  readonly isFamily: number;
  readonly safetyLevel: number;
  readonly contentType: number;
  readonly hidden: number;
  readonly media: 'photo' | 'video';
  readonly originalFormat: string;
  readonly mime: string;
  readonly width: number;
  readonly height: number;
  /** Path of the original file, relative to the data folder. */
  readonly file: string;
  readonly fileSize: number;
  readonly sha1: string;
  readonly datePosted: number;
  /** `YYYY-MM-DD HH:MM:SS`, as Flickr reports `datetaken`. */
  readonly dateTaken: string;
  readonly dateUpdated: number;
  readonly views: number;
  readonly license: number;
}

const COLUMNS: readonly (readonly [keyof Photo, string])[] = [
  ['id', 'id'],
  ['owner', 'owner'],
  ['secret', 'secret'],
  ['originalsecret', 'originalsecret'],
  ['server', 'server'],
  ['farm', 'farm'],
  ['title', 'title'],
  ['description', 'description'],
  ['isPublic', 'is_public'],
  ['isFriend', 'is_friend'],
  ['isFamily', 'is_family'],
  ['safetyLevel', 'safety_level'],
  ['contentType', 'content_type'],
  ['hidden', 'hidden'],
  ['media', 'media'],
  ['originalFormat', 'original_format'],
  ['mime', 'mime'],
  ['width', 'width'],
  ['height', 'height'],
  ['file', 'file'],
  ['fileSize', 'file_size'],
  ['sha1', 'sha1'],
  ['datePosted', 'date_posted'],
  ['dateTaken', 'date_taken'],
  ['dateUpdated', 'date_updated'],
  ['views', 'views'],
  ['license', 'license'],
];

/** Converts a `photos` row (snake_case, integer id) to a `Photo`. */
export function rowToPhoto(row: Record<string, unknown>): Photo {
  const photo: Record<string, unknown> = {};
  for (const [field, column] of COLUMNS) photo[field] = row[column];
  photo.id = String(row.id);

  return photo as unknown as Photo;
}

/** Editable fields of a photo. */
export type PhotoPatch = Partial<
  Pick<
    Photo,
    | 'title'
    | 'description'
    | 'isPublic'
    | 'isFriend'
    | 'isFamily'
    | 'safetyLevel'
    | 'contentType'
    | 'hidden'
    | 'secret'
    | 'originalsecret'
    | 'originalFormat'
    | 'mime'
    | 'width'
    | 'height'
    | 'file'
    | 'fileSize'
    | 'sha1'
    | 'media'
    | 'dateUpdated'
  >
>;

/** Photos table access (search lives in `photo-search.ts`). */
export class Photos {
  readonly #db: Db;
  readonly #insert;

  constructor(db: Db) {
    this.#db = db;
    const columns = COLUMNS.map(([, column]) => column);
    this.#insert = db.prepare(
      `INSERT INTO photos (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
  }

  /** Stores a new photo row. */
  insert(photo: Photo): void {
    this.#insert.run(...COLUMNS.map(([field]) => photo[field]));
  }

  /** The photo with this id; `undefined` for unknown or malformed ids. */
  byId(id: string): Photo | undefined {
    // Flickr ids fit SQLite's signed 64-bit integers; anything longer cannot exist.
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const row = this.#db.prepare('SELECT * FROM photos WHERE id = ?').get(BigInt(id)) as
      Record<string, unknown> | undefined;

    return row === undefined ? undefined : rowToPhoto(row);
  }

  /** The largest photo id in use, so new ids keep growing like Flickr's. */
  maxId(): number {
    const row = this.#db.prepare('SELECT MAX(id) AS id FROM photos').get() as { id: number | null };

    return row.id ?? 0;
  }

  /** Changes the given fields of a photo. */
  update(id: string, patch: PhotoPatch): void {
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [field, column] of COLUMNS) {
      if (!(field in patch)) continue;
      sets.push(`${column} = ?`);
      values.push(patch[field as keyof PhotoPatch]);
    }
    if (sets.length === 0) return;
    this.#db
      .prepare(`UPDATE photos SET ${sets.join(', ')} WHERE id = ?`)
      .run(...values, BigInt(id));
  }

  /** Deletes a photo; tags, favourites and album entries go with it (cascade). */
  delete(id: string): void {
    this.#db.prepare('DELETE FROM photos WHERE id = ?').run(BigInt(id));
  }

  /** A photo of `owner` with the same content hash, for `dedup_check`. */
  duplicateOf(owner: string, sha1: string): string | undefined {
    const row = this.#db
      .prepare('SELECT id FROM photos WHERE owner = ? AND sha1 = ? ORDER BY id LIMIT 1')
      .get(owner, sha1) as { id: number } | undefined;

    return row === undefined ? undefined : String(row.id);
  }

  /** Whether any photo other than `exceptId` still points at `file` (seed images are shared). */
  fileInUse(file: string, exceptId: string): boolean {
    const row = this.#db
      .prepare('SELECT 1 FROM photos WHERE file = ? AND id <> ? LIMIT 1')
      .get(file, BigInt(exceptId));

    return row !== undefined;
  }

  /** Number of photos a user owns. */
  countByOwner(owner: string): number {
    const row = this.#db.prepare('SELECT COUNT(*) AS n FROM photos WHERE owner = ?').get(owner) as {
      n: number;
    };

    return row.n;
  }

  /** Oldest upload date of a user, for people.getInfo's `firstdate`. */
  firstPosted(owner: string): { posted: number | null; taken: string | null } {
    const row = this.#db
      .prepare(
        'SELECT MIN(date_posted) AS posted, MIN(date_taken) AS taken FROM photos WHERE owner = ?',
      )
      .get(owner) as { posted: number | null; taken: string | null };

    return row;
  }
}
