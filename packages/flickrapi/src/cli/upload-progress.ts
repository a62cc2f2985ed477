import cliProgress from 'cli-progress';

import type { Output } from './output.js';

/** One file of an upload run, as the progress display knows it. */
export interface ProgressFile {
  /** The name shown next to its bar and in its result line. */
  readonly name: string;
  /** Its size in bytes. */
  readonly size: number;
}

/** Sizes as people read them: `812 B`, `14.2 kB`, `3.1 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;

  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

function barFormat(options: cliProgress.Options, params: cliProgress.Params, payload: {
  label: string;
}): string {
  const size = options.barsize ?? 30;
  const done = Math.round(params.progress * size);
  const bar = '#'.repeat(done) + '-'.repeat(size - done);
  const percent = String(Math.floor(params.progress * 100)).padStart(3);

  return `[${bar}] ${percent}% ${formatBytes(params.value)}/${formatBytes(params.total)}  ` +
    payload.label;
}

/**
 * Shows how an upload run goes. On a terminal (stdout and stderr both TTYs): a bar per file
 * and one for the total on stderr, and the result lines on stdout once the bars are gone.
 * Otherwise no bars and no control characters: one result line per file on stdout as soon
 * as that file is done, so that pipes and logs see progress too.
 */
export class UploadProgress {
  readonly #output: Output;
  readonly #files: readonly ProgressFile[];
  readonly #sent: number[];
  readonly #results: string[] = [];
  readonly #multi: cliProgress.MultiBar | undefined;
  readonly #bars: cliProgress.SingleBar[] = [];
  readonly #total: cliProgress.SingleBar | undefined;

  constructor(output: Output, files: readonly ProgressFile[]) {
    this.#output = output;
    this.#files = files;
    this.#sent = files.map(() => 0);
    if (!output.interactive) return;

    this.#multi = new cliProgress.MultiBar({
      stream: output.io.stderr,
      format: barFormat,
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      fps: 10,
    });
    for (const file of files) {
      this.#bars.push(this.#multi.create(file.size, 0, { label: file.name }));
    }
    const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
    this.#total = this.#multi.create(totalBytes, 0, { label: `total (${files.length} files)` });
  }

  /** Records that `sent` bytes of file `index` have gone out. */
  update(index: number, sent: number): void {
    this.#sent[index] = sent;
    this.#bars[index]?.update(sent);
    this.#total?.update(this.#sent.reduce((sum, value) => sum + value, 0));
  }

  /** Marks file `index` done and records its result line (for example `ID<TAB>file`). */
  done(index: number, resultLine: string): void {
    this.update(index, this.#files[index]?.size ?? 0);
    if (this.#multi === undefined) this.#output.line(resultLine);
    else this.#results.push(resultLine);
  }

  /** Marks file `index` failed; the message goes to stderr at once. */
  failed(index: number, message: string): void {
    const text = `${this.#files[index]?.name ?? 'file'}: ${message}`;
    if (this.#multi === undefined) this.#output.error(text);
    else this.#multi.log(`flickr: ${this.#output.redact(text)}\n`);
  }

  /** Removes the bars and prints the result lines kept while they were shown. */
  stop(): void {
    if (this.#multi === undefined) return;

    this.#multi.stop();
    for (const line of this.#results) this.#output.line(line);
    this.#results.length = 0;
  }
}
