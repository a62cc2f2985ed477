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
  const id = randomBytes(16).toString('base64url');
  const state: SignInState = { ...fields, id, createdAt: now };

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

/**
 * The callback query as `URLSearchParams`. A parameter given twice, or as a nested object
 * (as Express's query parser can produce), is refused: a callback is never ambiguous.
 *
 * @throws AuthFlowError `state-invalid`
 */
export function callbackParams(query: CallbackQuery): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, unknown][] = query instanceof URLSearchParams
    ? [...query]
    : Object.entries(query).flatMap(([name, value]) =>
      Array.isArray(value) ? value.map((v): [string, unknown] => [name, v]) : [[name, value]]);
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    if (typeof value !== 'string' || params.has(name)) {
      throw new AuthFlowError('state-invalid', `sign-in callback: "${name}" must appear once`);
    }
    params.append(name, value);
  }

  return params;
}

function isSignInState(value: unknown): value is SignInState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;

  return typeof v['id'] === 'string' && typeof v['requestToken'] === 'string'
    && typeof v['requestTokenSecret'] === 'string' && typeof v['perms'] === 'string'
    && isPerms(v['perms']) && typeof v['returnTo'] === 'string'
    && safeReturnTo(v['returnTo']) === v['returnTo'] && typeof v['createdAt'] === 'number';
}
