import { methodInfo } from '../methods/generated/method-table.js';

// flickr.test.echo sends back whatever it is given: every argument name is fine there.
const ANY_ARGUMENT = new Set(['flickr.test.echo']);

/** The number of single-character edits (insert, delete, replace, swap) from `a` to `b`. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const deleted = (above[j] ?? 0) + 1;
      const inserted = (row[j - 1] ?? 0) + 1;
      let best = Math.min(deleted, inserted, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }

  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

/** The known argument closest to `name`, when one is close enough to be a typo of it. */
function closest(name: string, known: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }

  return best;
}

/**
 * Warnings for the arguments a method does not take, according to the method table, with the
 * nearest known name when one is close (`per_pgae` → `per_page`). Flickr ignores unknown
 * arguments, so a typo would otherwise go unnoticed. An unknown method gives no warnings:
 * the client refuses it anyway.
 *
 * @example
 * ```ts
 * unknownParamWarnings('flickr.photos.search', ['per_pgae']);
 * // ['flickr.photos.search has no argument "per_pgae"; did you mean "per_page"?']
 * ```
 */
export function unknownParamWarnings(method: string, names: readonly string[]): string[] {
  const info = ANY_ARGUMENT.has(method) ? undefined : methodInfo(method);
  if (info === undefined) return [];

  const known = [...info.required, ...info.optional];
  const warnings: string[] = [];
  for (const name of names) {
    if (known.includes(name)) continue;
    const suggestion = closest(name, known);
    warnings.push(`${method} has no argument ${JSON.stringify(name)}` +
      (suggestion === undefined ? '' : `; did you mean ${JSON.stringify(suggestion)}?`));
  }

  return warnings;
}
