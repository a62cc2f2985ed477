import type { TokenRecord, Tokens } from '../state/tokens.js';
import type { NonceCache } from './nonce-cache.js';
import { oauthProblem, type OAuthProblem } from './problem.js';
import {
  checkProtocolParams,
  isOAuthRequest,
  oauthParams,
  verifySignature,
  type SignableRequest,
} from './verify.js';

/** Who is calling a REST or upload endpoint. */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'consumer'; readonly consumerKey: string }
  | { readonly kind: 'user'; readonly consumerKey: string; readonly token: TokenRecord };

/** What the signature check needs from the emulator. */
export interface OAuthDeps {
  /** The consumer secret of a known API key. */
  readonly consumerSecret: (key: string) => string | undefined;
  readonly tokens: Tokens;
  readonly nonces: NonceCache;
}

/** Either the authenticated caller or the OAuth problem to answer with HTTP 401. */
export type AuthOutcome =
  | { readonly ok: true; readonly caller: Caller }
  | { readonly ok: false; readonly problem: OAuthProblem };

/**
 * Authenticates a protected-resource request (REST call, upload, replace). A request with
 * no OAuth parameters is anonymous (its `api_key` is checked later, as error 100); a
 * signed one must carry a known consumer key, an access token of that key if any token,
 * and a valid HMAC-SHA1 signature.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5849#section-3.2
 */
export function authenticateProtected(request: SignableRequest, deps: OAuthDeps): AuthOutcome {
  const oauth = oauthParams(request);
  if (!isOAuthRequest(oauth)) return { ok: true, caller: { kind: 'anonymous' } };
  const absent = checkProtocolParams(oauth);
  if (absent !== undefined) return { ok: false, problem: absent };

  const consumerKey = oauth.get('oauth_consumer_key') ?? '';
  const consumerSecret = deps.consumerSecret(consumerKey);
  if (consumerSecret === undefined) {
    return { ok: false, problem: oauthProblem('consumer_key_unknown') };
  }

  const tokenValue = oauth.get('oauth_token');
  let token: TokenRecord | undefined;
  if (tokenValue !== undefined && tokenValue !== '') {
    token = deps.tokens.find(tokenValue);
    // Flickr answers a request token or a token of another key this way on API calls.
    if (token === undefined || token.kind !== 'access' || token.consumerKey !== consumerKey) {
      return { ok: false, problem: oauthProblem('verifier_invalid') };
    }
  }

  const invalid = verifySignature(request, consumerSecret, token?.secret ?? '');
  if (invalid !== undefined) return { ok: false, problem: invalid };
  const fresh = deps.nonces.remember(
    consumerKey,
    tokenValue ?? '',
    oauth.get('oauth_timestamp') ?? '',
    oauth.get('oauth_nonce') ?? '',
    oauth.get('oauth_signature') ?? '',
  );
  if (!fresh) return { ok: false, problem: oauthProblem('nonce_used') };

  const caller: Caller =
    token === undefined ? { kind: 'consumer', consumerKey } : { kind: 'user', consumerKey, token };

  return { ok: true, caller };
}
