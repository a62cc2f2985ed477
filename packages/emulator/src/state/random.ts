import { randomBytes, randomInt } from 'node:crypto';

/** A deterministic pseudo-random source (mulberry32), so one seed gives one world. */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('SeededRandom.pick: empty list');

    return item;
  }

  /** `length` lower-case hex digits. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += this.int(0, 15).toString(16);

    return out;
  }
}

/** `length` unpredictable lower-case hex digits, for secrets, tokens and verifiers. */
export function secureHex(length: number): string {
  return randomBytes(Math.ceil(length / 2))
    .toString('hex')
    .slice(0, length);
}

/** `digits` unpredictable decimal digits (leading digit non-zero). */
export function secureDigits(digits: number): string {
  let out = String(randomInt(1, 10));
  while (out.length < digits) out += String(randomInt(0, 10));

  return out;
}

/**
 * A token in Flickr's shape: a 17-digit number starting `72157`, a dash, 16 hex digits,
 * e.g. `72157626737672178-022bbd2f4c2f3432`.
 */
export function flickrToken(): string {
  return `72157${secureDigits(12)}-${secureHex(16)}`;
}
