/**
 * Makes the photos the demo uploads: real PNG files (a colour gradient with grain), so that
 * any server that looks at the bytes, Flickr included, accepts them.
 *
 * @see https://www.w3.org/TR/png-3/ (chunk layout, CRC-32, filter type 0)
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;

  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);

  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);

  return out;
}

/**
 * A `width` x `height` RGB PNG. `hue` (0-359) shifts the colours so that two images differ;
 * `seed` drives the grain, which keeps the file from compressing to nothing.
 */
export function samplePng(width: number, height: number, hue: number, seed = 1): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);

  let state = seed >>> 0 || 1;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x += 1) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const grain = (state >>> 0) % 48;
      const at = row + 1 + x * 3;
      rows[at] = (((x * 255) / width + hue) % 256) ^ grain;
      rows[at + 1] = (((y * 255) / height + hue * 2) % 256) ^ grain;
      rows[at + 2] = ((hue * 3) % 256) ^ grain;
    }
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 1 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
