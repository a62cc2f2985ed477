import { Command } from 'commander';

import { FlickrUsageError } from '../errors.js';
import type { FlickrMethodName } from '../methods/generated/method-table.js';
import { createClient } from './client.js';
import type { CliContext } from './context.js';
import { examples } from './help.js';
import { normalizeMethodName, parseParams } from './params.js';
import { cancelOnInterrupt } from './upload-command.js';

interface WalkCommandOptions {
  perPage: string;
  limit?: string;
}

function positiveInteger(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new FlickrUsageError(`${option} "${text}": expected a whole number above 0`);
  }

  return value;
}

/**
 * `flickr walk METHOD [name=value ...]`: every item of a paged list, one JSON object per
 * line, written as pages arrive (the next page is fetched while the current one is printed).
 * It stops quietly when the reader goes away (`| head`).
 */
export function walkCommand(context: CliContext): Command {
  return new Command('walk')
    .description('stream every item of a paged list as one JSON object per line')
    .argument('<method>', 'a paged method, with or without "flickr." (e.g. people.getPhotos)')
    .argument('[params...]', 'arguments as name=value (page and per_page are set by the walk)')
    .option('--per-page <n>', 'items asked for per page', '100')
    .option('--limit <n>', 'stop after this many items')
    .addHelpText(
      'after',
      examples([
        ['flickr walk people.getPhotos user_id=me extras=date_taken | wc -l'],
        ['flickr walk photos.search tags=harbour --limit 250 | jq -r .id'],
        ['flickr walk photosets.getPhotos photoset_id=72157626318069415 user_id=me'],
      ]),
    )
    .action(async (method: string, words: string[], options: WalkCommandOptions) => {
      const name = normalizeMethodName(method) as FlickrMethodName;
      const params = parseParams(words);
      for (const reserved of ['page', 'per_page']) {
        if (Object.hasOwn(params, reserved)) {
          throw new FlickrUsageError(`walk: "${reserved}" is set by the walk; use --per-page`);
        }
      }
      const perPage = positiveInteger('--per-page', options.perPage) ?? 100;
      const limit = positiveInteger('--limit', options.limit);

      const flickr = createClient(context);
      const controller = new AbortController();
      context.onClose(cancelOnInterrupt(controller));
      // The arguments were typed by the user: the library checks them against the method's.
      const items = flickr.walk(name, params as never, {
        format: 'parsed-json',
        perPage,
        signal: controller.signal,
      });

      let count = 0;
      for await (const item of items) {
        context.output.json(item);
        count += 1;
        if (context.output.closed || (limit !== undefined && count >= limit)) break;
      }
    });
}
