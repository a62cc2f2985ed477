/**
 * "Sign in with Flickr" for any web framework, in two calls made in two different HTTP
 * requests: {@link startSignIn} (get a request token, build the authorize URL, seal the state
 * for a cookie) and {@link finishSignIn} (check the callback against the state, trade the
 * verifier, return the token).
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2
 */
import { assertGrantable } from '../auth/authorize-url.js';
import { verifierFromCallback } from '../auth/callback-params.js';
import type { FlowSteps } from '../auth/flow-steps.js';
import { AuthFlowError, FlickrOAuthError } from '../errors.js';
import type { OAuthToken, Perms } from '../tokens/token.js';
import type { ReplayGuard } from './replay-guard.js';
import { safeReturnTo } from './return-to.js';
import { Sealer, type SealKey } from './sealed-cookie.js';
import {
  callbackParams,
  openSignInState,
  sealSignInState,
  type CallbackQuery,
} from './sign-in-state.js';

/** The purpose the sign-in state is sealed for; a token cookie never opens as a state. */
export const SIGN_IN_STATE_PURPOSE = 'flickr-sign-in-state';

/**
 * What signing in needs from the Flickr client: its three OAuth steps. A `FlickrAPI` has them.
 * Its `getAccessToken` keeps the token it returns, so give each sign-in its own client made
 * with `storeToken: false` rather than the site's shared one.
 */
export type SignInClient = FlowSteps;

/** Options of {@link startSignIn}. */
export interface StartSignInOptions {
  /** The Flickr client of the application (no user token needed). */
  readonly flickr: SignInClient;
  /** The absolute URL of the site's callback route, where Flickr sends the visitor back. */
  readonly callbackUrl: string;
  /** The permission to ask for: `read`, `write` or `delete`. */
  readonly perms: Perms;
  /**
   * The same-site path to return to afterwards. Anything else (another site, `//host`,
   * `/\host`) is replaced by `/`: never an open redirect. Default `/`.
   */
  readonly returnTo?: string | undefined;
  /** Server keys sealing the state, newest first (see `Sealer`). */
  readonly keys: readonly SealKey[];
  /** How long the visitor has to finish on Flickr, in seconds. Default 600. */
  readonly stateTtlSeconds?: number;
}

/** What {@link startSignIn} returns. */
export interface StartedSignIn {
  /** Where to redirect the visitor (Flickr's authorize page). */
  readonly authorizeUrl: string;
  /** The sealed state: keep it in a cookie until the callback. Holds no readable secret. */
  readonly state: string;
  /** The state's lifetime in seconds, for the cookie's `Max-Age`. */
  readonly stateMaxAgeSeconds: number;
  /** The validated return path. */
  readonly returnTo: string;
}

/**
 * Starts a sign-in: asks Flickr for a request token bound to `callbackUrl` and seals it, with
 * the permission and the return path, into the state.
 *
 * @example
 * ```ts
 * const { authorizeUrl, state, stateMaxAgeSeconds } = await startSignIn({
 *   flickr, callbackUrl: 'https://example.com/auth/flickr/callback', perms: 'read',
 *   returnTo: '/albums', keys: [process.env.COOKIE_KEY!],
 * });
 * // Set-Cookie: the state (sealed), then redirect to authorizeUrl.
 * ```
 */
export async function startSignIn(options: StartSignInOptions): Promise<StartedSignIn> {
  const perms = options.perms;
  assertGrantable(perms, 'startSignIn');
  const stateMaxAgeSeconds = options.stateTtlSeconds ?? 600;
  const returnTo = safeReturnTo(options.returnTo) ?? '/';
  const sealer = new Sealer(options.keys, SIGN_IN_STATE_PURPOSE);

  const requestToken = await options.flickr.getRequestToken(options.callbackUrl);

  const state = sealSignInState(sealer, {
    requestToken: requestToken.token,
    requestTokenSecret: requestToken.tokenSecret,
    perms,
    returnTo,
  }, stateMaxAgeSeconds);

  return {
    authorizeUrl: options.flickr.authorizeUrl(requestToken, perms),
    state,
    stateMaxAgeSeconds,
    returnTo,
  };
}

/** Options of {@link finishSignIn}. */
export interface FinishSignInOptions {
  /** The Flickr client of the application. */
  readonly flickr: SignInClient;
  /** The callback's query: `URLSearchParams` or a parsed object such as Express's `req.query`. */
  readonly query: CallbackQuery;
  /** The sealed state from the cookie; `undefined` when the cookie is missing. */
  readonly state: string | undefined;
  /** The same server keys as in {@link startSignIn}. */
  readonly keys: readonly SealKey[];
  /**
   * Refuses a state used before, without asking Flickr. Default: none; Flickr still refuses a
   * request token traded once, which also gives `replayed`. `flickrAuth` keeps one per site.
   */
  readonly replayGuard?: ReplayGuard;
}

/** How long a used state is remembered: longer than any state lives. */
const DAY_MS = 24 * 3600 * 1000;

/** What {@link finishSignIn} returns. */
export interface FinishedSignIn {
  /** The visitor's access token. Keep its secret server-side or sealed. */
  readonly token: OAuthToken;
  /** The same-site path the visitor asked for before signing in. */
  readonly returnTo: string;
}

/**
 * Finishes a sign-in on the callback: opens the state, checks that the callback belongs to it,
 * trades the verifier for an access token.
 *
 * @throws AuthFlowError with `reason`: `declined` (the user refused), `state-invalid` (state
 *   missing, tampered, malformed), `expired` (state too old), `token-mismatch` (callback for
 *   another request token), `no-verifier`, `replayed` (state used before, or Flickr refused
 *   the request token as already traded)
 * @throws FlickrHttpError, FlickrNetworkError and the like when Flickr could not be reached
 */
export async function finishSignIn(options: FinishSignInOptions): Promise<FinishedSignIn> {
  const sealer = new Sealer(options.keys, SIGN_IN_STATE_PURPOSE);
  const state = openSignInState(sealer, options.state);
  const verifier = verifierFromCallback(callbackParams(options.query), state.requestToken);
  assertGrantable(state.perms, 'finishSignIn');
  const guard = options.replayGuard;
  if (guard !== undefined && !(await guard.claim(state.id, state.createdAt + DAY_MS))) {
    throw new AuthFlowError('replayed', 'sign-in: this callback was already used');
  }
  const requestToken = { token: state.requestToken, tokenSecret: state.requestTokenSecret };

  let token: OAuthToken;
  try {
    token = await options.flickr.getAccessToken(requestToken, verifier, state.perms);
  } catch (error) {
    if (error instanceof FlickrOAuthError && error.problem === 'token_rejected') {
      throw new AuthFlowError(
        'replayed',
        'sign-in: Flickr refused the request token (already traded, or not authorized)',
        { cause: error },
      );
    }
    throw error;
  }

  return { token, returnTo: state.returnTo };
}

