/**
 * Prints the demo as a numbered list of steps, each with what it showed and how long it took.
 * A failing step prints why and stops the story: the demo then exits non-zero.
 */
import { performance } from 'node:perf_hooks';

/** A step that failed; its message is the reason shown to the user. */
export class StepFailure extends Error {
  override readonly name = 'StepFailure';
}

/** Fails the current step with `reason` unless `condition` holds. */
export function expect(condition: boolean, reason: string): asserts condition {
  if (!condition) throw new StepFailure(reason);
}

/** What a step may print while it runs. */
export interface StepIo {
  /** Prints one indented detail line under the step's title. */
  say(line: string): void;
  /** True when stdout is a terminal (progress may redraw a line). */
  readonly terminal: boolean;
  /** The stream the story writes to. */
  readonly stream: NodeJS.WritableStream;
}

/** The demo's steps, printed as they run. */
export class Story {
  readonly #out: NodeJS.WriteStream;
  readonly #started = performance.now();
  #count = 0;

  constructor(out: NodeJS.WriteStream) {
    this.#out = out;
  }

  #style(code: string, text: string): string {
    const plain = this.#out.isTTY !== true || (process.env['NO_COLOR'] ?? '') !== '';

    return plain ? text : `\u001b[${code}m${text}\u001b[0m`;
  }

  /** Prints a heading line outside the numbered steps. */
  heading(text: string): void {
    this.#out.write(`\n${this.#style('1', text)}\n`);
  }

  /** Prints a plain line outside the numbered steps. */
  line(text: string): void {
    this.#out.write(`${text}\n`);
  }

  /** Runs one step: prints its title, its details, its duration, and rethrows failures. */
  async step<T>(title: string, run: (io: StepIo) => Promise<T>): Promise<T> {
    this.#count += 1;
    this.#out.write(`\n${this.#style('1', `${this.#count}. ${title}`)}\n`);
    const io: StepIo = {
      say: (line) => this.#out.write(`   ${line}\n`),
      terminal: this.#out.isTTY === true,
      stream: this.#out,
    };
    const start = performance.now();

    try {
      const result = await run(io);
      this.#out.write(`   ${this.#style('32', 'ok')} ${formatMs(performance.now() - start)}\n`);

      return result;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#out.write(`   ${this.#style('31', 'FAILED')} after ` +
        `${formatMs(performance.now() - start)}: ${reason}\n`);
      throw error;
    }
  }

  /** Milliseconds since the story began. */
  elapsedMs(): number {
    return performance.now() - this.#started;
  }

  /** How many steps ran. */
  get steps(): number {
    return this.#count;
  }
}

/** `12 ms` or `1.23 s`. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
