import type { CallContext } from '../rest/call-context.js';
import { fail } from '../rest/call-params.js';
import type { PhotoQuery, PhotoSort } from '../state/photo-search.js';
import { cleanTag } from '../state/tags.js';
import { readTakenDate, readUnixDate, resolveUser } from './access.js';

const SORTS: readonly PhotoSort[] = [
  'date-posted-desc',
  'date-posted-asc',
  'date-taken-desc',
  'date-taken-asc',
  'interestingness-desc',
  'interestingness-asc',
];

/** Arguments about places, groups and galleries: none of the emulator's photos have any. */
const NEVER_MATCHING = [
  'group_id',
  'woe_id',
  'place_id',
  'bbox',
  'lat',
  'is_commons',
  'in_gallery',
  'is_getty',
] as const;

/** Arguments that make a search specific enough for Flickr to run it. */
const NARROWING = [
  'user_id',
  'tags',
  'text',
  'min_upload_date',
  'max_upload_date',
  'min_taken_date',
  'max_taken_date',
  'machine_tags',
  ...NEVER_MATCHING,
  'has_geo',
] as const;

/** content_type 1-7 as Flickr defines it: combinations of photo (1), screenshot (2), other (3). */
const CONTENT_TYPES: Readonly<Record<string, readonly number[]>> = {
  '1': [1],
  '2': [2],
  '3': [3],
  '4': [1, 2],
  '5': [2, 3],
  '6': [1, 3],
  '7': [1, 2, 3],
};

function contentTypes(call: CallContext): number[] | undefined {
  const list = call.params.list('content_types');
  if (list.length > 0) return list.map(Number).filter((n) => n >= 0 && n <= 3);
  const single = call.params.text('content_type');

  return single === undefined ? undefined : [...(CONTENT_TYPES[single] ?? [])];
}

/** Reads the date filters shared by search and people.getPhotos. */
export function dateFilters(call: CallContext) {
  const { params } = call;

  return {
    minUpload: readUnixDate(params.text('min_upload_date')) ?? undefined,
    maxUpload: readUnixDate(params.text('max_upload_date')) ?? undefined,
    minTaken: readTakenDate(params.text('min_taken_date')) ?? undefined,
    maxTaken: readTakenDate(params.text('max_taken_date')) ?? undefined,
    contentTypes: contentTypes(call),
    privacy:
      params.text('privacy_filter') === undefined
        ? undefined
        : params.int('privacy_filter', 0, 0, 5),
  };
}

/** The media filter: `photos`, `videos` or `all` (default). */
export function mediaFilter(value: string | undefined): 'photo' | 'video' | undefined {
  if (value === 'photos') return 'photo';
  if (value === 'videos') return 'video';

  return undefined;
}

/**
 * Turns flickr.photos.search arguments into a photo query, with Flickr's errors for a
 * parameterless search (3), an unknown user (2) and too many tags in an ALL query (1).
 * Returns `undefined` when the search asks for places, groups or galleries, which no
 * emulated photo belongs to.
 */
export function searchQuery(call: CallContext): Omit<PhotoQuery, 'page' | 'perPage'> | undefined {
  const { params } = call;
  if (!NARROWING.some((name) => params.text(name) !== undefined)) {
    fail(
      3,
      'Parameterless searches have been disabled. Please use flickr.photos.getRecent instead.',
    );
  }
  let owner: string | undefined;
  const userId = params.text('user_id');
  if (userId !== undefined) {
    owner = resolveUser(call, userId)?.nsid;
    if (owner === undefined) fail(2, 'Unknown user');
  }
  const tags = [...params.list('tags'), ...params.list('machine_tags')]
    .map(cleanTag)
    .filter((t) => t !== '');
  const tagMode = params.text('tag_mode') === 'all' ? 'all' : 'any';
  if (tagMode === 'all' && tags.length > 20) fail(1, 'Too many tags in ALL query');
  if (
    NEVER_MATCHING.some((name) => params.text(name) !== undefined) ||
    params.text('has_geo') === '1'
  ) {
    return undefined;
  }
  const sort = SORTS.find((candidate) => candidate === params.text('sort')) ?? 'date-posted-desc';

  return {
    viewer: call.user?.nsid,
    owner,
    text: params.text('text'),
    tags,
    tagMode,
    ...dateFilters(call),
    media: mediaFilter(params.text('media')),
    maxSafety: safeSearch(call),
    hideHidden: owner === undefined,
    sort,
  };
}

/**
 * The `safe_search` level as a stored safety level: 1 safe, 2 moderate, 3 restricted.
 * Anonymous callers only ever see safe content, as on Flickr; signed-in callers default
 * to safe too.
 */
function safeSearch(call: CallContext): number {
  const asked = call.params.int('safe_search', 1, 1, 3);

  return call.user === undefined ? 0 : asked - 1;
}
