/**
 * URLs of photos, their pages, photostreams, profiles, albums and buddy icons, built from the
 * fields Flickr returns (`id`, `server`, `secret`, `originalsecret`, `originalformat`, ...).
 *
 * @see https://www.flickr.com/services/api/misc.urls.html
 */
import { FlickrUsageError } from '../errors.js';

/**
 * Size suffixes of image URLs, smallest first. `''` is the 500 px image, which has no suffix.
 * The sizes marked `*` in Flickr's table (`h` and larger) have their own secret, which only
 * `photos.getSizes` or the `url_*` extras reveal; built with the shared secret they may 404.
 */
export const SIZE_SUFFIXES = [
  's', 'q', 't', 'm', 'n', 'w', '', 'z', 'c', 'b', 'h', 'k', '3k', '4k', 'f', '5k', '6k',
] as const;

/** A size suffix of an image URL; see {@link SIZE_SUFFIXES}. The original is separate. */
export type SizeSuffix = (typeof SIZE_SUFFIXES)[number];

/** The `extras` field that carries the URL of each size (`url_m` is the 500 px image). */
export const EXTRAS_URL_FIELDS: Readonly<Record<SizeSuffix | 'o', string>> = {
  s: 'url_sq', q: 'url_q', t: 'url_t', m: 'url_s', n: 'url_n', w: 'url_w', '': 'url_m',
  z: 'url_z', c: 'url_c', b: 'url_l', h: 'url_h', k: 'url_k', '3k': 'url_3k', '4k': 'url_4k',
  f: 'url_f', '5k': 'url_5k', '6k': 'url_6k', o: 'url_o',
};

/** A field as Flickr sends it: text in XML, text or number in JSON. */
type Field = string | number;

/** The fields of a photo that image URLs need, as in search results or `photos.getInfo`. */
export interface PhotoUrlFields {
  readonly id: Field;
  readonly server: Field;
  readonly secret: string;
  /** Only used with `{ legacyFarmHost: true }`. */
  readonly farm?: Field;
}

/** The fields the original image needs (extras `original_format`, or `photos.getInfo`). */
export interface OriginalUrlFields {
  readonly id: Field;
  readonly server: Field;
  readonly originalsecret: string;
  readonly originalformat: string;
  readonly farm?: Field;
}

/** Where image URLs point. */
export interface ImageHostOptions {
  /**
   * Base URL of the image host, for example an emulator's URL.
   * Default `https://live.staticflickr.com`.
   */
  readonly staticBase?: string;
  /** Use the legacy `https://farm{farm}.staticflickr.com` host. Default `false`. */
  readonly legacyFarmHost?: boolean;
}

/** Where page URLs point. */
export interface WebHostOptions {
  /** Base URL of the web site, for example an emulator's URL. Default `https://www.flickr.com`. */
  readonly webBase?: string;
}

const DEFAULT_STATIC = 'https://live.staticflickr.com';
const DEFAULT_WEB = 'https://www.flickr.com';
/** Flickr's generic buddy icon, for users who never set one (`iconserver` 0). */
export const DEFAULT_BUDDY_ICON = 'https://www.flickr.com/images/buddyicon.gif';

function required(where: string, name: string, value: Field | undefined): string {
  const text = value === undefined ? '' : String(value).trim();
  if (text === '') {
    throw new FlickrUsageError(`${where}: "${name}" is missing; expected the field from Flickr`);
  }

  return encodeURIComponent(text);
}

function stripSlash(base: string): string {
  return base.endsWith('/') ? base.slice(0, -1) : base;
}

function imageBase(where: string, farm: Field | undefined, options: ImageHostOptions): string {
  if (options.legacyFarmHost === true) {
    return `https://farm${required(where, 'farm', farm)}.staticflickr.com`;
  }

  return stripSlash(options.staticBase ?? DEFAULT_STATIC);
}

/**
 * The URL of a photo's image at one size.
 *
 * @param size - A {@link SizeSuffix}; default `''` (500 px on the longest edge).
 * @throws {@link FlickrUsageError} for an unknown suffix (use {@link originalImageUrl} for `o`).
 * @example
 * ```ts
 * photoImageUrl({ id: '12502775644', server: '7372', secret: 'acfd415fa7' }, 'w');
 * // 'https://live.staticflickr.com/7372/12502775644_acfd415fa7_w.jpg'
 * ```
 */
export function photoImageUrl(
  photo: PhotoUrlFields,
  size: SizeSuffix = '',
  options: ImageHostOptions = {},
): string {
  const where = 'photoImageUrl';
  if (!(SIZE_SUFFIXES as readonly string[]).includes(size)) {
    const hint = (size as string) === 'o' ? '; use originalImageUrl for the original' : '';
    throw new FlickrUsageError(
      `${where}: unknown size suffix ${JSON.stringify(size)}; ` +
        `expected one of ${SIZE_SUFFIXES.map((s) => JSON.stringify(s)).join(', ')}${hint}`,
    );
  }
  const base = imageBase(where, photo.farm, options);
  const server = required(where, 'server', photo.server);
  const id = required(where, 'id', photo.id);
  const secret = required(where, 'secret', photo.secret);
  const suffix = size === '' ? '' : `_${size}`;

  return `${base}/${server}/${id}_${secret}${suffix}.jpg`;
}

/**
 * The URL of a photo's original file, in its original format.
 *
 * @example
 * ```ts
 * originalImageUrl({ id: '1', server: '2', originalsecret: 'ab12', originalformat: 'png' });
 * // 'https://live.staticflickr.com/2/1_ab12_o.png'
 * ```
 */
export function originalImageUrl(photo: OriginalUrlFields, options: ImageHostOptions = {}): string {
  const where = 'originalImageUrl';
  const base = imageBase(where, photo.farm, options);
  const server = required(where, 'server', photo.server);
  const id = required(where, 'id', photo.id);
  const secret = required(where, 'originalsecret', photo.originalsecret);
  const format = required(where, 'originalformat', photo.originalformat);

  return `${base}/${server}/${id}_${secret}_o.${format}`;
}

/**
 * The page of a photo on the web site.
 *
 * @param user - The owner's NSID or path alias.
 * @example
 * ```ts
 * photoPageUrl('21207597@N07', '12502775644');
 * // 'https://www.flickr.com/photos/21207597@N07/12502775644/'
 * ```
 */
export function photoPageUrl(user: string, photoId: Field, options: WebHostOptions = {}): string {
  const where = 'photoPageUrl';
  const base = stripSlash(options.webBase ?? DEFAULT_WEB);

  return `${base}/photos/${userPart(where, user)}/${required(where, 'photo id', photoId)}/`;
}

/** A user's photostream, for example `https://www.flickr.com/photos/21207597@N07/`. */
export function photostreamUrl(user: string, options: WebHostOptions = {}): string {
  const base = stripSlash(options.webBase ?? DEFAULT_WEB);

  return `${base}/photos/${userPart('photostreamUrl', user)}/`;
}

/** A user's profile, for example `https://www.flickr.com/people/21207597@N07/`. */
export function profileUrl(user: string, options: WebHostOptions = {}): string {
  const base = stripSlash(options.webBase ?? DEFAULT_WEB);

  return `${base}/people/${userPart('profileUrl', user)}/`;
}

/**
 * An album (photoset), for example `https://www.flickr.com/photos/21207597@N07/albums/72157`.
 * Flickr serves the same page under `/sets/`; `/albums/` is the current form.
 */
export function albumUrl(user: string, photosetId: Field, options: WebHostOptions = {}): string {
  const where = 'albumUrl';
  const base = stripSlash(options.webBase ?? DEFAULT_WEB);

  const id = required(where, 'photoset id', photosetId);

  return `${base}/photos/${userPart(where, user)}/albums/${id}`;
}

/** The fields a buddy icon needs, as in `people.getInfo` (`<person nsid iconserver iconfarm>`). */
export interface BuddyIconFields {
  readonly nsid: string;
  readonly iconserver: Field;
  readonly iconfarm: Field;
}

/**
 * A user's buddy icon, or Flickr's default icon when the user has none (`iconserver` 0).
 *
 * @example
 * ```ts
 * buddyIconUrl({ nsid: '21207597@N07', iconserver: '5', iconfarm: 1 });
 * // 'https://farm1.staticflickr.com/5/buddyicons/21207597@N07.jpg'
 * ```
 */
export function buddyIconUrl(person: BuddyIconFields): string {
  const where = 'buddyIconUrl';
  if (Number(person.iconserver) === 0) return DEFAULT_BUDDY_ICON;
  const farm = required(where, 'iconfarm', person.iconfarm);
  const server = required(where, 'iconserver', person.iconserver);

  const nsid = userPart(where, person.nsid);

  return `https://farm${farm}.staticflickr.com/${server}/buddyicons/${nsid}.jpg`;
}

function userPart(where: string, user: string): string {
  // NSIDs hold "@", which Flickr's own links leave as it is.
  return required(where, 'user', user).replaceAll('%40', '@');
}
