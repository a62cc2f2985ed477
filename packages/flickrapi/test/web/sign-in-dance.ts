/**
 * A sign-in with Flickr driven over HTTP without a browser: the site's redirect, the
 * emulator's authorize form, and the callback, with the cookies a browser would carry.
 */
import assert from 'node:assert/strict';

/** Cookies of Set-Cookie headers, name → value, and the raw headers. */
export function setCookies(response: Response): { values: Map<string, string>; raw: string[] } {
  const raw = response.headers.getSetCookie();
  const values = new Map(raw.map((line) => {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');

    return [pair.slice(0, eq), pair.slice(eq + 1)] as [string, string];
  }));

  return { values, raw };
}

/** A GET that does not follow redirects. */
export const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { redirect: 'manual', headers });

/** Everything each step of a sign-in answered, for the checks and the secret scan. */
export interface Dance {
  start: Response;
  stateCookie: string;
  callbackUrl: string;
  callback: Response;
  bodies: string[];
  headers: string[];
}

/** How to answer: the decision, the emulator user, headers to send, a state cookie rewrite. */
export interface DanceOptions {
  decision?: 'approve' | 'decline';
  headers?: Record<string, string>;
  username?: string;
  stateCookie?: (state: string) => string;
}

/**
 * Starts at `startPath` on `site`, answers the emulator's authorize page as a user would (the
 * form's POST), and follows Flickr's redirect to the site's callback with the state cookie.
 */
export async function signInDance(
  emulatorUrl: string,
  site: string,
  startPath: string,
  options: DanceOptions = {},
): Promise<Dance> {
  const headers = options.headers ?? {};
  const start = await get(`${site}${startPath}`, headers);
  assert.equal(start.status, 302, await start.clone().text());
  const authorizeUrl = new URL(start.headers.get('location')!);
  assert.equal(authorizeUrl.origin, emulatorUrl);
  const stateCookie = setCookies(start).values.get('flickr_sign_in')!;
  assert.ok(stateCookie);

  const decided = await fetch(authorizeUrl.origin + authorizeUrl.pathname, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({
      oauth_token: authorizeUrl.searchParams.get('oauth_token')!,
      perms: authorizeUrl.searchParams.get('perms')!,
      username: options.username ?? 'jamalfanaian',
      decision: options.decision ?? 'approve',
    }),
  });
  assert.equal(decided.status, 302, await decided.clone().text());
  const callbackUrl = decided.headers.get('location')!;
  const cookieValue = options.stateCookie?.(stateCookie) ?? stateCookie;
  const callback = await get(callbackUrl, { ...headers, cookie: `flickr_sign_in=${cookieValue}` });

  return {
    start, stateCookie, callbackUrl, callback,
    bodies: [await start.text(), await decided.text(), await callback.clone().text()],
    headers: [start, decided, callback]
      .flatMap((r) => [...r.headers].map(([k, v]) => `${k}: ${v}`)),
  };
}
