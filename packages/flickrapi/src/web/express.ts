/**
 * "Sign in with Flickr" for Express (4 or 5): `flickrAuth(options)` gives a router with the
 * sign-in, callback and sign-out routes, a guard for routes that need a Flickr permission, and
 * `req.flickr`, a client bound to the visitor.
 *
 * Identified users (the site knows who they are: `identify(req)` returns their id) have their
 * token kept server-side in `store`, filed under that id. Anonymous visitors keep their token
 * in a sealed cookie and nothing is stored for them on the server.
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { flickrAuth } from 'flickrapi-ts/express';
 *
 * const auth = flickrAuth({ apiKey, apiSecret, cookieKeys: [process.env.COOKIE_KEY!] });
 * const app = express();
 * app.use(auth.router);
 * app.get('/photos', auth.requireFlickr('read'), async (req, res) => {
 *   res.json(await req.flickr.call('flickr.people.getPhotos', { user_id: 'me' }));
 * });
 * ```
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response,
  type Router } from 'express';

import { FlickrError, FlickrUsageError } from '../errors.js';
import { NodeTransport } from '../http/node-transport.js';
import { permsSatisfy, type OAuthToken, type Perms } from '../tokens/token.js';
import { describeSignInError, renderMessagePage, renderSignInErrorPage } from './error-page.js';
import {
  createVisitorClient,
  type FlickrAuthOptions,
  type VisitorClient,
} from './express-options.js';
import { parseCookieHeader, serializeCookie } from './cookies.js';
import { MemoryReplayGuard } from './replay-guard.js';
import { safeReturnTo } from './return-to.js';
import { finishSignIn, startSignIn } from './sign-in.js';
import { TokenCookie } from './token-cookie.js';

export type { FlickrAuthOptions } from './express-options.js';

/** What the visitor's token says about them; never the token or its secret. */
export interface FlickrVisitor {
  readonly username: string;
  readonly fullname: string;
  readonly userNsid: string;
  readonly perms: Perms;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own extension point
  namespace Express {
    interface Request {
      /** A Flickr client bound to the visitor's token (public calls only when signed out). */
      flickr: VisitorClient;
      /** The signed-in Flickr user, or `undefined`. */
      flickrUser: FlickrVisitor | undefined;
    }
  }
}

/** What {@link flickrAuth} returns: a ready router, and its pieces to mount differently. */
export interface FlickrAuth {
  /**
   * {@link FlickrAuth.attach} for every request, plus the routes GET `signInPath`
   * ({@link FlickrAuth.signIn}), GET `callbackPath` ({@link FlickrAuth.callback}) and
   * POST `signOutPath` ({@link FlickrAuth.signOut}).
   */
  readonly router: Router;
  /** Sets `req.flickr` and `req.flickrUser` from the visitor's token. */
  readonly attach: RequestHandler;
  /** Starts a sign-in: `?perms=read|write|delete` and `?returnTo=/same-site/path`. */
  readonly signIn: RequestHandler;
  /** Finishes a sign-in, keeps the token, and redirects (303) to the return path. */
  readonly callback: RequestHandler;
  /** Forgets the visitor's token and redirects (303) to `?returnTo=` or `/`. */
  readonly signOut: RequestHandler;
  /**
   * A guard: lets the request through when the visitor has a token with `perms` (default: the
   * `perms` option); otherwise a GET is sent to Flickr to sign in and comes back to the same
   * page, and other methods get a 401 page with a sign-in link.
   */
  requireFlickr(perms?: Perms): RequestHandler;
  /** The visitor's token, from the store or the cookie; `undefined` when signed out. */
  tokenFor(req: Request): Promise<OAuthToken | undefined>;
  /** Closes the HTTP connections of the default transport (not of a `transport` given). */
  close(): void;
}

const STATE_COOKIE = 'flickr_sign_in';
const TOKEN_COOKIE = 'flickr_token';
const RESOLVED = Symbol('flickrapi-ts visitor');

type ResolvedRequest = Request & { [RESOLVED]?: Promise<OAuthToken | undefined> };

/**
 * Builds the middleware. See {@link FlickrAuthOptions} for the options and their defaults.
 */
export function flickrAuth(options: FlickrAuthOptions): FlickrAuth {
  const paths = {
    signIn: options.signInPath ?? '/auth/flickr/sign-in',
    callback: options.callbackPath ?? '/auth/flickr/callback',
    signOut: options.signOutPath ?? '/auth/flickr/sign-out',
  };
  const defaultPerms = options.perms ?? 'read';
  const tokenMaxAge = options.tokenMaxAgeSeconds ?? 30 * 24 * 3600;
  const tokenCookie = new TokenCookie(options.cookieKeys, options.apiKey);
  const replayGuard = options.replayGuard ?? new MemoryReplayGuard();
  const transport = options.transport ?? new NodeTransport();
  // A fresh client per request: a client keeps the token it obtains, and must not carry one
  // visitor's token into another's request.
  const client = (token?: OAuthToken) => createVisitorClient(options, transport, token);
  const store = options.store;
  if (options.identify !== undefined && store === undefined) {
    throw new FlickrUsageError('flickrAuth: identify needs a store for the tokens');
  }
  if (!options.apiKey || !options.apiSecret) {
    throw new FlickrUsageError('flickrAuth: apiKey and apiSecret must be non-empty strings');
  }

  const secure = (req: Request): boolean => options.secureCookies ?? req.secure;
  // An empty id would be the store's default account (`''`): treat it as anonymous instead.
  const siteUser = async (req: Request): Promise<string | undefined> =>
    (await options.identify?.(req)) || undefined;

  async function readToken(req: Request): Promise<OAuthToken | undefined> {
    const userId = await siteUser(req);
    if (userId !== undefined) return store?.get(options.apiKey, userId);

    return tokenCookie.open(parseCookieHeader(req.headers.cookie).get(TOKEN_COOKIE));
  }

  function tokenFor(req: Request): Promise<OAuthToken | undefined> {
    const resolved = req as ResolvedRequest;
    resolved[RESOLVED] ??= readToken(req);

    return resolved[RESOLVED];
  }

  const clearTokenCookie = (req: Request, res: Response): void => {
    res.append('Set-Cookie', serializeCookie(TOKEN_COOKIE, '', {
      secure: secure(req),
      maxAgeSeconds: 0,
    }));
  };

  const attach: RequestHandler = (req, res, next) => {
    tokenFor(req).then(async (token) => {
      // A cookie that no longer opens (expired, or sealed under a retired key) is dropped.
      const cookie = parseCookieHeader(req.headers.cookie).get(TOKEN_COOKIE);
      if (token === undefined && cookie && (await siteUser(req)) === undefined) {
        clearTokenCookie(req, res);
      }
      req.flickr = client(token);
      req.flickrUser = token === undefined ? undefined : {
        username: token.username,
        fullname: token.fullname,
        userNsid: token.userNsid,
        perms: token.perms,
      };
    }).then(() => next(), next);
  };

  async function beginSignIn(req: Request, res: Response, perms: Perms, returnTo: unknown) {
    const base = options.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const stateTtl = options.stateTtlSeconds;
    const started = await startSignIn({
      flickr: client(),
      callbackUrl: new URL(paths.callback, base).href,
      perms,
      returnTo: safeReturnTo(returnTo),
      keys: options.cookieKeys,
      ...(stateTtl === undefined ? {} : { stateTtlSeconds: stateTtl }),
    });
    res.setHeader('Cache-Control', 'no-store');
    res.append('Set-Cookie', serializeCookie(STATE_COOKIE, started.state, {
      secure: secure(req),
      maxAgeSeconds: started.stateMaxAgeSeconds,
    }));
    res.redirect(302, started.authorizeUrl);
  }

  function failurePage(res: Response, error: unknown): void {
    res.status(describeSignInError(error).status).setHeader('Cache-Control', 'no-store');
    res.type('html').send(renderSignInErrorPage(error, paths.signIn));
  }

  const signIn: RequestHandler = (req, res, next) => {
    const requested = typeof req.query['perms'] === 'string' ? req.query['perms'] : defaultPerms;
    const perms = ['read', 'write', 'delete'].includes(requested)
      ? requested as Perms
      : defaultPerms;
    beginSignIn(req, res, perms, req.query['returnTo']).catch((error: unknown) =>
      error instanceof FlickrError ? failurePage(res, error) : next(error));
  };

  const callback: RequestHandler = (req, res, next) => {
    const state = parseCookieHeader(req.headers.cookie).get(STATE_COOKIE);
    res.append('Set-Cookie', serializeCookie(STATE_COOKIE, '', {
      secure: secure(req),
      maxAgeSeconds: 0,
    }));
    res.setHeader('Cache-Control', 'no-store');
    (async () => {
      const finished = await finishSignIn({
        flickr: client(), query: req.query, state, keys: options.cookieKeys, replayGuard,
      });
      const userId = await siteUser(req);
      if (userId !== undefined && store !== undefined) {
        await store.set(options.apiKey, userId, finished.token);
      } else {
        res.append('Set-Cookie', serializeCookie(TOKEN_COOKIE,
          tokenCookie.seal(finished.token, tokenMaxAge),
          { secure: secure(req), maxAgeSeconds: tokenMaxAge }));
      }
      res.redirect(303, finished.returnTo);
    })().catch((error: unknown) =>
      error instanceof FlickrError ? failurePage(res, error) : next(error));
  };

  const signOut: RequestHandler = (req, res, next) => {
    (async () => {
      const userId = await siteUser(req);
      if (userId !== undefined && store !== undefined) await store.delete(options.apiKey, userId);
      clearTokenCookie(req, res);
      res.redirect(303, safeReturnTo(req.query['returnTo']) ?? '/');
    })().catch(next);
  };

  const router = express.Router();
  router.use(attach);
  router.get(paths.signIn, signIn);
  router.get(paths.callback, callback);
  router.post(paths.signOut, signOut);

  function requireFlickr(perms: Perms = defaultPerms): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      tokenFor(req).then(async (token) => {
        if (token !== undefined && permsSatisfy(token.perms, perms)) {
          next();

          return;
        }
        if (req.method === 'GET' || req.method === 'HEAD') {
          await beginSignIn(req, res, perms, req.originalUrl);

          return;
        }
        res.status(401).type('html').send(renderMessagePage({
          title: 'Sign in with Flickr first',
          explanation: `This needs your Flickr account with ${perms} permission.`,
          linkHref: `${paths.signIn}?perms=${perms}`,
          linkText: 'Sign in with Flickr',
        }));
      }).catch((error: unknown) =>
        error instanceof FlickrError ? failurePage(res, error) : next(error));
    };
  }

  const close = (): void => {
    if (options.transport === undefined) transport.close();
  };

  return { router, attach, signIn, callback, signOut, requireFlickr, tokenFor, close };
}
