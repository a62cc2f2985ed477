import type { Command } from 'commander';

import { EXIT } from './exit-codes.js';
import { requireKey, resolveSettings, type CliSettings, type KeyedSettings } from './options.js';
import type { RawGlobalOptions } from './options.js';
import type { Output } from './output.js';

/**
 * What every command shares during one run: the output, the global settings (read once,
 * after commander has parsed the command line), and the exit code to finish with.
 */
export class CliContext {
  readonly output: Output;
  /** The exit code when the command ends without throwing; commands may raise it. */
  exitCode: number = EXIT.ok;
  #program: Command | undefined;
  #settings: CliSettings | undefined;
  readonly #cleanups: (() => Promise<void> | void)[] = [];

  constructor(output: Output) {
    this.output = output;
  }

  /** Connects the context to the root command whose options it reads. */
  bind(program: Command): void {
    this.#program = program;
  }

  /** The global settings. Throws a usage error when an option is malformed. */
  settings(): CliSettings {
    if (this.#settings !== undefined) return this.#settings;
    if (this.#program === undefined) throw new Error('CliContext.bind was not called');

    const settings = resolveSettings(this.#program.opts<RawGlobalOptions>(), this.output.io.env);
    this.output.addSecret(settings.apiSecret);
    this.#settings = settings;

    return settings;
  }

  /** The settings, insisting on an API key and secret. */
  keyedSettings(): KeyedSettings {
    return requireKey(this.settings());
  }

  /** The settings when they could be read, for error reporting. */
  settingsOrUndefined(): CliSettings | undefined {
    try {
      return this.settings();
    } catch {
      return undefined;
    }
  }

  /** Registers something to release when the run ends, whatever the outcome. */
  onClose(cleanup: () => Promise<void> | void): void {
    this.#cleanups.push(cleanup);
  }

  /** Releases what commands opened (clients, token caches), last opened first. */
  async close(): Promise<void> {
    for (const cleanup of this.#cleanups.reverse()) await cleanup();
    this.#cleanups.length = 0;
  }
}
