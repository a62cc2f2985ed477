import { Command } from 'commander';

import { photoIdFromShortUrl, shortUrl } from '../helpers/short-url.js';
import type { CliContext } from './context.js';
import { examples } from './help.js';

/** `flickr shorturl ID` and `flickr shorturl --decode CODE`: flic.kr links, offline. */
export function shorturlCommand(context: CliContext): Command {
  return new Command('shorturl')
    .description('print the flic.kr short URL of a photo, or decode one back to the photo id')
    .argument('<id-or-code>', 'a photo id, or with --decode a short URL or its code')
    .option('-d, --decode', 'decode a flic.kr URL or code into the photo id')
    .addHelpText(
      'after',
      examples([
        ['flickr shorturl 4325695128', 'https://flic.kr/p/7Afjsu'],
        ['flickr shorturl --decode 7Afjsu', '4325695128'],
        ['flickr shorturl --decode https://flic.kr/p/7Afjsu', '4325695128'],
      ]),
    )
    .action((input: string, options: { decode?: boolean }) => {
      context.output.line(options.decode === true ? photoIdFromShortUrl(input) : shortUrl(input));
    });
}
