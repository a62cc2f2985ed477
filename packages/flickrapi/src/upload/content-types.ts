/**
 * The `Content-Type` of the file part, from the file name's extension. Flickr recognises the
 * file from its bytes and its name's extension (some video files are refused without the
 * right one), so the name is kept as given and the type only follows it.
 */

const BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', jpe: 'image/jpeg', png: 'image/png', gif: 'image/gif',
  tif: 'image/tiff', tiff: 'image/tiff', bmp: 'image/bmp', webp: 'image/webp',
  heic: 'image/heic', heif: 'image/heif', avif: 'image/avif', svg: 'image/svg+xml',
  mp4: 'video/mp4', m4v: 'video/x-m4v', mov: 'video/quicktime', qt: 'video/quicktime',
  avi: 'video/x-msvideo', wmv: 'video/x-ms-wmv', asf: 'video/x-ms-asf', mpg: 'video/mpeg',
  mpeg: 'video/mpeg', mts: 'video/mp2t', m2ts: 'video/mp2t', '3gp': 'video/3gpp',
  '3g2': 'video/3gpp2', ogv: 'video/ogg', ogg: 'video/ogg', webm: 'video/webm',
  mkv: 'video/x-matroska', flv: 'video/x-flv', dv: 'video/x-dv',
};

/** The type sent when the extension is unknown. */
export const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

/**
 * The media type for a file name, by its extension (case-insensitive).
 *
 * @example
 * ```ts
 * contentTypeFor('IMG_0001.MOV'); // 'video/quicktime'
 * ```
 */
export function contentTypeFor(filename: string): string {
  const dot = filename.lastIndexOf('.');
  if (dot < 0) return FALLBACK_CONTENT_TYPE;

  return BY_EXTENSION[filename.slice(dot + 1).toLowerCase()] ?? FALLBACK_CONTENT_TYPE;
}

/**
 * A file name for bytes that came without one, from their first bytes: JPEG, PNG, GIF, TIFF
 * and WebP are recognised. `undefined` when the bytes are none of these.
 */
export function filenameFromMagic(head: Uint8Array): string | undefined {
  const starts = (...bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'photo.jpg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'photo.png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'photo.gif';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'photo.tif';
  if (starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57 && head[9] === 0x45) return 'photo.webp';

  return undefined;
}
