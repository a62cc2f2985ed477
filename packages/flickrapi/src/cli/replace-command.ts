import { Command } from 'commander';

import { FlickrUsageError } from '../errors.js';
import { createClient } from './client.js';
import type { CliContext } from './context.js';
import { examples } from './help.js';
import { UploadProgress } from './upload-progress.js';
import { cancelOnInterrupt, checkFiles } from './upload-command.js';

/**
 * `flickr replace PHOTO_ID FILE`: replaces a photo's file, keeping its title, tags and
 * comments, with a progress bar on a terminal. Prints `PHOTO_ID<TAB>FILE` when done.
 */
export function replaceCommand(context: CliContext): Command {
  return new Command('replace')
    .description('replace the file of one of your photos, keeping its page and metadata')
    .argument('<photo-id>', 'the photo to replace')
    .argument('<file>', 'the new file')
    .option('--async', 'let Flickr process the file in the background, then wait for it')
    .addHelpText(
      'after',
      `
Needs a token with write permission ("flickr login --perms write").
${examples([
  ['flickr replace 53104126447 harbour-edited.jpg', '53104126447\tharbour-edited.jpg'],
  ['flickr replace --async 53104126447 harbour-4k.jpg'],
])}`,
    )
    .action(async (photoId: string, path: string, options: { async?: boolean }) => {
      if (!/^[0-9]+$/.test(photoId)) {
        throw new FlickrUsageError(`replace: photo id "${photoId}" is not a number`);
      }
      const [file] = await checkFiles([path]);
      if (file === undefined) return;

      const flickr = createClient(context);
      const controller = new AbortController();
      context.onClose(cancelOnInterrupt(controller));
      const progress = new UploadProgress(context.output, [file]);
      const params = {
        signal: controller.signal,
        onProgress: ({ sent }: { sent: number }) => progress.update(0, sent),
      };

      try {
        if (options.async === true) {
          const { ticketId } = await flickr.replace(file.path, photoId, { ...params, async: true });
          const [replaced] = await flickr.waitForTickets([ticketId], { signal: controller.signal });
          progress.done(0, `${replaced ?? photoId}\t${file.path}`);
        } else {
          const replaced = await flickr.replace(file.path, photoId, params);
          progress.done(0, `${replaced.photoId}\t${file.path}`);
        }
      } finally {
        progress.stop();
      }
    });
}
