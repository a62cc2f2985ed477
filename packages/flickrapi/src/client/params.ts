/**
 * Turning a call's arguments into the text Flickr expects.
 */
import { FlickrUsageError } from '../errors.js';
import type { MethodInfo } from '../methods/method-info.js';
import type { RequestParam } from '../oauth/base-string.js';

/** A value a method argument accepts. `undefined` (and `null`) are left out. */
export type ParamValue =
  | string
  | number
  | boolean
  | Date
  | readonly (string | number | Date)[]
  | null
  | undefined;

// Parameters the client sets itself; a caller's value would conflict with them.
const RESERVED = new Set(['method', 'format', 'nojsoncallback', 'jsoncallback', 'api_key']);

// How Flickr wants a date, by argument name. Anything else takes Unix seconds.
const MYSQL_DATETIME = new Set(['min_taken_date', 'max_taken_date', 'date_taken', 'taken_dates']);
const DAY = new Set(['date', 'date_until']);

// Paging arguments: Flickr silently replaces 0, negative or fractional values by its default.
const PAGING = new Set(['page', 'per_page']);

/**
 * Checks a call's arguments against the method and writes them as `[name, value]` text pairs,
 * `method` first:
 * - `undefined` and `null` are left out (never sent as text);
 * - booleans become `1` / `0`;
 * - numbers are written in decimal, never in exponent notation;
 * - arrays are comma-joined;
 * - a `Date` becomes Unix seconds, except for `min_taken_date`, `max_taken_date`,
 *   `date_taken` and `taken_dates` (MySQL datetime `YYYY-MM-DD HH:MM:SS`, UTC) and for `date`
 *   and `date_until` (`YYYY-MM-DD`, UTC).
 *
 * @throws FlickrUsageError when a required argument is missing, a value has the wrong type,
 *   or a name is one the client sets itself (`format`, `api_key`, `oauth_*`...)
 */
export function serializeParams(
  method: string,
  info: MethodInfo,
  params: Readonly<Record<string, unknown>> | undefined,
): RequestParam[] {
  const out: RequestParam[] = [['method', method]];
  if (params !== undefined
    && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    const got = params === null ? 'null' : Array.isArray(params) ? 'an array' : typeof params;
    throw new FlickrUsageError(`${method}: expected the arguments as an object, got ${got}`);
  }
  for (const name of info.required) {
    if (params?.[name] === undefined || params[name] === null) {
      throw new FlickrUsageError(`${method}: "${name}" is required`);
    }
  }
  if (params === undefined) return out;

  for (const name of Object.keys(params)) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    if (RESERVED.has(name) || name.startsWith('oauth_')) {
      throw new FlickrUsageError(
        `${method}: "${name}" is set by the client; use the call's options instead`,
      );
    }
    if (name === '') throw new FlickrUsageError(`${method}: an argument has an empty name`);
    const text = serializeValue(method, name, value);
    if (PAGING.has(name) && !/^[1-9]\d*$/.test(text)) {
      throw new FlickrUsageError(
        `${method}: "${name}" must be a whole number >= 1, got "${text}"`,
      );
    }
    out.push([name, text]);
  }

  return out;
}

/** Writes one argument value as Flickr expects it (see {@link serializeParams}). */
export function serializeValue(method: string, name: string, value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return decimal(method, name, value);
    case 'boolean':
      return value ? '1' : '0';
    default:
      if (value instanceof Date) return dateText(method, name, value);
      if (Array.isArray(value)) {
        return value.map((item: unknown) => {
          if (typeof item === 'object' && !(item instanceof Date)) throw wrongType(method, name, item);

          return serializeValue(method, name, item);
        }).join(',');
      }
      throw wrongType(method, name, value);
  }
}

function wrongType(method: string, name: string, value: unknown): FlickrUsageError {
  const got = value === null ? 'null' : Array.isArray(value) ? 'a nested array' : typeof value;

  return new FlickrUsageError(
    `${method}: "${name}" must be a string, number, boolean, Date or array of those; got ${got}`,
  );
}

function decimal(method: string, name: string, value: number): string {
  if (!Number.isFinite(value)) {
    throw new FlickrUsageError(`${method}: "${name}" must be a finite number, got ${value}`);
  }
  const text = String(value);
  if (!text.includes('e')) return text;

  // 1e21 and 1e-7 print in exponent notation, which Flickr does not read.
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function dateText(method: string, name: string, date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new FlickrUsageError(`${method}: "${name}" is an invalid Date`);

  const iso = date.toISOString();
  if (MYSQL_DATETIME.has(name)) return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  if (DAY.has(name)) return iso.slice(0, 10);

  return String(Math.floor(time / 1000));
}
