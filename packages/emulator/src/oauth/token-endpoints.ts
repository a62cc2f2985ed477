import type { User, Users } from '../state/users.js';
import type { Tokens } from '../state/tokens.js';
import type { OAuthDeps } from './authenticate.js';
import { percentEncode } from './percent-encode.js';
import { oauthProblem, type OAuthProblem } from './problem.js';
import {
  checkProtocolParams,
  oauthParams,
  verifySignature,
  type SignableRequest,
} from './verify.js';

/** Dependencies of the token endpoints. */
export interface TokenEndpointDeps extends OAuthDeps {
  readonly users: Users;
  readonly tokens: Tokens;
  /** Current time in Unix seconds. */
  readonly now: () => number;
  /** Lifetime of an unexchanged request token in seconds. */
  readonly requestTokenTtl: number;
}

/** A form-encoded success body or the problem to answer with 401. */
export type TokenOutcome =
  | { readonly ok: true; readonly body: string }
  | { readonly ok: false; readonly problem: OAuthProblem };

function formEncode(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&');
}

function checkConsumer(
  request: SignableRequest,
  deps: OAuthDeps,
  extra: readonly string[],
): { oauth: Map<string, string>; secret: string } | OAuthProblem {
  const oauth = oauthParams(request);
  const absent = checkProtocolParams(oauth, extra);
  if (absent !== undefined) return absent;
  const secret = deps.consumerSecret(oauth.get('oauth_consumer_key') ?? '');
  if (secret === undefined) return oauthProblem('consumer_key_unknown');

  return { oauth, secret };
}

function rememberNonce(deps: OAuthDeps, oauth: ReadonlyMap<string, string>): boolean {
  return deps.nonces.remember(
    oauth.get('oauth_consumer_key') ?? '',
    oauth.get('oauth_token') ?? '',
    oauth.get('oauth_timestamp') ?? '',
    oauth.get('oauth_nonce') ?? '',
    oauth.get('oauth_signature') ?? '',
  );
}

/**
 * `/services/oauth/request_token`: signed with the consumer secret alone; issues a
 * single-use request token. The reply always carries `oauth_callback_confirmed=true`,
 * which Perl's Net::OAuth requires.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.1
 */
export function requestToken(request: SignableRequest, deps: TokenEndpointDeps): TokenOutcome {
  const checked = checkConsumer(request, deps, ['oauth_callback']);
  if ('problem' in checked) return { ok: false, problem: checked };
  const { oauth, secret } = checked;
  const invalid = verifySignature(request, secret, '');
  if (invalid !== undefined) return { ok: false, problem: invalid };
  if (!rememberNonce(deps, oauth)) return { ok: false, problem: oauthProblem('nonce_used') };

  const issued = deps.tokens.createRequestToken(
    oauth.get('oauth_consumer_key') ?? '',
    oauth.get('oauth_callback') ?? 'oob',
    deps.now(),
    deps.requestTokenTtl,
  );
  const body = formEncode([
    ['oauth_callback_confirmed', 'true'],
    ['oauth_token', issued.token],
    ['oauth_token_secret', issued.secret],
  ]);

  return { ok: true, body };
}

/**
 * `/services/oauth/access_token`: exchanges an authorized request token and its verifier
 * for an access token, signed with the consumer secret and the request token secret.
 * The request token is spent by a successful exchange.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.3
 */
export function accessToken(request: SignableRequest, deps: TokenEndpointDeps): TokenOutcome {
  const checked = checkConsumer(request, deps, ['oauth_token', 'oauth_verifier']);
  if ('problem' in checked) return { ok: false, problem: checked };
  const { oauth, secret } = checked;

  const consumerKey = oauth.get('oauth_consumer_key') ?? '';
  const record = deps.tokens.find(oauth.get('oauth_token') ?? '');
  const usable =
    record !== undefined &&
    record.kind === 'request' &&
    record.consumerKey === consumerKey &&
    record.state === 'authorized' &&
    (record.expires === null || record.expires >= deps.now());
  if (!usable) return { ok: false, problem: oauthProblem('token_rejected') };

  const invalid = verifySignature(request, secret, record.secret);
  if (invalid !== undefined) return { ok: false, problem: invalid };
  if (oauth.get('oauth_verifier') !== record.verifier) {
    return { ok: false, problem: oauthProblem('verifier_invalid') };
  }
  if (!rememberNonce(deps, oauth)) return { ok: false, problem: oauthProblem('nonce_used') };
  const user = deps.users.byNsid(record.userNsid ?? '');
  if (user === undefined || record.perms === null) {
    return { ok: false, problem: oauthProblem('token_rejected') };
  }

  deps.tokens.retire(record.token, 'used');
  const issued = deps.tokens.createAccessToken(consumerKey, user.nsid, record.perms, deps.now());

  return { ok: true, body: accessTokenBody(user, issued.token, issued.secret) };
}

/** Flickr's access-token reply, members in Flickr's order. */
export function accessTokenBody(user: User, token: string, secret: string): string {
  return formEncode([
    ['fullname', user.fullname],
    ['oauth_token', token],
    ['oauth_token_secret', secret],
    ['user_nsid', user.nsid],
    ['username', user.username],
  ]);
}
