/**
 * Reading the query string Flickr sends the user back with: a verifier, a refusal, or
 * something that does not belong to our flow.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.2
 */
import { AuthFlowError } from '../errors.js';
import type { RequestToken } from './request-token.js';

/** What a callback request turned out to be. */
export type CallbackOutcome =
  /** The user approved: trade `verifier` for the access token. */
  | { readonly kind: 'verifier'; readonly verifier: string }
  /** The user declined (`oauth_problem=user_refused`, or `denied=TOKEN`). */
  | { readonly kind: 'declined'; readonly problem: string }
  /** A callback for another request token: not ours, and never accepted. */
  | { readonly kind: 'mismatch' }
  /** No OAuth parameters at all, or our token without a verifier. */
  | { readonly kind: 'stray' };

/**
 * Classifies a callback query. Refusals are reported either as Flickr's
 * `oauth_problem=user_refused` next to `oauth_token`, or as `denied=TOKEN` (the form
 * other OAuth 1.0a providers use); both count only when they name our request token.
 */
export function readCallback(
  query: URLSearchParams | string,
  requestToken: RequestToken | string,
): CallbackOutcome {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const expected = typeof requestToken === 'string' ? requestToken : requestToken.token;
  const token = params.get('oauth_token');
  const denied = params.get('denied');
  const problem = params.get('oauth_problem');

  if (denied !== null || problem !== null) {
    const named = denied || token;
    if (named !== expected) return { kind: 'mismatch' };

    return { kind: 'declined', problem: problem ?? 'user_refused' };
  }
  if (token === null) return { kind: 'stray' };
  if (token !== expected) return { kind: 'mismatch' };

  const verifier = params.get('oauth_verifier');

  return verifier ? { kind: 'verifier', verifier } : { kind: 'stray' };
}

/**
 * The verifier of a callback, for a web application finishing the flow in its callback
 * handler.
 *
 * @example
 * ```ts
 * const verifier = verifierFromCallback(new URL(req.url, 'http://x').searchParams, saved);
 * const token = await flickr.getAccessToken(saved, verifier, 'write');
 * ```
 * @throws {@link AuthFlowError} `declined`, `token-mismatch` or `no-verifier`
 */
export function verifierFromCallback(
  query: URLSearchParams | string,
  requestToken: RequestToken | string,
): string {
  const outcome = readCallback(query, requestToken);
  switch (outcome.kind) {
    case 'verifier':
      return outcome.verifier;
    case 'declined':
      throw new AuthFlowError('declined', `the user declined access (${outcome.problem})`);
    case 'mismatch':
      throw new AuthFlowError(
        'token-mismatch',
        'the callback names another request token than the one this flow started with',
      );
    case 'stray':
      throw new AuthFlowError('no-verifier', 'the callback carries no oauth_verifier');
  }
}
