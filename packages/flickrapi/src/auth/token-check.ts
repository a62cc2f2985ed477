/**
 * Whether a token still works, and with which permission, by asking Flickr
 * (`flickr.auth.oauth.checkToken`).
 */
import {
  FlickrApiError,
  FlickrHttpError,
  FlickrNetworkError,
  FlickrOAuthError,
  FlickrResponseFormatError,
  FlickrTimeoutError,
} from '../errors.js';
import { redactText } from '../http/redact.js';
import { isPerms, permsSatisfy, type OAuthToken, type Perms } from '../tokens/token.js';
import type { TokenKeeper } from './token-keeper.js';

/** What `flickr.auth.oauth.checkToken` says about a token. */
export interface CheckedToken {
  /** The permission the user granted. */
  readonly perms: Perms;
  /** The NSID of the user who granted the token. */
  readonly userNsid: string;
  /** Their screen name; empty when Flickr sent none. */
  readonly username: string;
  /** Their full name; empty when Flickr sent none. */
  readonly fullname: string;
}

/**
 * Reads the parsed JSON reply of `flickr.auth.oauth.checkToken`:
 * `{"oauth":{"token":{…},"perms":{"_content":"write"},"user":{"nsid","username","fullname"}}}`.
 *
 * @throws {@link FlickrResponseFormatError} when the reply has another shape
 */
export function readCheckTokenReply(reply: unknown, body = ''): CheckedToken {
  const oauth = (reply as { oauth?: unknown } | null)?.oauth as
    | { perms?: { _content?: unknown }; user?: Record<string, unknown> }
    | undefined;
  const perms = String(oauth?.perms?._content ?? '');
  const user = oauth?.user;
  if (!isPerms(perms) || typeof user?.['nsid'] !== 'string') {
    throw new FlickrResponseFormatError(
      'flickr.auth.oauth.checkToken',
      'oauth.perms._content and oauth.user.nsid',
      redactText(body),
    );
  }

  return {
    perms,
    userNsid: user['nsid'],
    username: typeof user['username'] === 'string' ? user['username'] : '',
    fullname: typeof user['fullname'] === 'string' ? user['fullname'] : '',
  };
}

/** Calls `flickr.auth.oauth.checkToken` signed with `token`. */
export type CheckToken = (token: OAuthToken) => Promise<CheckedToken>;

/**
 * OAuth problems that mean Flickr no longer accepts the token. Flickr answers
 * `verifier_invalid` for a REST call with a token that is not a valid access token.
 */
const REJECTING_PROBLEMS = new Set([
  'token_rejected',
  'token_revoked',
  'token_expired',
  'verifier_invalid',
  'permission_unknown',
]);

/** True when the failure says the token itself is refused (so it should be forgotten). */
export function isTokenRejection(error: unknown): boolean {
  if (error instanceof FlickrApiError) return error.code === 98;
  if (error instanceof FlickrOAuthError) return REJECTING_PROBLEMS.has(error.problem);

  return false;
}

/**
 * True when the failure is Flickr or the network being briefly unavailable: network errors,
 * timeouts, HTTP 429 and 5xx, API error 105 "Service currently unavailable".
 */
export function isTransientFailure(error: unknown): boolean {
  if (error instanceof FlickrNetworkError || error instanceof FlickrTimeoutError) return true;
  if (error instanceof FlickrHttpError) return error.status === 429 || error.status >= 500;
  if (error instanceof FlickrApiError) return error.code === 105 || error.code === 106;

  return false;
}

/**
 * Checks the keeper's token against `perms`. A token Flickr rejects is forgotten and gives
 * `false`; so does a missing token. A token with less permission than asked gives `false`
 * and is kept until a flow replaces it; one with more is accepted. Transient failures are
 * thrown as they are, and the token is kept (Python flickrapi deletes it).
 *
 * When Flickr reports another permission than the one stored, the stored token is updated.
 */
export async function validateToken(
  keeper: TokenKeeper,
  checkToken: CheckToken,
  perms: Perms,
): Promise<boolean> {
  const token = await keeper.current();
  if (token === undefined) return false;

  let checked: CheckedToken;
  try {
    checked = await checkToken(token);
  } catch (error) {
    if (!isTokenRejection(error)) throw error;
    await keeper.forget();

    return false;
  }

  if (checked.perms !== token.perms && checked.perms !== 'none') {
    await keeper.remember({ ...token, perms: checked.perms });
  }

  return permsSatisfy(checked.perms, perms);
}
