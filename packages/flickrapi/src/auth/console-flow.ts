/**
 * The out-of-band flow: the user opens the URL anywhere (another machine, a phone) and types
 * the code Flickr shows. Works over SSH with no browser on the machine.
 */
import { createInterface } from 'node:readline';

import { AuthFlowError } from '../errors.js';
import type { OAuthToken } from '../tokens/token.js';
import type { GrantablePerms } from './authorize-url.js';
import type { FlowOutput, FlowSteps } from './flow-steps.js';
import { parseVerifier } from './verifier.js';

/** Options of `authenticateConsole`. */
export interface ConsoleFlowOptions {
  /** The permission to ask for. @defaultValue `'read'` */
  readonly perms?: GrantablePerms;
  /** Where the user types the code. @defaultValue `process.stdin` */
  readonly input?: NodeJS.ReadableStream;
  /** Where the URL and prompts go. @defaultValue `process.stderr` */
  readonly output?: FlowOutput;
  /** Cancels the wait for the code; the flow then fails with reason `cancelled`. */
  readonly signal?: AbortSignal;
  /**
   * Whether to print "Authorized as USER with PERMS permission." once the token is obtained.
   * Turn it off when the caller confirms the login itself, so the user reads it once.
   * @defaultValue `true`
   */
  readonly confirm?: boolean;
}

/** Codes that do not look like a verifier are asked for again, this many times in all. */
const ATTEMPTS = 3;

/**
 * Runs the out-of-band flow: request token with `oob`, print the URL, read the code, trade
 * it for the access token.
 *
 * @throws {@link AuthFlowError} `no-verifier` when input ends or no valid code was typed,
 *   `cancelled` when `signal` aborts
 */
export async function runConsoleFlow(
  steps: FlowSteps,
  options: ConsoleFlowOptions = {},
): Promise<OAuthToken> {
  const perms = options.perms ?? 'read';
  const output = options.output ?? process.stderr;
  options.signal?.throwIfAborted();

  const requestToken = await steps.getRequestToken('oob');
  const url = steps.authorizeUrl(requestToken, perms);
  output.write(`Open this address in a browser and authorize access:\n\n  ${url}\n\n`);

  const verifier = await readVerifier(options.input ?? process.stdin, output, options.signal);
  const token = await steps.getAccessToken(requestToken, verifier, perms);
  if (options.confirm !== false) {
    output.write(`Authorized as ${token.username} with ${token.perms} permission.\n`);
  }

  return token;
}

async function readVerifier(
  input: NodeJS.ReadableStream,
  output: FlowOutput,
  signal: AbortSignal | undefined,
): Promise<string> {
  const lines = createInterface({ input, terminal: false });
  const onAbort = (): void => lines.close();
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    let attempts = 0;
    output.write('Enter the code Flickr shows (like 123-456-789): ');
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const verifier = parseVerifier(line);
      if (verifier !== undefined) return verifier;

      attempts += 1;
      if (attempts >= ATTEMPTS) break;
      output.write('That is not a code like 123-456-789. Enter the code again: ');
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    lines.close();
  }

  if (signal?.aborted) {
    throw new AuthFlowError('cancelled', 'console authorization cancelled', {
      cause: signal.reason,
    });
  }
  throw new AuthFlowError(
    'no-verifier',
    'no verifier code was entered (expected a code like 123-456-789)',
  );
}
