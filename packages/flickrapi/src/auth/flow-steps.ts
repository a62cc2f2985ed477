import type { OAuthToken } from '../tokens/token.js';
import type { GrantablePerms } from './authorize-url.js';
import type { RequestToken } from './request-token.js';

/**
 * The three OAuth steps as a client performs them (sending the requests, storing the
 * token); the browser and console flows are written against this.
 */
export interface FlowSteps {
  /** Obtains a request token for this callback URL, or `oob`. */
  getRequestToken(callback: string): Promise<RequestToken>;
  /** The authorize page URL for the token and permission. */
  authorizeUrl(requestToken: RequestToken, perms: GrantablePerms): string;
  /** Trades the verifier for an access token, and remembers it. */
  getAccessToken(
    requestToken: RequestToken,
    verifier: string,
    perms: GrantablePerms,
  ): Promise<OAuthToken>;
}

/** Where flows print instructions: anything with `write`, such as `process.stderr`. */
export interface FlowOutput {
  write(text: string): unknown;
}
