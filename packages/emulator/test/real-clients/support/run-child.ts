import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

/** What a finished child process left behind. */
export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Every stdout line that parsed as a JSON object, in order. */
  messages: Record<string, unknown>[];
}

/** Options for {@link runChild}. */
export interface RunChildOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The child is killed (SIGKILL) and the run rejected after this many milliseconds. */
  timeoutMs: number;
  /**
   * Answers a question a driver asks on stdout: a JSON line with an `ask` member. The answer
   * is written to the driver's stdin as one line. Drivers use this for the step a user would
   * do by hand, such as approving in a browser and typing the verifier.
   */
  answer?: (question: Record<string, unknown>) => Promise<string>;
}

function parseJsonLine(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;

    return value as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * Runs a real client (or a driver script around one) as a child process, bounded by a
 * timeout. Rejects with the command and the tail of stderr when it times out or when an
 * answer cannot be given; resolves with the exit status otherwise, whatever it is.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: RunChildOptions,
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const label = [command, ...args].join(' ');
    let stdout = '';
    let stderr = '';
    let pending = '';
    let failure: Error | undefined;
    const messages: Record<string, unknown>[] = [];

    const fail = (error: Error): void => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => {
      const tail = stderr.slice(-2000);
      fail(new Error(`${label}: no exit after ${options.timeoutMs} ms; stderr: ${tail}`));
    }, options.timeoutMs);

    const handleLine = (line: string): void => {
      const message = parseJsonLine(line.trim());
      if (!message) return;
      messages.push(message);
      if (!('ask' in message)) return;
      if (!options.answer) {
        fail(new Error(`${label}: asked ${JSON.stringify(message)} but the test gives no answers`));
        return;
      }
      options.answer(message).then(
        (reply) => child.stdin.write(`${reply}\n`),
        (error: unknown) => {
          const asked = String(message['ask']);
          fail(new Error(`${label}: answering ${asked} failed`, { cause: error }));
        },
      );
    };

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      pending += chunk;
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        handleLine(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    // A driver that exits early closes its stdin; a late answer must not crash the test.
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => fail(new Error(`${label}: could not start`, { cause: error })));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pending) handleLine(pending);
      if (failure) reject(failure);
      else resolve({ code, signal, stdout, stderr, messages });
    });
  });
}

/** The last `result` a driver printed, or a clear failure showing what it printed instead. */
export function driverResult(run: ChildResult): Record<string, unknown> {
  const last = run.messages.findLast((message) => 'result' in message);
  const result = last?.['result'];
  if (typeof result !== 'object' || result === null) {
    throw new Error(
      `driver printed no result (exit ${String(run.code ?? run.signal)});` +
        ` stdout: ${run.stdout.slice(-2000)} stderr: ${run.stderr.slice(-2000)}`,
    );
  }

  return result as Record<string, unknown>;
}

/**
 * One named step of a driver's result, asserted to have run without error. Drivers record
 * `{error, trace?}` for a failed step so that one failure does not hide the others.
 */
export function driverStep(result: Record<string, unknown>, name: string): Record<string, unknown> {
  const value = result[name];
  assert.ok(typeof value === 'object' && value !== null, `step ${name} did not run`);
  const outcome = value as Record<string, unknown>;
  const trace = outcome['trace'] === undefined ? '' : `\n${String(outcome['trace'])}`;
  assert.equal(outcome['error'], undefined, `${name}: ${String(outcome['error'])}${trace}`);

  return outcome;
}
