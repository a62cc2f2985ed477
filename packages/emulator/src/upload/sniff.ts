/** What the first bytes of a file say it is. */
export interface SniffedType {
  readonly format: string;
  readonly mime: string;
  readonly media: 'photo' | 'video';
}

function ascii(bytes: Buffer, start: number, end: number): string {
  return bytes.subarray(start, end).toString('latin1');
}

/**
 * Recognises an upload from its magic bytes, never from its name or part Content-Type
 * (clients send `dummy name` or `image/jpeg` for anything). Covers the formats Flickr
 * takes: JPEG, PNG, GIF, WebP, TIFF, BMP, HEIC/HEIF/AVIF, MP4/MOV/3GP, AVI, MPEG, MKV.
 */
export function sniffType(head: Buffer): SniffedType | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) {
    return { format: 'jpg', mime: 'image/jpeg', media: 'photo' };
  }
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n')
    return { format: 'png', mime: 'image/png', media: 'photo' };
  if (/^GIF8[79]a$/.test(ascii(head, 0, 6)))
    return { format: 'gif', mime: 'image/gif', media: 'photo' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') {
    return { format: 'webp', mime: 'image/webp', media: 'photo' };
  }
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'AVI ') {
    return { format: 'avi', mime: 'video/x-msvideo', media: 'video' };
  }
  if (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*') {
    return { format: 'tiff', mime: 'image/tiff', media: 'photo' };
  }
  if (ascii(head, 0, 2) === 'BM' && head.length >= 26)
    return { format: 'bmp', mime: 'image/bmp', media: 'photo' };
  if (ascii(head, 4, 8) === 'ftyp') return sniffIsoMedia(ascii(head, 8, 12));
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) {
    return { format: 'mkv', mime: 'video/x-matroska', media: 'video' };
  }
  if (
    head.length >= 4 &&
    (head.readUInt32BE(0) === 0x000001ba || head.readUInt32BE(0) === 0x000001b3)
  ) {
    return { format: 'mpg', mime: 'video/mpeg', media: 'video' };
  }

  return undefined;
}

/** ISO base media files: the `ftyp` brand tells HEIC/AVIF stills from MP4/MOV video. */
function sniffIsoMedia(brand: string): SniffedType {
  if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) {
    return { format: 'heic', mime: 'image/heic', media: 'photo' };
  }
  if (brand === 'avif' || brand === 'avis')
    return { format: 'avif', mime: 'image/avif', media: 'photo' };
  if (brand === 'qt  ') return { format: 'mov', mime: 'video/quicktime', media: 'video' };
  if (brand.startsWith('3g')) return { format: '3gp', mime: 'video/3gpp', media: 'video' };

  return { format: 'mp4', mime: 'video/mp4', media: 'video' };
}

/**
 * Reads pixel dimensions from the header of JPEG, PNG, GIF, WebP (VP8/VP8L/VP8X) and
 * BMP files; `undefined` for anything else or a header cut short.
 */
export function sniffDimensions(
  head: Buffer,
  format: string,
): { width: number; height: number } | undefined {
  try {
    if (format === 'png' && head.length >= 24)
      return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
    if (format === 'gif' && head.length >= 10)
      return { width: head.readUInt16LE(6), height: head.readUInt16LE(8) };
    if (format === 'bmp')
      return { width: head.readInt32LE(18), height: Math.abs(head.readInt32LE(22)) };
    if (format === 'webp') return webpDimensions(head);
    if (format === 'jpg') return jpegDimensions(head);
  } catch {
    return undefined;
  }

  return undefined;
}

function webpDimensions(head: Buffer): { width: number; height: number } | undefined {
  const chunk = ascii(head, 12, 16);
  if (chunk === 'VP8X')
    return { width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 };
  if (chunk === 'VP8L') {
    const bits = head.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ')
    return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };

  return undefined;
}

/** Walks JPEG segments to the first start-of-frame marker. */
function jpegDimensions(head: Buffer): { width: number; height: number } | undefined {
  let offset = 2;
  while (offset + 9 < head.length) {
    if (head[offset] !== 0xff) return undefined;
    const marker = head[offset + 1] ?? 0;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame)
      return { width: head.readUInt16BE(offset + 7), height: head.readUInt16BE(offset + 5) };
    offset += 2 + head.readUInt16BE(offset + 2);
  }

  return undefined;
}
