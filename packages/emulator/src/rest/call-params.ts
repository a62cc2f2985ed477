import type { Param } from '../oauth/percent-encode.js';
import { ApiError } from './api-error.js';

/**
 * The merged parameters of one API call (query, Authorization header, body). When a name
 * repeats, the first value wins, as in Flickr's PHP front end reading `$_REQUEST`.
 */
export class CallParams {
  readonly #values = new Map<string, string>();

  constructor(params: readonly Param[]) {
    for (const [name, value] of params) if (!this.#values.has(name)) this.#values.set(name, value);
  }

  get(name: string): string | undefined {
    return this.#values.get(name);
  }

  /** A value that is present and not empty, else `undefined`. */
  text(name: string): string | undefined {
    const value = this.#values.get(name);

    return value === undefined || value === '' ? undefined : value;
  }

  /** A required value; throws the method-specific error when it is missing or empty. */
  require(name: string, error: ApiError): string {
    const value = this.text(name);
    if (value === undefined) throw error;

    return value;
  }

  /**
   * A whole number clamped to [min, max]; `fallback` when absent or not a number (Flickr
   * ignores malformed paging values rather than failing).
   */
  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.text(name);
    const parsed = value === undefined ? Number.NaN : Number.parseInt(value, 10);
    if (!Number.isFinite(parsed)) return fallback;

    return Math.min(max, Math.max(min, parsed));
  }

  /** A comma-separated list, trimmed, empty items dropped. */
  list(name: string): string[] {
    return (this.text(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** Every parameter in first-seen order. */
  entries(): [string, string][] {
    return [...this.#values.entries()];
  }
}

/** Throws `ApiError(code, message)`; a terse helper for method-specific failures. */
export function fail(code: number, message: string): never {
  throw new ApiError(code, message);
}
