/**
 * An anonymous visitor's access token, kept in their own browser: sealed (encrypted and
 * authenticated) into a cookie value, so that the server stores nothing for them and the
 * browser's JavaScript, which cannot read an HttpOnly cookie anyway, could not read the secret
 * even from the raw value.
 */
import { isPerms, type OAuthToken } from '../tokens/token.js';
import { Sealer, type SealKey } from './sealed-cookie.js';

/** The purpose token cookies are sealed for; a sign-in state never opens as a token. */
export const TOKEN_COOKIE_PURPOSE = 'flickr-token';

/** Seals and opens visitors' tokens for cookies. */
export class TokenCookie {
  readonly #sealer: Sealer;
  readonly #apiKey: string;

  /**
   * @param keys - server keys, newest first
   * @param apiKey - the application's API key; a cookie sealed for another key never opens
   */
  constructor(keys: readonly SealKey[], apiKey: string) {
    this.#sealer = new Sealer(keys, TOKEN_COOKIE_PURPOSE);
    this.#apiKey = apiKey;
  }

  /** The cookie value for `token`, valid for `maxAgeSeconds`. */
  seal(token: OAuthToken, maxAgeSeconds: number): string {
    return this.#sealer.seal({ apiKey: this.#apiKey, token }, maxAgeSeconds);
  }

  /** The token in a cookie value, or `undefined` when it is missing, expired or altered. */
  open(value: string | undefined): OAuthToken | undefined {
    if (value === undefined || value === '') return undefined;
    let opened: unknown;
    try {
      opened = this.#sealer.open(value);
    } catch {
      return undefined;
    }
    if (typeof opened !== 'object' || opened === null) return undefined;
    const { apiKey, token } = opened as { apiKey?: unknown; token?: unknown };

    return apiKey === this.#apiKey && isToken(token) ? token : undefined;
  }
}

function isToken(value: unknown): value is OAuthToken {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings = ['token', 'tokenSecret', 'perms', 'fullname', 'username', 'userNsid'];

  return strings.every((name) => typeof v[name] === 'string') && isPerms(v['perms'] as string);
}
