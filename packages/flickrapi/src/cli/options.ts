import { join } from 'node:path';

import { Option, type Command } from 'commander';

import { FlickrUsageError } from '../errors.js';
import { defaultTokenCacheLocation } from '../tokens/sqlite-token-cache.js';

/** The file name of the token cache inside `--token-cache DIR`, as in Python flickrapi. */
export const TOKEN_CACHE_FILE = 'oauth-tokens.sqlite';

/** The global options as commander parses them. */
export interface RawGlobalOptions {
  apiKey?: string;
  apiSecret?: string;
  endpoint?: string;
  tokenCache?: string;
  username?: string;
  storeToken?: boolean;
  timeout?: string;
  verbose?: boolean;
}

/** The global options, checked and completed from the environment. */
export interface CliSettings {
  /** The API key; `undefined` when neither `--api-key` nor `FLICKR_API_KEY` gave one. */
  readonly apiKey: string | undefined;
  /** The API secret; `undefined` when none was given. */
  readonly apiSecret: string | undefined;
  /** A base URL standing in for Flickr's hosts (an emulator), or `undefined` for Flickr. */
  readonly endpoint: string | undefined;
  /** Where the token cache lives; `undefined` for the library's default. */
  readonly tokenCache: string | undefined;
  /** Which cached account to use; `''` for the default one. */
  readonly username: string;
  /** False with `--no-store-token`: nothing is read from or written to the token cache. */
  readonly storeToken: boolean;
  /** Request timeout in milliseconds; `undefined` for the library's default. */
  readonly timeoutMs: number | undefined;
  /** True with `--verbose`: requests and timings are traced on stderr. */
  readonly verbose: boolean;
}

/** Settings with both halves of the key present, as every Flickr-facing command needs. */
export type KeyedSettings = CliSettings & { readonly apiKey: string; readonly apiSecret: string };

/** Declares the global options on the root command. */
export function addGlobalOptions(program: Command): Command {
  return program
    .addOption(new Option('--api-key <key>', 'API key (default: $FLICKR_API_KEY)'))
    .addOption(new Option('--api-secret <secret>', 'API secret (default: $FLICKR_API_SECRET)'))
    .addOption(
      new Option(
        '--endpoint <url>',
        'base URL standing in for Flickr, e.g. an emulator (default: $FLICKR_ENDPOINT)',
      ),
    )
    .addOption(
      new Option('--token-cache <dir>', 'folder of the token cache (default: ~/.flickr)'),
    )
    .addOption(
      new Option('--username <name>', 'which cached account to use (default: the default one)'),
    )
    .addOption(new Option('--no-store-token', 'neither read nor write the token cache'))
    .addOption(new Option('--timeout <seconds>', 'give up on a request after this long'))
    .addOption(
      new Option('-v, --verbose', 'trace requests and timings on stderr, secrets redacted'),
    );
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function parseTimeout(text: string): number {
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) {
    throw new FlickrUsageError(
      `--timeout ${JSON.stringify(text)} is not a duration; expected seconds, e.g. 30 or 2.5`,
    );
  }

  return Math.round(seconds * 1000);
}

/**
 * Completes the parsed global options from the environment (`FLICKR_API_KEY`,
 * `FLICKR_API_SECRET`, `FLICKR_ENDPOINT`) and checks them. Options win over the environment.
 *
 * @throws {@link FlickrUsageError} when a value is malformed.
 */
export function resolveSettings(
  raw: RawGlobalOptions,
  env: Readonly<Record<string, string | undefined>>,
): CliSettings {
  const tokenCache = nonEmpty(raw.tokenCache);

  return {
    apiKey: nonEmpty(raw.apiKey) ?? nonEmpty(env['FLICKR_API_KEY']),
    apiSecret: nonEmpty(raw.apiSecret) ?? nonEmpty(env['FLICKR_API_SECRET']),
    endpoint: nonEmpty(raw.endpoint) ?? nonEmpty(env['FLICKR_ENDPOINT']),
    tokenCache,
    username: raw.username ?? '',
    storeToken: raw.storeToken !== false,
    timeoutMs: raw.timeout === undefined ? undefined : parseTimeout(raw.timeout),
    verbose: raw.verbose === true,
  };
}

/**
 * The settings, insisting on an API key and secret.
 *
 * @throws {@link FlickrUsageError} naming the option and variable to set.
 */
export function requireKey(settings: CliSettings): KeyedSettings {
  const { apiKey, apiSecret } = settings;
  if (apiKey === undefined) {
    throw new FlickrUsageError('no API key: pass --api-key or set FLICKR_API_KEY');
  }
  if (apiSecret === undefined) {
    throw new FlickrUsageError('no API secret: pass --api-secret or set FLICKR_API_SECRET');
  }

  return { ...settings, apiKey, apiSecret };
}

/** The token cache file: `DIR/oauth-tokens.sqlite` with `--token-cache DIR`, else the default. */
export function tokenCacheFile(settings: CliSettings): string {
  return settings.tokenCache === undefined
    ? defaultTokenCacheLocation()
    : join(settings.tokenCache, TOKEN_CACHE_FILE);
}
