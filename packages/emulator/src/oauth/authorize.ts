import { secureDigits, secureHex } from '../state/random.js';
import { parsePerms, type Perms, type TokenRecord, type Tokens } from '../state/tokens.js';
import type { User, Users } from '../state/users.js';
import {
  badRequestPage,
  consentPage,
  declinedPage,
  unknownTokenPage,
  verifierPage,
} from './authorize-page.js';
import { percentEncode } from './percent-encode.js';

/**
 * Permission granted when the authorize URL carries no `perms`. Flickr then uses the
 * app's configured default; the emulator's apps default to `delete` so clients that never
 * send `perms` (flickcurl) can still write and delete.
 */
export const DEFAULT_AUTHORIZE_PERMS: Perms = 'delete';

/** What the authorize endpoint answers: an HTML page or a redirect. */
export type PageReply =
  | { readonly status: number; readonly html: string }
  | { readonly status: 302; readonly location: string };

/** Dependencies of the authorize endpoint. */
export interface AuthorizeDeps {
  readonly tokens: Tokens;
  readonly users: Users;
  readonly now: () => number;
  /** Username that approves every request without a click, if auto-approve is on. */
  readonly autoApprove: string | undefined;
  /** Display name of the app behind a consumer key. */
  readonly appName: (consumerKey: string) => string;
}

function pendingToken(deps: AuthorizeDeps, token: string | undefined): TokenRecord | undefined {
  const record = token === undefined ? undefined : deps.tokens.find(token);
  if (record === undefined || record.kind !== 'request' || record.state !== 'pending') {
    return undefined;
  }
  if (record.expires !== null && record.expires < deps.now()) return undefined;

  return record;
}

function withQuery(callback: string, pairs: readonly (readonly [string, string])[]): string {
  const query = pairs.map(([name, value]) => `${name}=${percentEncode(value)}`).join('&');

  return `${callback}${callback.includes('?') ? '&' : '?'}${query}`;
}

/** A verifier in the form Flickr shows for out-of-band apps: `123-456-789`. */
function oobVerifier(): string {
  const digits = secureDigits(9);

  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
}

function approve(deps: AuthorizeDeps, record: TokenRecord, user: User, perms: Perms): PageReply {
  const oob = record.callback === null || record.callback === 'oob';
  const verifier = oob ? oobVerifier() : secureHex(16);
  deps.tokens.authorize(record.token, user.nsid, perms, verifier);
  if (oob) return { status: 200, html: verifierPage(deps.appName(record.consumerKey), verifier) };

  const location = withQuery(record.callback ?? '', [
    ['oauth_token', record.token],
    ['oauth_verifier', verifier],
  ]);

  return { status: 302, location };
}

function readPerms(value: string | undefined): Perms | undefined {
  if (value === undefined || value === '') return DEFAULT_AUTHORIZE_PERMS;
  const perms = parsePerms(value);

  return perms === 'none' ? undefined : perms;
}

/**
 * GET `/services/oauth/authorize?oauth_token=T[&perms=P]`: the consent page, or an
 * immediate approval in auto-approve mode.
 */
export function showAuthorize(params: ReadonlyMap<string, string>, deps: AuthorizeDeps): PageReply {
  const record = pendingToken(deps, params.get('oauth_token'));
  if (record === undefined) return { status: 400, html: unknownTokenPage() };
  const perms = readPerms(params.get('perms'));
  if (perms === undefined) {
    return { status: 400, html: badRequestPage('"perms" must be read, write or delete.') };
  }

  if (deps.autoApprove !== undefined) {
    const user = deps.users.byUsername(deps.autoApprove);
    if (user === undefined) {
      return { status: 400, html: badRequestPage(`No user named "${deps.autoApprove}".`) };
    }
    return approve(deps, record, user, perms);
  }
  const html = consentPage({
    appName: deps.appName(record.consumerKey),
    token: record.token,
    perms,
    users: deps.users.all(),
  });

  return { status: 200, html };
}

/**
 * POST `/services/oauth/authorize` from the consent form: `decision=approve` redirects to
 * the callback with the verifier (or shows it for `oob`); `decline` redirects with
 * `oauth_problem=user_refused` and spends the token.
 */
export function decideAuthorize(
  params: ReadonlyMap<string, string>,
  deps: AuthorizeDeps,
): PageReply {
  const record = pendingToken(deps, params.get('oauth_token'));
  if (record === undefined) return { status: 400, html: unknownTokenPage() };
  const perms = readPerms(params.get('perms'));
  if (perms === undefined) {
    return { status: 400, html: badRequestPage('"perms" must be read, write or delete.') };
  }
  const decision = params.get('decision');

  if (decision === 'decline') {
    deps.tokens.retire(record.token, 'declined');
    if (record.callback === null || record.callback === 'oob') {
      return { status: 200, html: declinedPage(deps.appName(record.consumerKey)) };
    }
    const location = withQuery(record.callback, [
      ['oauth_token', record.token],
      ['oauth_problem', 'user_refused'],
    ]);
    return { status: 302, location };
  }
  if (decision !== 'approve') {
    return { status: 400, html: badRequestPage('"decision" must be approve or decline.') };
  }
  const username = params.get('username');
  const user = username === undefined ? deps.users.all()[0] : deps.users.byUsername(username);
  if (user === undefined) {
    return { status: 400, html: badRequestPage(`No user named "${username ?? ''}".`) };
  }

  return approve(deps, record, user, perms);
}
