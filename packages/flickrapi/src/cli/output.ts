import type { Readable, Writable } from 'node:stream';

import { redactText } from '../http/redact.js';

/** A writable stream that may be a terminal. */
export type OutputStream = Writable & { isTTY?: boolean; columns?: number };

/** The process's streams and environment, injectable so that the CLI can run in-process. */
export interface CliIo {
  /** Results: JSON, raw replies, one line per item. */
  readonly stdout: OutputStream;
  /** Errors, progress bars, `--verbose` traces and prompts. */
  readonly stderr: OutputStream;
  /** Where `login --console` reads the verifier from. */
  readonly stdin: Readable;
  /** Environment variables (`FLICKR_API_KEY` and friends, `NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What every error message of the command starts with. */
export const ERROR_PREFIX = 'flickr: ';

/**
 * Everything the CLI prints goes through here. It knows the secrets of the run (the consumer
 * secret, the token secret once a token is loaded) and hides them, and the values of
 * `oauth_signature`, `oauth_token_secret` and `oauth_verifier`, wherever they appear, so that
 * no code path, however unexpected, can print one.
 */
export class Output {
  readonly io: CliIo;
  readonly #secrets = new Set<string>();
  #closed = false;
  #stderrAtLineStart = true;
  readonly #onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE') throw error;
    this.#closed = true;
  };

  constructor(io: CliIo) {
    this.io = io;
    // A reader that stops early (`flickr walk ... | head`) closes the pipe: stop writing then,
    // rather than dying of an unhandled EPIPE. Writes may fail after the run, so the
    // listener stays for the life of the stream.
    io.stdout.on('error', this.#onStdoutError);
  }

  /** True once the reader of stdout has gone away. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Remembers a value that must never be printed. Values shorter than 4 are ignored. */
  addSecret(value: string | undefined): void {
    if (value !== undefined && value.length >= 4) this.#secrets.add(value);
  }

  /** `text` with every known secret replaced by `[redacted]`. */
  redact(text: string): string {
    return redactText(text, [...this.#secrets]);
  }

  /** True when both stdout and stderr are terminals: bars and colours are allowed. */
  get interactive(): boolean {
    return this.io.stdout.isTTY === true && this.io.stderr.isTTY === true;
  }

  /** True when colours may be used on stderr (a terminal, and `NO_COLOR` unset). */
  get colour(): boolean {
    return this.io.stderr.isTTY === true && (this.io.env['NO_COLOR'] ?? '') === '';
  }

  /** Writes one line to stdout. */
  line(text: string): void {
    if (this.#closed) return;
    this.io.stdout.write(`${this.redact(text)}\n`);
  }

  /** Writes text to stdout as it is (a raw reply), adding a final newline when missing. */
  raw(text: string): void {
    if (this.#closed) return;
    const redacted = this.redact(text);
    this.io.stdout.write(redacted.endsWith('\n') ? redacted : `${redacted}\n`);
  }

  /** Writes a value as one line of JSON to stdout. */
  json(value: unknown, pretty = false): void {
    this.line(JSON.stringify(value, null, pretty ? 2 : undefined));
  }

  /** Writes text to stderr as it is: a prompt that waits on the same line, say. */
  prompt(text: string): void {
    if (text === '') return;
    this.io.stderr.write(this.redact(text));
    this.#stderrAtLineStart = text.endsWith('\n');
  }

  /** Writes a note for the human (a hint, a trace line) to stderr. */
  note(text: string): void {
    this.prompt(`${this.#newlineIfNeeded()}${text}\n`);
  }

  /** Writes an error message, prefixed `flickr: `, to stderr, on a line of its own. */
  error(message: string): void {
    const text = `${ERROR_PREFIX}${this.redact(message)}`;
    this.prompt(this.#newlineIfNeeded() +
      (this.colour ? `\u001b[31m${text}\u001b[39m\n` : `${text}\n`));
  }

  #newlineIfNeeded(): string {
    return this.#stderrAtLineStart ? '' : '\n';
  }
}

/** The streams of this process. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
