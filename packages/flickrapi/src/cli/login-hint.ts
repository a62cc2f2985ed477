import { FlickrOAuthError } from '../errors.js';
import type { CliSettings } from './options.js';

/**
 * OAuth problems that mean the token itself is refused (unknown, revoked, expired, or lacking
 * the permission): logging in again is the cure. Flickr answers `verifier_invalid` for a REST
 * call signed with a token it does not know.
 */
const TOKEN_PROBLEMS = new Set([
  'token_rejected',
  'token_revoked',
  'token_expired',
  'verifier_invalid',
  'permission_denied',
  'permission_unknown',
]);

/** `name` as one shell word: quoted only when it holds characters a shell would split on. */
function shellWord(name: string): string {
  return /^[\w.@+-]+$/.test(name) ? name : `'${name.replaceAll("'", `'\\''`)}'`;
}

/**
 * The command that logs in to the account in use: `flickr login`, or
 * `flickr --username work login` for a second account, so that the hint can be pasted as is.
 */
export function loginCommandLine(settings: Pick<CliSettings, 'username'> | undefined): string {
  const username = settings?.username ?? '';

  return username === '' ? 'flickr login' : `flickr --username ${shellWord(username)} login`;
}

/** "the default account" or `account "work"`: which cached account a message is about. */
export function accountName(settings: Pick<CliSettings, 'username'>): string {
  return settings.username === '' ? 'the default account' : `account "${settings.username}"`;
}

/** True for an HTTP 401 whose `oauth_problem` says the token is refused. */
export function isTokenProblem(error: unknown): error is FlickrOAuthError {
  return error instanceof FlickrOAuthError && error.status === 401 &&
    TOKEN_PROBLEMS.has(error.problem);
}

/** The hint printed after a token problem: how to get a working token again. */
export function reloginHint(settings: Pick<CliSettings, 'username'> | undefined): string {
  return `Flickr refused the token: log in again with "${loginCommandLine(settings)}"`;
}
