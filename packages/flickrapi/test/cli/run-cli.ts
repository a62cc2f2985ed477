/**
 * Runs the built `flickr` command (`packages/flickrapi/bin/flickr.js`, which loads
 * `dist/cli/main.js`) as a separate process, the way a user's shell does.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The command's entry point. */
export const BIN = fileURLToPath(new URL('../../bin/flickr.js', import.meta.url));
const BUILT_MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** Fails with a clear message when the CLI was not built. */
export function assertBuilt(): void {
  if (!existsSync(BUILT_MAIN)) {
    throw new Error(
      `the flickr CLI is not built (${BUILT_MAIN} is missing): run "npm run build" first`,
    );
  }
}

/** What a finished run left behind. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link startCli}. */
export interface CliRunOptions {
  /** Environment variables on top of a minimal, clean environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** Text written to stdin, which is then closed. Leave out to write it later. */
  readonly stdin?: string;
  /** Kill the process after this long; a hang is a failure, not a wait. Default 20000. */
  readonly timeoutMs?: number;
}

/** A running CLI process whose output can be awaited line by line. */
export interface RunningCli {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves with the first match of `pattern` in stdout+stderr, as soon as it appears. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  /** Resolves when the process has exited. */
  readonly done: Promise<CliResult>;
}

/** Every output of every run, so that a suite can check that no secret ever showed. */
export const transcript: string[] = [];

/** The environment a run starts from: no Flickr variables leak in from the developer's. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'];
  const env: Record<string, string> = { NO_COLOR: '1' };
  for (const name of keep) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }

  return env;
}

/** Starts the CLI with `args`. */
export function startCli(args: readonly string[], options: CliRunOptions = {}): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...baseEnv(), ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let closed = false;
  interface Waiter {
    pattern: RegExp;
    resolve: (match: RegExpExecArray) => void;
    reject: (error: Error) => void;
  }
  const waiters: Waiter[] = [];
  const check = (): void => {
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(stdout + stderr);
      if (match !== null) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    check();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    check();
  });
  if (options.stdin !== undefined) child.stdin.end(options.stdin);

  const timeoutMs = options.timeoutMs ?? 20_000;
  const done = new Promise<CliResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`flickr ${args.join(' ')} did not finish within ${timeoutMs} ms\n` +
        `stdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      closed = true;
      clearTimeout(timer);
      transcript.push(stdout, stderr);
      for (const waiter of waiters.splice(0)) {
        waiter.reject(new Error(`flickr exited (${code}) before printing ${waiter.pattern}\n` +
          `stdout: ${stdout}\nstderr: ${stderr}`));
      }
      resolve({ code, stdout, stderr });
    });
  });

  const waitFor = (pattern: RegExp): Promise<RegExpExecArray> =>
    new Promise((resolve, reject) => {
      const match = pattern.exec(stdout + stderr);
      if (match !== null) {
        resolve(match);

        return;
      }
      if (closed) {
        reject(new Error(`flickr exited before printing ${pattern}`));

        return;
      }
      waiters.push({ pattern, resolve, reject });
    });

  return { child, waitFor, done };
}

/** Runs the CLI to completion. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
  return startCli(args, { stdin: '', ...options }).done;
}
