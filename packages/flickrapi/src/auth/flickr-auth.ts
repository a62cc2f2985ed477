/**
 * The authentication side of a client: the OAuth steps sent through the client's transport,
 * the browser and console flows, token checks, and the token they all share.
 */
import { FlickrUsageError } from '../errors.js';
import type { TransportRequest, TransportResponse } from '../http/transport.js';
import { isPerms, type OAuthToken, type Perms } from '../tokens/token.js';
import { buildAccessTokenRequest, processAccessTokenResponse } from './access-token.js';
import {
  assertGrantable,
  buildAuthorizeUrl,
  checkRequestToken,
  type GrantablePerms,
} from './authorize-url.js';
import type { BrowserFlowOptions } from './browser-flow.js';
import type { ConsoleFlowOptions } from './console-flow.js';
import type { FlowSteps } from './flow-steps.js';
import { checkVerifier } from './verifier.js';
import { oauthEndpoints, type OAuthConsumer, type OAuthEndpoints } from './oauth-endpoints.js';
import {
  buildRequestTokenRequest,
  processRequestTokenResponse,
  type RequestToken,
} from './request-token.js';
import { validateToken, type CheckToken } from './token-check.js';
import { TokenKeeper, type TokenKeeperOptions } from './token-keeper.js';

/** What {@link FlickrAuth} needs from the client it belongs to. */
export interface FlickrAuthOptions extends TokenKeeperOptions {
  /** The API secret. */
  readonly apiSecret: string;
  /** The OAuth endpoint URLs. @defaultValue Flickr's, under `https://www.flickr.com` */
  readonly endpoints?: OAuthEndpoints | undefined;
  /** Sends one request through the client's transport (timeouts, logging included). */
  readonly send: (request: TransportRequest) => Promise<TransportResponse>;
  /** Calls `flickr.auth.oauth.checkToken` signed with a token. */
  readonly checkToken: CheckToken;
}

/**
 * OAuth for one client: each step, both interactive flows, and {@link FlickrAuth.tokenValid}.
 * The client delegates its `getRequestToken`, `authorizeUrl`, `getAccessToken`,
 * `authenticateViaBrowser`, `authenticateConsole` and `tokenValid` here.
 */
export class FlickrAuth implements FlowSteps {
  /** The token in use, and where it is stored. */
  readonly keeper: TokenKeeper;
  /** The OAuth endpoint URLs. */
  readonly endpoints: OAuthEndpoints;
  readonly #consumer: OAuthConsumer;
  readonly #send: (request: TransportRequest) => Promise<TransportResponse>;
  readonly #checkToken: CheckToken;

  constructor(options: FlickrAuthOptions) {
    this.keeper = new TokenKeeper(options);
    this.endpoints = options.endpoints ?? oauthEndpoints();
    this.#consumer = { apiKey: options.apiKey, apiSecret: options.apiSecret };
    this.#send = options.send;
    this.#checkToken = options.checkToken;
  }

  /**
   * Asks Flickr for a request token.
   *
   * @param callback - where Flickr sends the user back, or `oob` for a code to type in
   */
  async getRequestToken(callback: string): Promise<RequestToken> {
    if (typeof callback !== 'string' || callback === '') {
      throw new FlickrUsageError(
        `getRequestToken: callback must be a URL or "oob", got ${typeof callback}`,
      );
    }
    const request = buildRequestTokenRequest({
      consumer: this.#consumer,
      endpoints: this.endpoints,
      callback,
    });

    return processRequestTokenResponse(await this.#send(request), request.url);
  }

  /** The URL where the user grants `perms` for this request token. */
  authorizeUrl(requestToken: RequestToken | string, perms: GrantablePerms): string {
    return buildAuthorizeUrl(this.endpoints, requestToken, perms);
  }

  /**
   * Trades the verifier for an access token, which becomes the client's token and is
   * stored (unless the client keeps tokens off disk).
   */
  async getAccessToken(
    requestToken: RequestToken,
    verifier: string,
    perms: GrantablePerms,
  ): Promise<OAuthToken> {
    assertGrantable(perms, 'getAccessToken');
    checkRequestToken(requestToken, 'getAccessToken');
    checkVerifier(verifier, 'getAccessToken');
    const request = buildAccessTokenRequest({
      consumer: this.#consumer,
      endpoints: this.endpoints,
      requestToken,
      verifier,
    });
    const token = processAccessTokenResponse(await this.#send(request), perms, request.url);
    await this.keeper.remember(token);

    return token;
  }

  /**
   * The browser flow, skipped when the current token is valid for `perms`.
   * @see {@link runBrowserFlow}
   */
  async authenticateViaBrowser(options: BrowserFlowOptions = {}): Promise<OAuthToken> {
    const perms = options.perms ?? 'read';
    assertGrantable(perms, 'authenticateViaBrowser');
    // Loaded on first use: the callback server, `open` and the landing page are needed
    // only by interactive logins, so importing the library does not pay for them.
    const { browserFlowTimeout, runBrowserFlow } = await import('./browser-flow.js');
    browserFlowTimeout(options);
    const valid = await this.#validToken(perms);

    return valid ?? runBrowserFlow(this, options);
  }

  /**
   * The out-of-band console flow, skipped when the current token is valid for `perms`.
   * @see {@link runConsoleFlow}
   */
  async authenticateConsole(options: ConsoleFlowOptions = {}): Promise<OAuthToken> {
    const perms = options.perms ?? 'read';
    assertGrantable(perms, 'authenticateConsole');
    const valid = await this.#validToken(perms);
    if (valid !== undefined) return valid;
    // Loaded on first use, like the browser flow: `readline` is for interactive logins only.
    const { runConsoleFlow } = await import('./console-flow.js');

    return runConsoleFlow(this, options);
  }

  /** @see {@link validateToken} */
  async tokenValid(perms: Perms = 'read'): Promise<boolean> {
    if (typeof perms !== 'string' || !isPerms(perms)) {
      throw new FlickrUsageError(
        `tokenValid: perms must be none, read, write or delete, got ${JSON.stringify(perms)}`,
      );
    }

    return validateToken(this.keeper, this.#checkToken, perms);
  }

  /** Closes the token store when the client opened it. */
  close(): Promise<void> {
    return this.keeper.close();
  }

  async #validToken(perms: Perms): Promise<OAuthToken | undefined> {
    if (!(await this.tokenValid(perms))) return undefined;

    return this.keeper.current();
  }
}
