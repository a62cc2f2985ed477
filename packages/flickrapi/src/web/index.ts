/**
 * `flickrapi-ts/web`: "Sign in with Flickr" for any web framework, sealed cookies, and the
 * PostgreSQL token store for sites on several servers. Nothing here loads a web framework;
 * the PostgreSQL driver loads only when a {@link PgTokenStore} is first used. Express users
 * import `flickrapi-ts/express` instead.
 *
 * @packageDocumentation
 */
export { parseCookieHeader, serializeCookie, type CookieAttributes } from './cookies.js';
export {
  describeSignInError,
  escapeHtml,
  renderMessagePage,
  renderSignInErrorPage,
  type SignInFailure,
} from './error-page.js';
export { PgTokenStore, type PgPoolLike, type PgTokenStoreOptions } from './pg-token-store.js';
export { MemoryReplayGuard, type ReplayGuard } from './replay-guard.js';
export { safeReturnTo } from './return-to.js';
export { Sealer, type SealKey } from './sealed-cookie.js';
export {
  finishSignIn,
  SIGN_IN_STATE_PURPOSE,
  startSignIn,
  type FinishedSignIn,
  type FinishSignInOptions,
  type SignInClient,
  type StartedSignIn,
  type StartSignInOptions,
} from './sign-in.js';
export { type CallbackQuery, type SignInState } from './sign-in-state.js';
export { TOKEN_COOKIE_PURPOSE, TokenCookie } from './token-cookie.js';
