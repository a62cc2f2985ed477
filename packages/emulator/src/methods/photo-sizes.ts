import type { Photo } from '../state/photos.js';

/** One of Flickr's size variants. */
export interface SizeSpec {
  readonly label: string;
  /** URL suffix; empty for the 500 px "Medium" size, `o` for the original. */
  readonly suffix: string;
  /** Name in `extras` (`url_sq`, ...); the height/width extras share its ending. */
  readonly extra: string;
  /** Longest edge in pixels; 0 for the original. */
  readonly edge: number;
  readonly square: boolean;
}

/** Flickr's sizes, smallest first. */
export const SIZES: readonly SizeSpec[] = [
  { label: 'Square', suffix: 's', extra: 'url_sq', edge: 75, square: true },
  { label: 'Large Square', suffix: 'q', extra: 'url_q', edge: 150, square: true },
  { label: 'Thumbnail', suffix: 't', extra: 'url_t', edge: 100, square: false },
  { label: 'Small', suffix: 'm', extra: 'url_s', edge: 240, square: false },
  { label: 'Small 320', suffix: 'n', extra: 'url_n', edge: 320, square: false },
  { label: 'Small 400', suffix: 'w', extra: 'url_w', edge: 400, square: false },
  { label: 'Medium', suffix: '', extra: 'url_m', edge: 500, square: false },
  { label: 'Medium 640', suffix: 'z', extra: 'url_z', edge: 640, square: false },
  { label: 'Medium 800', suffix: 'c', extra: 'url_c', edge: 800, square: false },
  { label: 'Large', suffix: 'b', extra: 'url_l', edge: 1024, square: false },
  { label: 'Large 1600', suffix: 'h', extra: 'url_h', edge: 1600, square: false },
  { label: 'Large 2048', suffix: 'k', extra: 'url_k', edge: 2048, square: false },
  { label: 'X-Large 3K', suffix: '3k', extra: 'url_3k', edge: 3072, square: false },
  { label: 'X-Large 4K', suffix: '4k', extra: 'url_4k', edge: 4096, square: false },
  { label: 'X-Large 5K', suffix: '5k', extra: 'url_5k', edge: 5120, square: false },
  { label: 'X-Large 6K', suffix: '6k', extra: 'url_6k', edge: 6144, square: false },
  { label: 'Original', suffix: 'o', extra: 'url_o', edge: 0, square: false },
];

/** Width and height of a size; `undefined` when the original is too small for it. */
export function sizeDimensions(
  photo: Photo,
  size: SizeSpec,
): { width: number; height: number } | undefined {
  const longest = Math.max(photo.width, photo.height);
  if (size.edge === 0) return { width: photo.width, height: photo.height };
  if (size.square) return { width: size.edge, height: size.edge };
  // Without known dimensions (some videos), only the thumbnails are offered.
  if (longest === 0) return size.edge <= 240 ? { width: size.edge, height: size.edge } : undefined;
  if (size.edge > longest && size.edge > 500) return undefined;
  const scale = Math.min(1, size.edge / longest);

  return { width: Math.round(photo.width * scale), height: Math.round(photo.height * scale) };
}

/**
 * URL of a size on the emulator, shaped like live.staticflickr.com's:
 * `{base}/{server}/{id}_{secret}_{suffix}.jpg`, no suffix for Medium, and
 * `{id}_{originalsecret}_o.{format}` for the original.
 */
export function imageUrl(baseUrl: string, photo: Photo, size: SizeSpec): string {
  if (size.suffix === 'o') {
    const name = `${photo.id}_${photo.originalsecret}_o.${photo.originalFormat}`;
    return `${baseUrl}/${photo.server}/${name}`;
  }
  const suffix = size.suffix === '' ? '' : `_${size.suffix}`;

  return `${baseUrl}/${photo.server}/${photo.id}_${photo.secret}${suffix}.jpg`;
}

/** The photo's page on the emulator (`/photos/{alias-or-nsid}/{id}/`). */
export function photoPageUrl(baseUrl: string, photo: Photo, alias: string | null): string {
  return `${baseUrl}/photos/${alias ?? photo.owner}/${photo.id}/`;
}
