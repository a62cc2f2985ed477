/**
 * The Flickr client: `new FlickrAPI(apiKey, apiSecret, options)`.
 */
import type { GrantablePerms } from '../auth/authorize-url.js';
import type { BrowserFlowOptions } from '../auth/browser-flow.js';
import type { ConsoleFlowOptions } from '../auth/console-flow.js';
import { FlickrAuth } from '../auth/flickr-auth.js';
import type { RequestToken } from '../auth/request-token.js';
import { readCheckTokenReply, type CheckedToken } from '../auth/token-check.js';
import { FlickrUsageError } from '../errors.js';
import { decodeResponse, type ReplyContext } from '../formats/decode-response.js';
import {
  isResponseFormat,
  wireFormatParams,
  type FormatResult,
  type ResponseFormat,
} from '../formats/response-format.js';
import { FetchTransport } from '../http/fetch-transport.js';
import type { FlickrLogger } from '../http/logger.js';
import { NodeTransport } from '../http/node-transport.js';
import type {
  RequestBody,
  Transport,
  TransportRequest,
  TransportResponse,
} from '../http/transport.js';
import { methodInfo, type FlickrMethodName } from '../methods/generated/method-table.js';
import type { FlickrMethodParams } from '../methods/generated/method-params.js';
import type { FlickrNamespaces } from '../methods/generated/namespaces.js';
import type { MethodInfo } from '../methods/method-info.js';
import { authorizationHeader } from '../oauth/authorization-header.js';
import type { RequestParam } from '../oauth/base-string.js';
import { formEncode } from '../oauth/percent-encode.js';
import { signOAuthParams, signOAuthQuery } from '../oauth/sign.js';
import { CallPolicies } from '../resilience/call-policies.js';
import { isCacheableMethod } from '../cache/cacheable-methods.js';
import type { UploadClient } from '../upload/send-upload.js';
import { parseTicketsJson, waitForTickets, type WaitForTicketsOptions } from '../upload/tickets.js';
import type { ReplaceParams, UploadParams } from '../upload/upload-params.js';
import type { UploadedPhoto, UploadTicket } from '../upload/upload-response.js';
import type { UploadSource } from '../upload/upload-source.js';
import {
  walkMethod,
  WALKED_LISTS,
  type WalkedContact,
  type WalkedPhoto,
  type WalkedPhotoset,
  type WalkItem,
  type WalkOptions,
} from '../walk/walk-method.js';
import type { OAuthToken, Perms } from '../tokens/token.js';
import type { TokenStore } from '../tokens/token-store.js';
import { VERSION } from '../version.js';
import { resolveEndpoints, type FlickrEndpoints } from './endpoints.js';
import { defineNamespaces } from './namespaces.js';
import {
  DEFAULT_TIMEOUT_MS,
  type CallOptions,
  type FlickrAPIOptions,
} from './options.js';
import { serializeParams } from './params.js';
import { checkTimeout, sendRequest, type UnsentRequest } from './send.js';
import { checkCallOptions, checkClientOptions, checkToken } from './check-options.js';

export type { CallOptions, FlickrAPIOptions } from './options.js';

/** A token pair to sign with: an access token, or a request token during the OAuth dance. */
export interface SigningToken {
  readonly token: string;
  readonly tokenSecret: string;
}

/** A request for {@link FlickrAPI.signedRequest}. */
export interface SignedRequestInput {
  /** The HTTP method. */
  readonly method: 'GET' | 'POST';
  /** The URL, usually one of {@link FlickrAPI.endpoints}. */
  readonly url: string;
  /**
   * The parameters to sign. Without `body` they are sent too: in the query string for GET,
   * as an urlencoded body for POST. With `body` they must already be in it (the text fields of
   * a multipart upload) and only the OAuth parameters are added, in the `Authorization` header.
   */
  readonly params: readonly RequestParam[];
  /** The token to sign with; `null` signs with the consumer secret only. */
  readonly token: SigningToken | null;
  /** A body carrying `params` itself (e.g. a multipart upload, possibly streamed). */
  readonly body?: RequestBody | undefined;
  /** Extra request headers (lower-case names), e.g. `content-type` for `body`. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** `oauth_callback`, when asking for a request token. */
  readonly callback?: string | undefined;
  /** `oauth_verifier`, when exchanging a request token for an access token. */
  readonly verifier?: string | undefined;
  /** Cancels the request. */
  readonly signal?: AbortSignal | undefined;
  /** This request's timeout in milliseconds. Default: the client's. */
  readonly timeout?: number | undefined;
}

// A read whose query string grows past this is POSTed instead: long URLs get cut by proxies.
const MAX_QUERY_LENGTH = 1500;

/** Methods whose arguments are all optional. */
type OptionalParamsMethod = {
  [M in FlickrMethodName]: {} extends FlickrMethodParams[M] ? M : never;
}[FlickrMethodName];

/** A Flickr call after its arguments were checked and written as text. */
export interface SerializedCall {
  /** The Flickr method. */
  readonly method: FlickrMethodName;
  /** GET or POST (write and delete methods, and reads with a long query). */
  readonly httpMethod: 'GET' | 'POST';
  /** `method`, the arguments and the format parameters, not yet signed. */
  readonly params: readonly RequestParam[];
  /** The response format the reply is decoded into. */
  readonly format: ResponseFormat;
}

/**
 * The Flickr API client. Every call is signed with OAuth 1.0a (HMAC-SHA1): with the access
 * token when there is one, else with the API secret alone, like Python flickrapi. Calls are
 * available by name (`call`) and as typed namespaces for all 223 methods.
 *
 * @example
 * ```ts
 * const flickr = new FlickrAPI(apiKey, apiSecret, { endpoint: 'http://127.0.0.1:8080' });
 * const info = await flickr.photos.getInfo({ photo_id: '1234' });
 * const same = await flickr.call('flickr.photos.getInfo', { photo_id: '1234' });
 * const tree = await flickr.photos.getInfo({ photo_id: '1234' }, { format: 'xml' });
 * flickr.close();
 * ```
 */
export class FlickrAPI<F extends ResponseFormat = 'parsed-json'> {
  /** The API key (`oauth_consumer_key`). */
  readonly apiKey: string;
  /** Where requests go; see {@link FlickrEndpoints}. */
  readonly endpoints: FlickrEndpoints;
  /** The default response format. */
  readonly format: F;
  /** The lookup key of this client's token in the token store (`''`: the default account). */
  readonly username: string;
  /** The default timeout of each request, in milliseconds. */
  readonly timeout: number;
  /** The `User-Agent` header sent with every request. */
  readonly userAgent: string;
  /** The transport every request goes through. */
  readonly transport: Transport;
  /** Where tokens are kept between runs, once one is configured. */
  protected tokenStore: TokenStore | undefined;

  readonly #apiSecret: string;
  readonly #auth: FlickrAuth;
  readonly #ownsTransport: boolean;
  readonly #logger: FlickrLogger | undefined;
  readonly #getHeaders: Readonly<Record<string, string>>;
  readonly #policies: CallPolicies;
  /** The secrets of the last token used: each call reuses the list rather than build it. */
  #secretsOf: readonly string[] = [];

  constructor(apiKey: string, apiSecret: string, options: FlickrAPIOptions<F> = {}) {
    if (typeof apiKey !== 'string' || apiKey === '') {
      throw new FlickrUsageError('FlickrAPI: apiKey must be a non-empty string');
    }
    if (typeof apiSecret !== 'string' || apiSecret === '') {
      throw new FlickrUsageError('FlickrAPI: apiSecret must be a non-empty string');
    }
    checkClientOptions(options);
    const format = options.format ?? ('parsed-json' as F);
    if (!isResponseFormat(format)) {
      throw new FlickrUsageError(
        `FlickrAPI: format must be parsed-json, xml, json or rest, got "${String(format)}"`,
      );
    }

    this.apiKey = apiKey;
    this.#apiSecret = apiSecret;
    this.endpoints = resolveEndpoints(options.endpoint);
    this.format = format;
    this.username = options.username ?? '';
    this.timeout = checkTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS, 'FlickrAPI');
    this.userAgent = options.userAgent ?? `flickrapi-ts/${VERSION} (+node ${process.version})`;
    this.#ownsTransport = options.transport === undefined;
    this.transport = options.transport
      ?? (options.fetch === undefined ? new NodeTransport() : new FetchTransport(options.fetch));
    this.#logger = options.logger;
    this.tokenStore = options.tokenStore;
    this.#getHeaders = Object.freeze({ 'user-agent': this.userAgent });
    this.#policies = new CallPolicies(options);
    this.#auth = new FlickrAuth({
      apiKey,
      apiSecret,
      endpoints: this.endpoints,
      username: this.username,
      token: options.token,
      storeToken: options.storeToken,
      tokenCacheLocation: options.tokenCacheLocation,
      tokenStore: options.tokenStore,
      send: (request) => this.#sendOAuth(request),
      checkToken: (token) => this.#checkToken(token),
    });

    defineNamespaces(this, (method, params, callOptions) =>
      this.#callUnchecked(method, params, callOptions));
  }

  /**
   * The access token calls are signed with: the one given, set or obtained by a flow, or the
   * token store's once a call or `tokenValid` has looked it up.
   */
  get token(): OAuthToken | undefined {
    return this.#auth.keeper.peek();
  }

  /** Uses `token` (or no token) for the calls that follow; the token store is untouched. */
  setToken(token: OAuthToken | undefined): void {
    if (token !== undefined) checkToken('setToken', token);
    this.#auth.keeper.use(token);
  }

  /**
   * OAuth step 1: asks Flickr for a request token. Keep it (token and secret) until the user
   * comes back, then pass it to {@link FlickrAPI.getAccessToken}.
   *
   * @param callback - where Flickr sends the user back; default `oob` (Flickr shows a code)
   * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.1
   */
  getRequestToken(callback = 'oob'): Promise<RequestToken> {
    return this.#auth.getRequestToken(callback);
  }

  /**
   * OAuth step 2: the page where the user grants `perms` (default `read`).
   *
   * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.2
   */
  authorizeUrl(requestToken: RequestToken | string, perms: GrantablePerms = 'read'): string {
    return this.#auth.authorizeUrl(requestToken, perms);
  }

  /**
   * OAuth step 3: trades the verifier for the access token, which becomes this client's token
   * and is stored (see the `storeToken`, `tokenStore` and `tokenCacheLocation` options).
   *
   * @param perms - the permission asked for in the authorize URL (default `read`)
   * @see https://www.rfc-editor.org/rfc/rfc5849#section-2.3
   */
  getAccessToken(
    requestToken: RequestToken,
    verifier: string,
    perms: GrantablePerms = 'read',
  ): Promise<OAuthToken> {
    return this.#auth.getAccessToken(requestToken, verifier, perms);
  }

  /**
   * Signs the user in through their browser, unless the stored token is valid for `perms`:
   * a one-shot callback server on 127.0.0.1, the authorize page opened in the browser (or its
   * URL printed), then the wait for Flickr's redirect (5 minutes by default).
   *
   * @example
   * ```ts
   * await flickr.authenticateViaBrowser({ perms: 'write' });
   * ```
   * @throws AuthFlowError with reason `declined`, `timeout` or `cancelled`
   */
  authenticateViaBrowser(options?: BrowserFlowOptions): Promise<OAuthToken> {
    return this.#auth.authenticateViaBrowser(options);
  }

  /**
   * Signs the user in without a browser on this machine (over SSH, say), unless the stored
   * token is valid for `perms`: prints the authorize URL and reads the code Flickr shows
   * (`123-456-789`, dashes optional) from `input` (default stdin).
   *
   * @throws AuthFlowError with reason `no-verifier` or `cancelled`
   */
  authenticateConsole(options?: ConsoleFlowOptions): Promise<OAuthToken> {
    return this.#auth.authenticateConsole(options);
  }

  /**
   * Asks Flickr (`flickr.auth.oauth.checkToken`) whether the token works for `perms` (default
   * `read`); a token with more permission counts. A token Flickr rejects is forgotten and
   * gives `false`. Network failures, timeouts, HTTP 429 and 5xx are thrown as they are and
   * the token is kept.
   */
  tokenValid(perms: Perms = 'read'): Promise<boolean> {
    return this.#auth.tokenValid(perms);
  }

  /** Drops the current token and deletes it from the token store. */
  forgetToken(): Promise<void> {
    return this.#auth.keeper.forget();
  }

  /**
   * Calls a Flickr method by name. The arguments are checked before anything is sent: an
   * unknown method or a missing required argument throws `FlickrUsageError`. Write and
   * delete methods are POSTed, reads sent with GET.
   *
   * @example
   * ```ts
   * const rsp = await flickr.call('flickr.photos.search', { tags: ['cat', 'dog'], per_page: 10 });
   * const xml = await flickr.call('flickr.test.echo', {}, { format: 'rest' });
   * ```
   * @throws FlickrApiError when Flickr answers `stat="fail"`; FlickrOAuthError,
   *   FlickrHttpError, FlickrTimeoutError, FlickrAbortError, FlickrNetworkError and
   *   FlickrResponseFormatError as their names say
   */
  call<M extends OptionalParamsMethod, G extends ResponseFormat = F>(
    method: M,
    params?: FlickrMethodParams[M],
    options?: CallOptions<G>,
  ): Promise<FormatResult<G>>;
  call<M extends FlickrMethodName, G extends ResponseFormat = F>(
    method: M,
    params: FlickrMethodParams[M],
    options?: CallOptions<G>,
  ): Promise<FormatResult<G>>;
  call(
    method: string,
    params?: Readonly<Record<string, unknown>>,
    options?: CallOptions,
  ): Promise<unknown> {
    return this.#callUnchecked(method, params, options);
  }

  /**
   * Uploads a photo or video from a file path, bytes, a `Blob` or a stream, streaming it (a
   * 4 GB video is sent with flat memory). Needs a token with write permission. The title
   * defaults to the file name without its extension. With `async: true` Flickr answers at
   * once with a ticket; see {@link FlickrAPI.waitForTickets}.
   *
   * @example
   * ```ts
   * const { photoId } = await flickr.upload('holiday.mp4', {
   *   tags: ['sea', 'summer 2024'], is_public: false, onProgress: (p) => console.log(p.sent),
   * });
   * ```
   * @throws FlickrApiError with `method` `upload` (code 9 carries `duplicatePhotoId`)
   */
  upload(source: UploadSource, params: UploadParams & { async: true | 1 }): Promise<UploadTicket>;
  upload(source: UploadSource, params?: UploadParams & { async?: false | 0 }): Promise<UploadedPhoto>;
  upload(source: UploadSource, params?: UploadParams): Promise<UploadedPhoto | UploadTicket>;
  async upload(source: UploadSource, params?: UploadParams): Promise<UploadedPhoto | UploadTicket> {
    const { uploadPhoto } = await loadUpload();

    return uploadPhoto(await this.#uploadClient(), source, params);
  }

  /**
   * Replaces the file of photo `photoId`, keeping its title, tags and comments. Resolves with
   * the photo's new `secret` and `originalSecret`, or a ticket with `async: true`.
   *
   * @throws FlickrApiError with `method` `replace`
   */
  replace(source: UploadSource, photoId: string, params: ReplaceParams & { async: true | 1 }):
    Promise<UploadTicket>;
  replace(source: UploadSource, photoId: string, params?: ReplaceParams & { async?: false | 0 }):
    Promise<UploadedPhoto>;
  replace(source: UploadSource, photoId: string, params?: ReplaceParams):
    Promise<UploadedPhoto | UploadTicket>;
  async replace(
    source: UploadSource,
    photoId: string,
    params?: ReplaceParams,
  ): Promise<UploadedPhoto | UploadTicket> {
    const { replacePhoto } = await loadUpload();

    return replacePhoto(await this.#uploadClient(), source, photoId, params);
  }

  /**
   * Waits for asynchronous uploads (polling `flickr.photos.upload.checkTickets` every
   * `interval` ms, default 1000, for at most `timeout` ms, default 300000) and resolves to
   * their photo ids, in the order of `ticketIds`.
   *
   * @throws UploadTicketError when tickets failed or are unknown; FlickrTimeoutError
   */
  waitForTickets(ticketIds: readonly string[], options?: WaitForTicketsOptions): Promise<string[]> {
    const check = async (ids: readonly string[], signal?: AbortSignal) => parseTicketsJson(
      await this.#callUnchecked('flickr.photos.upload.checkTickets', { tickets: ids.join(',') },
        { format: 'parsed-json', signal }),
    );

    return waitForTickets(check, ticketIds, options);
  }

  /**
   * Walks every item of any paged method, page by page, fetching the next page while the
   * current one is read. Items are JSON objects, or `XmlElement`s for the `xml` and `rest`
   * formats. `page` and `per_page` are set by the walk.
   *
   * @example
   * ```ts
   * for await (const fav of flickr.walk('flickr.favorites.getList', { user_id: nsid })) {
   *   console.log(fav['id']);
   * }
   * ```
   */
  walk<M extends FlickrMethodName, G extends ResponseFormat = F>(
    method: M,
    params: Omit<FlickrMethodParams[M], 'page' | 'per_page'>,
    options?: WalkOptions & { readonly format?: G },
  ): AsyncGenerator<WalkItem<G>, void, undefined> {
    const format = (options?.format ?? this.format) as G;
    if (!lookupMethod(method).optional.includes('page')) {
      throw new FlickrUsageError(`walk: ${method} is not a paged method (it takes no "page")`);
    }

    return walkMethod(this.#walkCall, method, params, format, options);
  }

  /** Walks the photos of `flickr.photos.search`. See {@link FlickrAPI.walk}. */
  walkSearch(
    params: Omit<FlickrMethodParams['flickr.photos.search'], 'page' | 'per_page'> = {},
    options?: WalkOptions,
  ): AsyncGenerator<WalkedPhoto, void, undefined> {
    return this.#walkList('search', params, options);
  }

  /** Walks the photos of a set (`flickr.photosets.getPhotos`). */
  walkSet(
    params: Omit<FlickrMethodParams['flickr.photosets.getPhotos'], 'page' | 'per_page'>,
    options?: WalkOptions,
  ): AsyncGenerator<WalkedPhoto, void, undefined> {
    return this.#walkList('set', params, options);
  }

  /** Walks a user's photos (`flickr.people.getPhotos`); `user_id` defaults to `me`. */
  walkUser(
    params: Partial<Omit<FlickrMethodParams['flickr.people.getPhotos'], 'page' | 'per_page'>> =
      {},
    options?: WalkOptions,
  ): AsyncGenerator<WalkedPhoto, void, undefined> {
    return this.#walkList('user', { user_id: 'me', ...params }, options);
  }

  /** Walks the signed-in user's photos updated since `min_date` (`photos.recentlyUpdated`). */
  walkRecentlyUpdated(
    params: Omit<FlickrMethodParams['flickr.photos.recentlyUpdated'], 'page' | 'per_page'>,
    options?: WalkOptions,
  ): AsyncGenerator<WalkedPhoto, void, undefined> {
    return this.#walkList('recentlyUpdated', params, options);
  }

  /** Walks a user's sets (`flickr.photosets.getList`); the signed-in user's by default. */
  walkSets(
    params: Omit<FlickrMethodParams['flickr.photosets.getList'], 'page' | 'per_page'> = {},
    options?: WalkOptions,
  ): AsyncGenerator<WalkedPhotoset, void, undefined> {
    return this.#walkList('sets', params, options);
  }

  /** Walks the signed-in user's contacts (`flickr.contacts.getList`). */
  walkContacts(
    params: Omit<FlickrMethodParams['flickr.contacts.getList'], 'page' | 'per_page'> = {},
    options?: WalkOptions,
  ): AsyncGenerator<WalkedContact, void, undefined> {
    return this.#walkList('contacts', params, options);
  }

  /**
   * Signs a request and sends it through the transport, with the timeout, the caller's signal,
   * error mapping and logging every call gets. The auth flows, uploads and anything else
   * outside the REST methods build on it; the reply is returned whatever its status (see
   * `decodeResponse` in `formats/` to read it).
   *
   * @throws FlickrTimeoutError, FlickrAbortError, FlickrNetworkError
   */
  signedRequest(input: SignedRequestInput): Promise<TransportResponse> {
    // Not an async function: the promise of the send is returned as it is, without another
    // layer to resolve. A bad input still rejects rather than throwing.
    try {
      return this.#signAndSend(input);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  #signAndSend(input: SignedRequestInput): Promise<TransportResponse> {
    const token = input.token ?? undefined;
    const signing = {
      method: input.method,
      url: input.url,
      params: input.params,
      consumerKey: this.apiKey,
      consumerSecret: this.#apiSecret,
      token: token?.token,
      tokenSecret: token?.tokenSecret,
      callback: input.callback,
      verifier: input.verifier,
    };
    const request: UnsentRequest = {
      method: input.method,
      url: input.url,
      headers: this.#getHeaders,
    };

    if (input.body !== undefined) {
      request.headers = {
        ...this.#getHeaders,
        ...input.headers,
        authorization: authorizationHeader(signOAuthParams(signing)),
      };
      request.body = input.body;
    } else {
      // The common case: the signed parameters are the whole query or body, encoded once.
      const encoded = input.url.includes('?')
        ? formEncode(signOAuthParams(signing))
        : signOAuthQuery(signing);
      if (input.method === 'GET') {
        request.url = `${input.url}${input.url.includes('?') ? '&' : '?'}${encoded}`;
        if (input.headers !== undefined) {
          request.headers = { ...this.#getHeaders, ...input.headers };
        }
      } else {
        request.body = encoded;
        request.headers = {
          ...this.#getHeaders,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(Buffer.byteLength(encoded)),
          ...input.headers,
        };
      }
    }

    return sendRequest(this.transport, request, {
      timeoutMs: input.timeout === undefined
        ? this.timeout
        : checkTimeout(input.timeout, input.url),
      signal: input.signal,
      logger: this.#logger,
      secrets: this.#secrets(token),
    });
  }

  /**
   * Closes the idle connections of the transport and the token cache the client created (not
   * a transport or token store passed in).
   */
  close(): void {
    if (this.#ownsTransport) this.transport.close();
    // The SQLite cache closes synchronously; there is nothing to wait for.
    void this.#auth.close();
  }

  /**
   * Step 1 of a call: checks the method and its arguments and writes them as text, choosing
   * GET or POST. Nothing is sent.
   *
   * @throws FlickrUsageError for an unknown method, a missing argument or a bad value
   */
  protected serializeCall(
    method: string,
    params: Readonly<Record<string, unknown>> | undefined,
    format: ResponseFormat,
  ): SerializedCall {
    const info = lookupMethod(method);
    const serialized = serializeParams(method, info, params);
    serialized.push(...wireFormatParams(format));

    let httpMethod = info.httpMethod;
    if (httpMethod === 'GET' && queryLength(serialized) > MAX_QUERY_LENGTH) httpMethod = 'POST';

    return { method: method as FlickrMethodName, httpMethod, params: serialized, format };
  }

  /** Steps 2 and 3 of a call: signs it with the current token and sends it to the REST URL. */
  protected sendCall(
    call: SerializedCall,
    options: CallOptions | undefined,
  ): Promise<TransportResponse> {
    // A token already known needs no trip through the token store.
    const known = this.#auth.keeper.peek();
    if (known === undefined) {
      return this.currentToken().then((token) => this.#sendCallWith(call, token, options));
    }

    return this.#sendCallWith(call, known, options);
  }

  #sendCallWith(
    call: SerializedCall,
    token: OAuthToken | undefined,
    options: CallOptions | undefined,
  ): Promise<TransportResponse> {
    return this.signedRequest({
      method: call.httpMethod,
      url: this.endpoints.rest,
      params: call.params,
      token: token ?? null,
      signal: options?.signal,
      timeout: options?.timeout,
    });
  }

  /** Step 4 of a call: checks the reply and returns it in the call's format. */
  protected decodeCall(call: SerializedCall, response: TransportResponse): unknown {
    const context: ReplyContext = {
      method: call.method,
      httpMethod: call.httpMethod,
      url: this.endpoints.rest,
      secrets: this.#secrets(this.#auth.keeper.peek()),
    };

    return decodeResponse(call.format, response, context);
  }

  /**
   * The token to sign the next call with: the one given or set, else none. The token store
   * (when one is configured) is consulted here.
   */
  private currentToken(): Promise<OAuthToken | undefined> {
    return this.#auth.keeper.current();
  }

  async #callUnchecked(
    method: string,
    params: Readonly<Record<string, unknown>> | undefined,
    options: CallOptions | undefined,
  ): Promise<unknown> {
    checkCallOptions(method, options);
    const format = options?.format ?? this.format;
    if (format !== this.format && !isResponseFormat(format)) {
      throw new FlickrUsageError(
        `${method}: format must be parsed-json, xml, json or rest, got "${String(format)}"`,
      );
    }
    const call = this.serializeCall(method, params, format);
    const policies = this.#policies;
    if (policies.cache === undefined && policies.limiter === undefined
      && policies.retry === undefined) {
      // Nothing to wrap the call in: spare each call the policy closures.
      return this.decodeCall(call, await this.sendCall(call, options));
    }
    const { perms } = lookupMethod(method);

    return policies.run({
      what: method,
      write: perms === 'write' || perms === 'delete',
      cacheKey: async () => isCacheableMethod(method, perms)
        ? {
          method,
          params: Object.fromEntries(call.params),
          format,
          token: (await this.currentToken())?.token,
        }
        : undefined,
      signal: options?.signal,
      send: () => this.sendCall(call, options),
      read: (response) => this.decodeCall(call, response),
    });
  }

  /** Sends a request the OAuth building blocks signed, with the timeout and logging of calls. */
  #sendOAuth(request: TransportRequest): Promise<TransportResponse> {
    return sendRequest(this.transport, {
      ...request,
      headers: { ...this.#getHeaders, ...request.headers },
    }, {
      timeoutMs: this.timeout,
      logger: this.#logger,
      secrets: [this.#apiSecret],
    });
  }

  /** `flickr.auth.oauth.checkToken`, signed with `token` whatever the current token is. */
  async #checkToken(token: OAuthToken): Promise<CheckedToken> {
    const call = this.serializeCall('flickr.auth.oauth.checkToken', undefined, 'parsed-json');
    const response = await this.signedRequest({
      method: call.httpMethod,
      url: this.endpoints.rest,
      params: call.params,
      token,
    });

    return readCheckTokenReply(this.decodeCall(call, response), response.body);
  }

  /** What uploads need: the endpoints, the current token, the timeout and the policies. */
  async #uploadClient(): Promise<UploadClient> {
    return {
      endpoints: this.endpoints,
      token: await this.currentToken(),
      timeout: this.timeout,
      policies: this.#policies,
      signedRequest: (input) => this.signedRequest(input),
    };
  }

  readonly #walkCall = (
    method: string,
    params: Readonly<Record<string, unknown>>,
    options: { readonly format: ResponseFormat; readonly signal: AbortSignal },
  ): Promise<unknown> => this.#callUnchecked(method, params, options);

  #walkList<T>(
    name: keyof typeof WALKED_LISTS,
    params: object,
    options: WalkOptions | undefined,
  ): AsyncGenerator<T, void, undefined> {
    const list = WALKED_LISTS[name];
    const walk = walkMethod(this.#walkCall, list.method, params as Record<string, unknown>,
      'parsed-json', options, list);

    return walk as unknown as AsyncGenerator<T, void, undefined>;
  }

  #secrets(token: SigningToken | undefined): readonly string[] {
    if (token === undefined) return [this.#apiSecret];
    if (this.#secretsOf[1] !== token.tokenSecret) {
      this.#secretsOf = [this.#apiSecret, token.tokenSecret];
    }

    return this.#secretsOf;
  }
}

/** Every Flickr method as a typed namespace on the client: `flickr.photos.getInfo(...)`. */
// The namespaces are defined in the constructor, each built when first read; declaration
// merging gives them their types.
export interface FlickrAPI<F extends ResponseFormat = 'parsed-json'> extends FlickrNamespaces<F> {}

/**
 * The table entry of a method.
 *
 * @throws FlickrUsageError when Flickr has no method of that name
 */
export function lookupMethod(method: string): MethodInfo {
  const info = methodInfo(method);
  if (info === undefined) {
    throw new FlickrUsageError(
      `${String(method)}: no such Flickr method (expected a name like "flickr.photos.getInfo")`,
    );
  }

  return info;
}

function queryLength(params: readonly RequestParam[]): number {
  let length = 0;
  for (const [name, value] of params) length += name.length + value.length + 2;

  return length;
}

// The upload code (multipart bodies, file sources, the XML reply reader) is loaded the first
// time a program uploads, so that importing flickrapi-ts does not pay for it.
let uploadModule: Promise<typeof import('../upload/send-upload.js')> | undefined;

function loadUpload(): Promise<typeof import('../upload/send-upload.js')> {
  uploadModule ??= import('../upload/send-upload.js');

  return uploadModule;
}
