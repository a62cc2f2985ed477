/**
 * What a site keeps between sending a visitor to Flickr and the callback: the request token
 * and its secret, the permission asked for and the page to return to, sealed so that the
 * visitor's browser can carry it without reading or altering it.
 */
import { randomBytes } from 'node:crypto';

import { AuthFlowError } from '../errors.js';
import { isPerms, type Perms } from '../tokens/token.js';
import { safeReturnTo } from './return-to.js';
import type { Sealer } from './sealed-cookie.js';

/** The sign-in state, as sealed. */
export interface SignInState {
  /** A random id, so that one state is accepted once (see {@link ReplayGuard}). */
  readonly id: string;
  /** The request token Flickr issued for this sign-in. */
  readonly requestToken: string;
  /** Its secret; needed to trade the verifier. Only ever travels sealed. */
  readonly requestTokenSecret: string;
  /** The permission asked for. */
  readonly perms: Perms;
  /** The same-site path to go back to. */
  readonly returnTo: string;
  /** When the sign-in started, in milliseconds since the epoch. */
  readonly createdAt: number;
}

/** A callback query: `URLSearchParams`, or a parsed query object such as Express's `req.query`. */
export type CallbackQuery = URLSearchParams | Readonly<Record<string, unknown>>;

/** Seals a new state for `requestToken`, valid for `ttlSeconds`. */
export function sealSignInState(
  sealer: Sealer,
  fields: Omit<SignInState, 'id' | 'createdAt'>,
  ttlSeconds: number,
  now: number = Date.now(),
): string {
  const state: SignInState = { ...fields, id: randomBytes(16).toString('base64url'), createdAt: now };

  return sealer.seal(state, ttlSeconds, now);
}

/**
 * Opens a sealed state.
 *
 * @throws AuthFlowError `state-invalid` when it is missing, altered or malformed; `expired`
 *   when the visitor took longer than the state's lifetime.
 */
export function openSignInState(
  sealer: Sealer,
  sealed: string | undefined,
  now: number = Date.now(),
): SignInState {
  if (sealed === undefined || sealed === '') {
    throw new AuthFlowError(
      'state-invalid',
      'sign-in: no sign-in in progress (the state cookie is missing: the sign-in already ' +
        'finished, or the browser does not keep cookies)',
    );
  }
  const value = sealer.open(sealed, now);
  if (!isSignInState(value)) {
    throw new AuthFlowError('state-invalid', 'sign-in: the sealed state has the wrong shape');
  }

  return value;
}

/** One value of a callback parameter; repeated parameters are refused as ambiguous. */
export function queryValue(query: CallbackQuery, name: string): string | undefined {
  const values = query instanceof URLSearchParams
    ? query.getAll(name)
    : [query[name]].flat().filter((v) => v !== undefined);
  if (values.length === 0) return undefined;
  const [value] = values;
  if (values.length > 1 || typeof value !== 'string') {
    throw new AuthFlowError('state-invalid', `sign-in callback: "${name}" must appear once`);
  }

  return value;
}

/**
 * Checks Flickr's callback against the state and returns the verifier.
 *
 * @throws AuthFlowError `declined` when the user refused (`oauth_problem=user_refused` or
 *   `denied`), `token-mismatch` when `oauth_token` is missing or is not the one this sign-in
 *   started with, `no-verifier` when `oauth_verifier` is missing.
 */
export function verifierFromCallback(query: CallbackQuery, state: SignInState): string {
  const problem = queryValue(query, 'oauth_problem');
  if (problem !== undefined || queryValue(query, 'denied') !== undefined) {
    throw new AuthFlowError(
      'declined',
      `sign-in: the Flickr user declined to authorize (${problem ?? 'denied'})`,
    );
  }
  const token = queryValue(query, 'oauth_token');
  if (token !== state.requestToken) {
    throw new AuthFlowError(
      'token-mismatch',
      token === undefined
        ? 'sign-in callback: oauth_token is missing'
        : 'sign-in callback: oauth_token is not the request token this sign-in started with',
    );
  }
  const verifier = queryValue(query, 'oauth_verifier');
  if (verifier === undefined || verifier === '') {
    throw new AuthFlowError('no-verifier', 'sign-in callback: oauth_verifier is missing');
  }

  return verifier;
}

function isSignInState(value: unknown): value is SignInState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;

  return typeof v['id'] === 'string' && typeof v['requestToken'] === 'string'
    && typeof v['requestTokenSecret'] === 'string' && typeof v['perms'] === 'string'
    && isPerms(v['perms']) && typeof v['returnTo'] === 'string'
    && safeReturnTo(v['returnTo']) === v['returnTo'] && typeof v['createdAt'] === 'number';
}
