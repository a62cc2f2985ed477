/**
 * Reading Flickr's parsed JSON replies without a schema: members by path, text content
 * (`_content` or a plain value), lists that may be missing.
 */

/** The member at `path` (object keys or array indexes), or `undefined`. */
export function member(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const name of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[name];
  }

  return current;
}

/** A value as text: strings and numbers as they are, `{ _content }` unwrapped, else `''`. */
export function text(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const content = member(value, '_content');

  return typeof content === 'string' || typeof content === 'number' ? String(content) : '';
}

/** The value if it is an array, else an empty one. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
