/**
 * Authorizing in the user's browser, with a one-shot callback server on 127.0.0.1.
 */
import { AuthFlowError, FlickrUsageError } from '../errors.js';
import type { OAuthToken } from '../tokens/token.js';
import type { GrantablePerms } from './authorize-url.js';
import { startCallbackServer, type AcceptedCallback } from './callback-server.js';
import type { FlowOutput, FlowSteps } from './flow-steps.js';
import { openInBrowser } from './open-browser.js';

/** Options of `authenticateViaBrowser`. */
export interface BrowserFlowOptions {
  /** The permission to ask for. @defaultValue `'read'` */
  readonly perms?: GrantablePerms;
  /**
   * How long to wait for the user, in milliseconds; `Infinity` waits until `signal` aborts.
   * @defaultValue 300000 (5 minutes)
   */
  readonly timeout?: number;
  /**
   * Opens the authorize URL. It may return before the user acts. When it throws, the URL
   * is printed for the user to open by hand.
   * @defaultValue the `open` package (the system's default browser)
   */
  readonly openBrowser?: (url: string) => unknown;
  /** Where to print the URL and notices. @defaultValue `process.stderr` */
  readonly output?: FlowOutput;
  /** Cancels the wait; the flow then fails with reason `cancelled`. */
  readonly signal?: AbortSignal;
}

/** Default wait for the user: five minutes. */
export const DEFAULT_BROWSER_TIMEOUT_MS = 300_000;

/**
 * The flow's wait for the user, checked: milliseconds > 0 (default five minutes).
 *
 * @throws FlickrUsageError for any other value
 */
export function browserFlowTimeout(options: BrowserFlowOptions): number {
  const timeout = options.timeout ?? DEFAULT_BROWSER_TIMEOUT_MS;
  if (typeof timeout !== 'number' || !(timeout > 0)) {
    throw new FlickrUsageError(
      `authenticateViaBrowser: timeout must be milliseconds > 0, got ${String(timeout)}`,
    );
  }

  return timeout;
}

/**
 * Runs the browser flow: callback server, request token, browser, wait, access token.
 * The server is shut down however the flow ends.
 *
 * @throws {@link AuthFlowError} `declined`, `timeout` or `cancelled`
 */
export async function runBrowserFlow(
  steps: FlowSteps,
  options: BrowserFlowOptions = {},
): Promise<OAuthToken> {
  const perms = options.perms ?? 'read';
  const timeout = browserFlowTimeout(options);
  const output = options.output ?? process.stderr;
  const opener = options.openBrowser ?? openInBrowser;
  options.signal?.throwIfAborted();
  const server = await startCallbackServer({
    onNotice: (message) => output.write(`flickr auth: ${message}\n`),
  });

  try {
    const requestToken = await steps.getRequestToken(server.url);
    server.expect(requestToken.token);
    const url = steps.authorizeUrl(requestToken, perms);

    // Not awaited before waiting: an opener may itself follow the flow to the callback.
    void Promise.resolve()
      .then(() => opener(url))
      .then(
        () => output.write(
          `Authorize access in your browser. If it did not open, visit:\n${url}\n`,
        ),
        () => output.write(`Open this address in a browser to authorize access:\n${url}\n`),
      )
      .catch(() => undefined);

    const callback = await waitFor(server.accepted, timeout, options.signal);
    if (callback.kind === 'declined') {
      const message = `the user declined access on Flickr (${callback.problem})`;
      throw new AuthFlowError('declined', message);
    }

    let token: OAuthToken;
    try {
      token = await steps.getAccessToken(requestToken, callback.verifier, perms);
    } catch (error) {
      await callback.finish('failed');
      throw error;
    }
    await callback.finish('authorized');

    return token;
  } finally {
    await server.close();
  }
}

const MAX_TIMER_MS = 2_147_483_647;

/** Waits for the callback, or fails on timeout or cancellation. */
function waitFor(
  accepted: Promise<AcceptedCallback>,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<AcceptedCallback> {
  return new Promise((resolve, reject) => {
    // Node fires timers longer than 2^31 - 1 ms at once; such waits are as good as forever.
    const timer = timeout > MAX_TIMER_MS ? undefined : setTimeout(() => {
      finish();
      const shown = timeout < 1000 ? `${timeout} ms` : `${Math.round(timeout / 1000)} s`;
      const message = `no answer from Flickr's authorize page within ${shown}`;
      reject(new AuthFlowError('timeout', message));
    }, timeout);
    const onAbort = (): void => {
      finish();
      reject(new AuthFlowError('cancelled', 'browser authorization cancelled', {
        cause: signal?.reason,
      }));
    };
    const finish = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    accepted.then((callback) => {
      finish();
      resolve(callback);
    });
  });
}
