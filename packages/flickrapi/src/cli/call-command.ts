import { Command, Option } from 'commander';

import type { FlickrAPI } from '../client/flickr-api.js';
import { FlickrApiError } from '../errors.js';
import { unwrapJson } from '../formats/json-reply.js';
import type { ResponseFormat } from '../formats/response-format.js';
import type { CliContext } from './context.js';
import { createCliClient } from './client.js';
import { examples } from './help.js';
import { ERROR_PREFIX } from './output.js';
import { normalizeMethodName, parseParams } from './params.js';
import { unknownParamWarnings } from './unknown-params.js';

/** The formats `flickr call --format` offers. */
export const CALL_FORMATS = ['parsed-json', 'json', 'rest', 'xml'] as const;

/** One of {@link CALL_FORMATS}. */
export type CallFormat = (typeof CALL_FORMATS)[number];

/**
 * Calls a method whose name was typed by the user. The library checks the name against its
 * method table and the arguments against the method's, so the typed overloads of `call`
 * (which need the name at compile time) are bypassed here on purpose.
 */
function callByName(
  flickr: FlickrAPI,
  method: string,
  params: Record<string, string>,
  format: ResponseFormat,
): Promise<unknown> {
  const untyped = flickr.call.bind(flickr) as (
    method: string,
    params: Record<string, string>,
    options: { format: ResponseFormat },
  ) => Promise<unknown>;

  return untyped(method, params, { format });
}

/**
 * `flickr call METHOD [name=value ...]`: any Flickr method. The reply goes to stdout as
 * indented JSON (`parsed-json`, the default) or exactly as Flickr sent it (`json`, or XML for
 * `rest` and its alias `xml`); failures go to stderr with an exit code per kind of error.
 */
export function callCommand(context: CliContext): Command {
  return new Command('call')
    .description('call any Flickr method and print the reply')
    .argument('<method>', 'the method, with or without "flickr." (e.g. photos.search)')
    .argument('[params...]', 'arguments as name=value')
    .addOption(
      new Option('-f, --format <format>', 'how to print the reply')
        .choices(CALL_FORMATS)
        .default('parsed-json'),
    )
    .addHelpText(
      'after',
      `
The call is signed with the cached token when there is one (see "flickr login").
"parsed-json" prints indented JSON; "json" and "rest" (or "xml") print Flickr's reply as sent,
a refusal too (its summary then goes to stderr and the exit code is 3).
${examples([
  ['flickr call test.echo greeting=hello'],
  ['flickr call photos.search user_id=me tags=cat,dog per_page=5'],
  ['flickr call flickr.photos.getInfo photo_id=53104126447 --format rest'],
  ['flickr call photos.setTags photo_id=53104126447 tags="harbour dusk"'],
])}`,
    )
    .action(async (method: string, words: string[], options: { format: CallFormat }) => {
      const name = normalizeMethodName(method);
      const params = parseParams(words);
      const { flickr } = createCliClient(context);
      // Flickr ignores an argument it does not know: the call is still sent, as asked.
      for (const warning of unknownParamWarnings(name, Object.keys(params))) {
        context.output.note(`${ERROR_PREFIX}warning: ${warning}`);
      }

      if (options.format === 'parsed-json') {
        context.output.json(await callByName(flickr, name, params, 'parsed-json'), true);
      } else {
        const format = options.format === 'json' ? 'json' : 'rest';
        let reply: unknown;
        try {
          reply = await callByName(flickr, name, params, format);
        } catch (error) {
          // Flickr's refusal is a reply too: print it as sent, the summary goes to stderr.
          const refused = flickr.lastReply;
          if (error instanceof FlickrApiError && refused?.method === name) {
            context.output.raw(format === 'json' ? unwrapJson(refused.body) : refused.body);
          }
          throw error;
        }
        context.output.raw(String(reply));
      }
    });
}
