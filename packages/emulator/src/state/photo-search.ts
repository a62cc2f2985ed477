import type { Db } from './database.js';
import { rowToPhoto, type Photo } from './photos.js';

/** Orders Flickr offers for photo lists, plus the list-specific ones. */
export type PhotoSort =
  | 'date-posted-desc'
  | 'date-posted-asc'
  | 'date-taken-desc'
  | 'date-taken-asc'
  | 'interestingness-desc'
  | 'interestingness-asc'
  | 'last-update-desc'
  | 'fave-date-desc'
  | 'set-order';

/**
 * A photo list request; every filter is optional. Dates are Unix seconds or
 * `YYYY-MM-DD HH:MM:SS`.
 */
export interface PhotoQuery {
  /** Who is looking: decides which private photos are visible. */
  readonly viewer?: string | undefined;
  readonly owner?: string | undefined;
  /** Words matched against title, description and tags. */
  readonly text?: string | undefined;
  /** Clean tags; `all` requires every one, `any` (default) one of them. */
  readonly tags?: readonly string[] | undefined;
  readonly tagMode?: 'any' | 'all' | undefined;
  readonly minUpload?: number | undefined;
  readonly maxUpload?: number | undefined;
  readonly minTaken?: string | undefined;
  readonly maxTaken?: string | undefined;
  readonly minUpdated?: number | undefined;
  readonly media?: 'photo' | 'video' | undefined;
  /** Flickr's privacy_filter: 1 public, 2 friends, 3 family, 4 friends and family, 5 private. */
  readonly privacy?: number | undefined;
  readonly contentTypes?: readonly number[] | undefined;
  /** Only public photos, whoever looks (people.getPublicPhotos). */
  readonly publicOnly?: boolean | undefined;
  /**
   * Highest stored safety level (0 safe, 1 moderate, 2 restricted) shown of other people's
   * photos; the viewer's own photos are never filtered.
   */
  readonly maxSafety?: number | undefined;
  /** Leave out other people's photos hidden from public searches (`hidden=2`). */
  readonly hideHidden?: boolean | undefined;
  readonly favoritesOf?: string | undefined;
  readonly inSet?: string | undefined;
  readonly notInSet?: boolean | undefined;
  readonly untagged?: boolean | undefined;
  readonly minFaved?: number | undefined;
  readonly maxFaved?: number | undefined;
  readonly sort?: PhotoSort | undefined;
  readonly page: number;
  readonly perPage: number;
}

/** One page of a photo list and the total number of matches. */
export interface PhotoPage {
  readonly total: number;
  readonly photos: Photo[];
  /** When each photo was faved, for favourites lists. */
  readonly favedDates?: ReadonlyMap<string, number>;
}

const ORDER: Readonly<Record<PhotoSort, string>> = {
  'date-posted-desc': 'p.date_posted DESC, p.id DESC',
  'date-posted-asc': 'p.date_posted ASC, p.id ASC',
  'date-taken-desc': 'p.date_taken DESC, p.id DESC',
  'date-taken-asc': 'p.date_taken ASC, p.id ASC',
  'interestingness-desc': 'p.views DESC, p.id DESC',
  'interestingness-asc': 'p.views ASC, p.id ASC',
  'last-update-desc': 'p.date_updated DESC, p.id DESC',
  'fave-date-desc': 'f.date_faved DESC, p.id DESC',
  'set-order': 'sp.position ASC',
};

/** SQL condition: the viewer may see the photo (public, own, or shared with them). */
function visibility(viewer: string | undefined, args: unknown[]): string {
  if (viewer === undefined) return 'p.is_public = 1';
  args.push(viewer, viewer);

  return `(p.is_public = 1 OR p.owner = ? OR EXISTS (SELECT 1 FROM contacts c
    WHERE c.owner = p.owner AND c.contact = ? AND
    ((c.friend = 1 AND p.is_friend = 1) OR (c.family = 1 AND p.is_family = 1))))`;
}

const PRIVACY: Readonly<Record<number, string>> = {
  1: 'p.is_public = 1',
  2: 'p.is_public = 0 AND p.is_friend = 1 AND p.is_family = 0',
  3: 'p.is_public = 0 AND p.is_friend = 0 AND p.is_family = 1',
  4: 'p.is_public = 0 AND p.is_friend = 1 AND p.is_family = 1',
  5: 'p.is_public = 0 AND p.is_friend = 0 AND p.is_family = 0',
};

function textCondition(text: string, args: unknown[]): string {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, 10);

  return words
    .map((word) => {
      const like = `%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      args.push(like, like, word.replace(/[^\p{L}\p{N}]/gu, ''));
      return `(lower(p.title) LIKE ? ESCAPE '\\' OR lower(p.description) LIKE ? ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM tags t WHERE t.photo_id = p.id AND t.tag = ?))`;
    })
    .join(' AND ');
}

function tagCondition(tags: readonly string[], mode: 'any' | 'all', args: unknown[]): string {
  const marks = tags.map(() => '?').join(', ');
  args.push(...tags);
  if (mode === 'any') {
    return `EXISTS (SELECT 1 FROM tags t WHERE t.photo_id = p.id AND t.tag IN (${marks}))`;
  }
  args.push(tags.length);

  return `(SELECT COUNT(DISTINCT t.tag) FROM tags t
    WHERE t.photo_id = p.id AND t.tag IN (${marks})) = ?`;
}

/**
 * Runs a photo list query: visibility for the viewer first, then the filters, the sort
 * and Flickr's paging (`page` is 1-based; a page past the end is empty).
 */
export function searchPhotos(db: Db, query: PhotoQuery): PhotoPage {
  const args: unknown[] = [];
  const joins: string[] = [];
  const where: string[] = [];
  if (query.favoritesOf !== undefined) {
    joins.push('JOIN favorites f ON f.photo_id = p.id AND f.user = ?');
    args.push(query.favoritesOf);
  }
  if (query.inSet !== undefined) {
    joins.push('JOIN photoset_photos sp ON sp.photo_id = p.id AND sp.set_id = ?');
    args.push(query.inSet);
  }
  where.push(query.publicOnly === true ? 'p.is_public = 1' : visibility(query.viewer, args));
  const add = (condition: string, ...values: unknown[]) => {
    where.push(condition);
    args.push(...values);
  };
  if (query.owner !== undefined) add('p.owner = ?', query.owner);
  if (query.maxSafety !== undefined) {
    add('(p.safety_level <= ? OR p.owner = ?)', query.maxSafety, query.viewer ?? '');
  }
  if (query.hideHidden === true) add('(p.hidden <> 2 OR p.owner = ?)', query.viewer ?? '');
  if (query.text !== undefined && query.text.trim() !== '')
    where.push(textCondition(query.text, args));
  if (query.tags !== undefined && query.tags.length > 0) {
    where.push(tagCondition(query.tags, query.tagMode ?? 'any', args));
  }
  if (query.minUpload !== undefined) add('p.date_posted >= ?', query.minUpload);
  if (query.maxUpload !== undefined) add('p.date_posted <= ?', query.maxUpload);
  if (query.minTaken !== undefined) add('p.date_taken >= ?', query.minTaken);
  if (query.maxTaken !== undefined) add('p.date_taken <= ?', query.maxTaken);
  if (query.minUpdated !== undefined) add('p.date_updated >= ?', query.minUpdated);
  if (query.minFaved !== undefined) add('f.date_faved >= ?', query.minFaved);
  if (query.maxFaved !== undefined) add('f.date_faved <= ?', query.maxFaved);
  if (query.media !== undefined) add('p.media = ?', query.media);
  const privacy = query.privacy === undefined ? undefined : PRIVACY[query.privacy];
  if (privacy !== undefined) where.push(privacy);
  if (query.contentTypes !== undefined && query.contentTypes.length > 0) {
    where.push(`p.content_type IN (${query.contentTypes.map(() => '?').join(', ')})`);
    args.push(...query.contentTypes);
  }
  if (query.notInSet === true) {
    where.push('NOT EXISTS (SELECT 1 FROM photoset_photos s2 WHERE s2.photo_id = p.id)');
  }
  if (query.untagged === true)
    where.push('NOT EXISTS (SELECT 1 FROM tags t2 WHERE t2.photo_id = p.id)');

  const from = `FROM photos p ${joins.join(' ')} WHERE ${where.join(' AND ')}`;
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...args) as { n: number }).n;
  const order = ORDER[query.sort ?? 'date-posted-desc'];
  const offset = (query.page - 1) * query.perPage;
  const select = query.favoritesOf !== undefined ? 'p.*, f.date_faved AS faved' : 'p.*';
  const rows = db
    .prepare(`SELECT ${select} ${from} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...args, query.perPage, offset) as Record<string, unknown>[];
  const photos = rows.map(rowToPhoto);
  if (query.favoritesOf === undefined) return { total, photos };

  return {
    total,
    photos,
    favedDates: new Map(rows.map((row) => [String(row.id), Number(row.faved)])),
  };
}
