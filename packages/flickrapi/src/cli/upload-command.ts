import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { Command } from 'commander';

import type { FlickrAPI } from '../client/flickr-api.js';
import { FlickrUsageError } from '../errors.js';
import { UploadTicketError } from '../upload/tickets.js';
import type { UploadParams } from '../upload/upload-params.js';
import { createClient } from './client.js';
import type { CliContext } from './context.js';
import { errorMessage } from './error-message.js';
import { exitCodeFor } from './exit-codes.js';
import { examples } from './help.js';
import { UploadProgress, type ProgressFile } from './upload-progress.js';

interface UploadOptions {
  title?: string;
  description?: string;
  tags?: string;
  public?: boolean;
  private?: boolean;
  friends?: boolean;
  family?: boolean;
  async?: boolean;
}

/** A file named on the command line, checked to be a readable regular file. */
export interface CheckedFile extends ProgressFile {
  readonly path: string;
}

/**
 * Checks every file before anything is sent, so that a typo in the last name does not leave
 * half the files uploaded.
 *
 * @throws {@link FlickrUsageError} naming the first file that is missing or not a file
 */
export async function checkFiles(paths: readonly string[]): Promise<CheckedFile[]> {
  const files: CheckedFile[] = [];
  for (const path of paths) {
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new FlickrUsageError(`${path}: not a file`);
      size = info.size;
    } catch (error) {
      if (error instanceof FlickrUsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new FlickrUsageError(`${path}: cannot read the file (${code})`, { cause: error });
    }
    files.push({ path, name: basename(path), size });
  }

  return files;
}

/** The visibility fields for `--public`, `--private`, `--friends` and `--family`. */
export function visibility(options: UploadOptions): Pick<
  UploadParams,
  'is_public' | 'is_friend' | 'is_family'
> {
  const restricted = options.friends === true || options.family === true;
  if (options.public === true && (options.private === true || restricted)) {
    throw new FlickrUsageError('--public cannot be combined with --private, --friends or --family');
  }
  if (options.private === true && restricted) {
    throw new FlickrUsageError('--private cannot be combined with --friends or --family');
  }

  if (options.public === true) return { is_public: 1 };
  if (options.private === true) return { is_public: 0, is_friend: 0, is_family: 0 };
  if (restricted) {
    return { is_public: 0, is_friend: options.friends === true ? 1 : 0,
      is_family: options.family === true ? 1 : 0 };
  }

  return {};
}

/** Ends the current command with SIGINT's signal; the returned function stops listening. */
export function cancelOnInterrupt(controller: AbortController): () => void {
  const onInterrupt = (): void => controller.abort(new Error('interrupted (Ctrl-C)'));
  process.once('SIGINT', onInterrupt);

  return () => process.off('SIGINT', onInterrupt);
}

/**
 * Waits until Flickr has processed the `--async` uploads and reports each file: its photo id,
 * or the failure of its ticket.
 */
async function awaitTickets(
  flickr: FlickrAPI,
  tickets: readonly { index: number; ticketId: string }[],
  files: readonly CheckedFile[],
  progress: UploadProgress,
  context: CliContext,
  signal: AbortSignal,
): Promise<void> {
  const ids = tickets.map((ticket) => ticket.ticketId);
  let photoIds: Record<string, string>;
  try {
    const found = await flickr.waitForTickets(ids, { signal });
    photoIds = Object.fromEntries(ids.map((id, position) => [id, found[position] ?? '']));
  } catch (error) {
    if (!(error instanceof UploadTicketError)) throw error;
    photoIds = { ...error.completed };
    if (context.exitCode === 0) context.exitCode = exitCodeFor(error);
  }

  for (const { index, ticketId } of tickets) {
    const photoId = photoIds[ticketId];
    if (photoId === undefined) {
      progress.failed(index, `Flickr could not process it (ticket ${ticketId})`);
    } else {
      progress.done(index, `${photoId}\t${files[index]?.path ?? ''}`);
    }
  }
}

/**
 * `flickr upload FILE...`: uploads files one after another with a bar per file and a total on
 * a terminal, or one `PHOTO_ID<TAB>FILE` line per finished file otherwise. A failed file does
 * not stop the others; the exit code is then that of the first failure.
 */
export function uploadCommand(context: CliContext): Command {
  return new Command('upload')
    .description('upload photos or videos, with progress')
    .argument('<files...>', 'the files to upload')
    .option('-t, --title <title>', 'title (default: the file name without extension)')
    .option('-d, --description <text>', 'description (limited HTML allowed)')
    .option('--tags <tags>', 'space-separated tags; quote multi-word tags: \'sea "new york"\'')
    .option('--public', 'visible to everyone')
    .option('--private', 'visible to you only')
    .option('--friends', 'visible to your friends (combine with --family)')
    .option('--family', 'visible to your family (combine with --friends)')
    .option('--async', 'let Flickr process the files in the background, then wait for them')
    .addHelpText(
      'after',
      `
Without a visibility option, your Flickr default applies. Needs a token with write
permission ("flickr login --perms write"). Prints PHOTO_ID<TAB>FILE for each uploaded file.
${examples([
  ['flickr upload harbour.jpg', '53104126447\tharbour.jpg'],
  ['flickr upload --tags "holiday \\"new york\\"" --friends --family *.jpg'],
  ['flickr upload --async --private video.mp4'],
])}`,
    )
    .action(async (paths: string[], options: UploadOptions) => {
      const fields: Omit<UploadParams, 'async'> = {
        ...visibility(options),
        ...(options.title === undefined ? {} : { title: options.title }),
        ...(options.description === undefined ? {} : { description: options.description }),
        ...(options.tags === undefined ? {} : { tags: options.tags }),
      };
      const files = await checkFiles(paths);
      const flickr = createClient(context);
      const controller = new AbortController();
      context.onClose(cancelOnInterrupt(controller));
      const progress = new UploadProgress(context.output, files);
      const tickets: { index: number; ticketId: string }[] = [];

      try {
        for (const [index, file] of files.entries()) {
          if (controller.signal.aborted) break;
          const params = {
            ...fields,
            signal: controller.signal,
            onProgress: ({ sent }: { sent: number }) => progress.update(index, sent),
          };
          try {
            if (options.async === true) {
              const { ticketId } = await flickr.upload(file.path, { ...params, async: true });
              tickets.push({ index, ticketId });
            } else {
              const { photoId } = await flickr.upload(file.path, params);
              progress.done(index, `${photoId}\t${file.path}`);
            }
          } catch (error) {
            if (controller.signal.aborted) throw error;
            progress.failed(index, errorMessage(error));
            if (context.exitCode === 0) context.exitCode = exitCodeFor(error);
          }
        }

        if (tickets.length > 0) {
          await awaitTickets(flickr, tickets, files, progress, context, controller.signal);
        }
      } finally {
        progress.stop();
      }
    });
}
