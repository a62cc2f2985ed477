/**
 * A tiny baseline JPEG encoder for seeded photos. Each 8x8 block is one flat colour, so
 * only DC coefficients are coded: enough for real, decodable JPEG files (any viewer or
 * image library opens them) without shipping binary fixtures.
 */

/** Standard DC luminance Huffman table (ITU T.81 Annex K.3): code counts per length. */
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** An AC table holding only end-of-block, as a one-bit code. */
const AC_BITS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const AC_VALUES = [0];
/** Quantiser 8 everywhere: a DC coefficient is then the block mean minus 128. */
const QUANT = 8;

/** Canonical Huffman codes (ITU T.81 Annex C) for each symbol. */
function huffmanCodes(bits: readonly number[], values: readonly number[]) {
  const codes = new Map<number, { code: number; length: number }>();
  let code = 0;
  let index = 0;
  bits.forEach((count, position) => {
    for (let i = 0; i < count; i += 1) {
      codes.set(values[index] as number, { code, length: position + 1 });
      code += 1;
      index += 1;
    }
    code <<= 1;
  });

  return codes;
}

const DC_CODES = huffmanCodes(DC_BITS, DC_VALUES);

class BitWriter {
  readonly bytes: number[] = [];
  #current = 0;
  #count = 0;

  /** Appends the low `length` bits of `value`, most significant first. */
  write(value: number, length: number): void {
    for (let bit = length - 1; bit >= 0; bit -= 1) {
      this.#current = (this.#current << 1) | ((value >> bit) & 1);
      this.#count += 1;
      if (this.#count === 8) this.#flushByte();
    }
  }

  /** Pads the last byte with one-bits, as T.81 requires. */
  finish(): void {
    while (this.#count !== 0) this.write(1, 1);
  }

  #flushByte(): void {
    this.bytes.push(this.#current);
    // 0xFF in entropy-coded data must be followed by a stuffed zero byte.
    if (this.#current === 0xff) this.bytes.push(0);
    this.#current = 0;
    this.#count = 0;
  }
}

function segment(marker: number, payload: readonly number[]): number[] {
  const length = payload.length + 2;

  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

function encodeDc(writer: BitWriter, diff: number): void {
  const magnitude = Math.abs(diff);
  const category = magnitude === 0 ? 0 : Math.floor(Math.log2(magnitude)) + 1;
  const huffman = DC_CODES.get(category);
  if (huffman === undefined) throw new RangeError(`jpeg: DC difference ${diff} out of range`);
  writer.write(huffman.code, huffman.length);
  if (category > 0) writer.write(diff >= 0 ? diff : (diff - 1) & ((1 << category) - 1), category);
  writer.write(0, 1);
}

/** Colour of one 8x8 block, as RGB bytes. */
export type BlockColour = (blockX: number, blockY: number) => readonly [number, number, number];

/**
 * Encodes a `width` x `height` JPEG (both multiples of 8) whose 8x8 blocks take the
 * colours `colour` gives.
 */
export function encodeBlockJpeg(width: number, height: number, colour: BlockColour): Buffer {
  const header = [
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0, ...new Array<number>(64).fill(QUANT)]),
    ...segment(0xc0, [
      8,
      height >> 8,
      height & 0xff,
      width >> 8,
      width & 0xff,
      3,
      1,
      0x11,
      0,
      2,
      0x11,
      0,
      3,
      0x11,
      0,
    ]),
    ...segment(0xc4, [0x00, ...DC_BITS, ...DC_VALUES, 0x10, ...AC_BITS, ...AC_VALUES]),
    ...segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]),
  ];
  const writer = new BitWriter();
  const previous = [0, 0, 0];
  for (let by = 0; by < height / 8; by += 1) {
    for (let bx = 0; bx < width / 8; bx += 1) {
      const [r, g, b] = colour(bx, by);
      const ycc = [
        0.299 * r + 0.587 * g + 0.114 * b,
        128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
        128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
      ];
      ycc.forEach((value, component) => {
        const dc = Math.max(-128, Math.min(127, Math.round(value - 128)));
        encodeDc(writer, dc - (previous[component] as number));
        previous[component] = dc;
      });
    }
  }
  writer.finish();

  return Buffer.from([...header, ...writer.bytes, 0xff, 0xd9]);
}
