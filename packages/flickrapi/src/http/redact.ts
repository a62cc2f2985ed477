/**
 * Redaction of secrets from anything the library logs or throws: URLs, header maps, bodies.
 */
import { percentEncode } from '../oauth/percent-encode.js';

/** What replaces a secret. */
export const REDACTED = '[redacted]';

// Parameters whose values are secret, or (the signature) let someone replay a request.
const SECRET_NAMES = 'oauth_signature|oauth_token_secret|oauth_verifier';
const SECRET_PARAM = new RegExp(`((?:^|[?&\\s,"])(?:${SECRET_NAMES})=)("?)[^&\\s",]*`, 'g');
// The same inside a signature base string (`debug_sbs`), where "=" is written %3D.
const SECRET_PARAM_ENCODED = new RegExp(`((?:${SECRET_NAMES})%(?:25)?3D)[\\w.~-]*`, 'g');

/**
 * Replaces the values of `oauth_signature`, `oauth_token_secret` and `oauth_verifier` in a query
 * string, form body or `Authorization` header text, and every occurrence of the given secrets
 * (raw or percent-encoded), with `[redacted]`.
 *
 * @param secrets - extra values to hide, typically the consumer secret and token secret;
 *   empty strings are ignored
 * @example
 * ```ts
 * redactText('https://x/?a=1&oauth_signature=abc%3D');
 * // 'https://x/?a=1&oauth_signature=[redacted]'
 * ```
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text
    .replace(SECRET_PARAM, `$1$2${REDACTED}`)
    .replace(SECRET_PARAM_ENCODED, `$1${REDACTED}`);
  for (const secret of secrets) {
    if (secret === '') continue;
    out = out.replaceAll(secret, REDACTED);
    for (const encoded of new Set([encodeURIComponent(secret), percentEncode(secret)])) {
      if (encoded !== secret) out = out.replaceAll(encoded, REDACTED);
    }
  }

  return out;
}

/**
 * A copy of a header map with `authorization` (and `cookie`) hidden and every other value
 * passed through {@link redactText}.
 */
export function redactHeaders(
  headers: Readonly<Record<string, string>>,
  secrets: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    const hidden = lower === 'authorization' || lower === 'cookie';
    out[name] = hidden ? REDACTED : redactText(value, secrets);
  }

  return out;
}

/**
 * An error safe to keep as a `cause`: the error itself when its message, stack and causes
 * hold nothing to redact, else a copy (same name, `code`, message and stack redacted with
 * {@link redactText}). Transports and `fetch` wrappers often put the whole request URL, and
 * with it a GET call's `oauth_signature`, in their messages.
 */
export function redactError(error: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (!(error instanceof Error) || depth > 8) return error;

  const cause = redactError(error.cause, secrets, depth + 1);
  const message = redactText(error.message, secrets);
  const stack = error.stack === undefined ? undefined : redactText(error.stack, secrets);
  if (message === error.message && stack === error.stack && cause === error.cause) return error;

  const copy = new Error(message, cause === undefined ? undefined : { cause });
  Object.defineProperty(copy, 'name', { value: error.name, configurable: true, writable: true });
  const { code } = error as { code?: unknown };
  if (code !== undefined) Object.assign(copy, { code });
  if (stack !== undefined) copy.stack = stack;

  return copy;
}

/** The URL without its query string and fragment: what errors name. */
export function urlWithoutQuery(url: string): string {
  const end = url.search(/[?#]/);

  return end === -1 ? url : url.slice(0, end);
}
