/**
 * Checks of the client's and each call's options, so that a wrong value fails at once with a
 * `FlickrUsageError` naming the option, instead of as a `TypeError` or a network failure
 * after a request was sent.
 */
import { FlickrUsageError } from '../errors.js';
import { isPerms } from '../tokens/token.js';
import type { CallOptions, FlickrAPIOptions } from './options.js';

// Control characters would end the header line (or be refused by `node:http` mid-request).
const CONTROL = /[\u0000-\u001f\u007f]/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';

  return typeof value === 'string' ? `"${value}"` : typeof value;
}

function fail(where: string, name: string, expected: string, value: unknown): never {
  throw new FlickrUsageError(`${where}: ${name} must be ${expected}, got ${describe(value)}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the options of `new FlickrAPI(...)`; `undefined` options are allowed.
 *
 * @throws FlickrUsageError naming the first option with a wrong value
 */
export function checkClientOptions(options: unknown): asserts options is FlickrAPIOptions {
  const where = 'FlickrAPI';
  if (!isObject(options)) fail(where, 'options', 'an object', options);

  const { username, userAgent, token, fetch, transport, logger, tokenCacheLocation } = options;
  if (username !== undefined && typeof username !== 'string') {
    fail(where, 'username', 'a string', username);
  }
  if (userAgent !== undefined && (typeof userAgent !== 'string' || CONTROL.test(userAgent))) {
    fail(where, 'userAgent', 'a string without control characters', userAgent);
  }
  if (token !== undefined) checkToken(where, token);
  if (fetch !== undefined && typeof fetch !== 'function') {
    fail(where, 'fetch', 'a fetch function', fetch);
  }
  if (transport !== undefined && !(isObject(transport)
    && typeof transport['request'] === 'function' && typeof transport['close'] === 'function')) {
    fail(where, 'transport', 'an object with request() and close()', transport);
  }
  if (logger !== undefined && !(isObject(logger) && typeof logger['debug'] === 'function')) {
    fail(where, 'logger', 'an object with debug()', logger);
  }
  if (tokenCacheLocation !== undefined
    && (typeof tokenCacheLocation !== 'string' || tokenCacheLocation.trim() === '')) {
    fail(where, 'tokenCacheLocation', 'a file path', tokenCacheLocation);
  }
}

/**
 * Checks an access token's shape: `token` and `tokenSecret` non-empty strings, `perms` a
 * permission level.
 *
 * @throws FlickrUsageError naming the field
 */
export function checkToken(where: string, token: unknown): void {
  if (!isObject(token)) fail(where, 'token', 'an OAuthToken object', token);
  for (const field of ['token', 'tokenSecret'] as const) {
    const value = token[field];
    if (typeof value !== 'string' || value === '') {
      // The secret's value is never shown, only its type.
      fail(where, `token.${field}`, 'a non-empty string', typeof value === 'string' ? '' : value);
    }
  }
  if (typeof token['perms'] !== 'string' || !isPerms(token['perms'])) {
    fail(where, 'token.perms', 'none, read, write or delete', token['perms']);
  }
}

/**
 * Checks the options of one call; the timeout is checked where it is used.
 *
 * @throws FlickrUsageError naming the option
 */
export function checkCallOptions(method: string, options: unknown): asserts options is
  CallOptions | undefined {
  if (options === undefined) return;
  if (!isObject(options)) fail(method, 'the call options', 'an object', options);
  const { signal } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    fail(method, 'signal', 'an AbortSignal', signal);
  }
}
