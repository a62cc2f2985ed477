import { FlickrUsageError } from '../errors.js';

/**
 * Reads `name=value` words from the command line into call arguments. The value is everything
 * after the first `=`, so `tags="a=b c"` keeps its `=`. A name given twice is an error rather
 * than a silent overwrite.
 *
 * @example
 * ```ts
 * parseParams(['user_id=me', 'per_page=5']); // { user_id: 'me', per_page: '5' }
 * ```
 */
export function parseParams(words: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const word of words) {
    const equals = word.indexOf('=');
    if (equals <= 0) {
      throw new FlickrUsageError(
        `argument ${JSON.stringify(word)} is not understood; expected name=value, ` +
          'for example per_page=10',
      );
    }

    const name = word.slice(0, equals);
    if (Object.hasOwn(params, name)) {
      throw new FlickrUsageError(`argument "${name}" is given twice; give it once`);
    }
    params[name] = word.slice(equals + 1);
  }

  return params;
}

/**
 * Checks a Flickr method name given on the command line and adds the `flickr.` prefix when it
 * was left out, so that `photos.search` and `flickr.photos.search` both work.
 */
export function normalizeMethodName(name: string): string {
  const full = name.startsWith('flickr.') ? name : `flickr.${name}`;
  if (!/^flickr(\.[A-Za-z][A-Za-z0-9]*)+$/.test(full)) {
    throw new FlickrUsageError(
      `method ${JSON.stringify(name)} is not a Flickr method name; ` +
        'expected something like flickr.photos.search',
    );
  }

  return full;
}
