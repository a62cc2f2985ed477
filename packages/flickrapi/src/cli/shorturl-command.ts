import { Command } from 'commander';

import { FlickrUsageError } from '../errors.js';
import { BASE58_ALPHABET, photoIdFromShortUrl, shortUrl } from '../helpers/short-url.js';
import type { CliContext } from './context.js';
import { examples } from './help.js';

const BASE58_CODE = new RegExp(`^[${BASE58_ALPHABET}]+$`);

/**
 * What `flickr shorturl` does with its argument when `--decode` is not given: digits are a
 * photo id to encode; a URL, or a code with letters (every code of a recent photo has some),
 * is decoded. A code of digits only is read as a photo id: `--decode` forces decoding.
 */
function shouldDecode(input: string): boolean {
  const text = input.trim();
  if (/^[0-9]+$/.test(text)) return false;
  if (text.includes('/') || BASE58_CODE.test(text)) return true;

  throw new FlickrUsageError(
    `short URL: ${JSON.stringify(input)} is neither a photo id (digits, e.g. "4325695128") ` +
      'nor a flic.kr URL or code (e.g. "https://flic.kr/p/7Afjsu" or "7Afjsu")',
  );
}

/** `flickr shorturl ID-OR-URL` and `flickr shorturl --decode CODE`: flic.kr links, offline. */
export function shorturlCommand(context: CliContext): Command {
  return new Command('shorturl')
    .description('print the flic.kr short URL of a photo, or decode one back to the photo id')
    .argument('<id-or-url>', 'a photo id to encode, or a flic.kr URL or code to decode')
    .option('-d, --decode', 'decode even a code of digits only (a photo id otherwise)')
    .addHelpText(
      'after',
      examples([
        ['flickr shorturl 4325695128', 'https://flic.kr/p/7Afjsu'],
        ['flickr shorturl https://flic.kr/p/7Afjsu', '4325695128'],
        ['flickr shorturl 7Afjsu', '4325695128'],
        ['flickr shorturl --decode 2811', '218660'],
      ]),
    )
    .action((input: string, options: { decode?: boolean }) => {
      const decode = options.decode === true || shouldDecode(input);
      context.output.line(decode ? photoIdFromShortUrl(input) : shortUrl(input.trim()));
    });
}
