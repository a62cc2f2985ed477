import type { Perms } from './state/tokens.js';
import type { Fault, RandomFaults } from './server/faults.js';
import type { ApiKey } from './server/core.js';

/**
 * The API key used when none is configured. Documented in the README so examples and
 * tests can hard-code it; never use it for anything but the emulator.
 */
export const DEMO_KEY: ApiKey = {
  key: '0123456789abcdef0123456789abcdef',
  secret: 'fedcba9876543210',
  name: 'Flickr Emulator Demo App',
};

/** Options of `startEmulator`. Every option is optional. */
export interface EmulatorOptions {
  /** TCP port; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  readonly host?: string;
  /**
   * Folder holding the SQLite database and photo files, kept across restarts. Default: a
   * temporary folder removed by `close()`.
   */
  readonly dataDir?: string;
  /** Seed of the generated world (default 1). Only used when the database is new. */
  readonly seed?: number;
  /** Accepted API keys (default: the demo key `DEMO_KEY`). */
  readonly keys?: readonly ApiKey[];
  /**
   * Approve every authorization without a click: `true` as the first seeded user, or a
   * username. Default `false` (the consent page waits for a decision).
   */
  readonly autoApprove?: boolean | string;
  /** Extra delay before every reply, in milliseconds (default 0). */
  readonly latencyMs?: number;
  /** Calls per API key per hour (Flickr's guideline is 3600); default: no limit. */
  readonly rateLimitPerHour?: number;
  /** Seeded photos per user (default 12); thousands are fine (one transaction). */
  readonly photosPerUser?: number;
  /** Seeded users, 1 to 8 (default 5). */
  readonly users?: number;
  /** Random failures and damaged bodies on every endpoint (default none). */
  readonly randomFaults?: RandomFaults;
  /** Lifetime of a request token in seconds (default 3600). */
  readonly requestTokenTtlSeconds?: number;
  /** Clock in Unix milliseconds, for tests of expiry (default `Date.now`). */
  readonly clock?: () => number;
  /** Receives one line per request and event; secrets never appear. Default: silent. */
  readonly logger?: (line: string) => void;
}

/** A seeded user as the emulator announces it. */
export interface EmulatorUser {
  readonly nsid: string;
  readonly username: string;
  readonly fullname: string;
}

/** What `issueAccessToken` returns: a ready-to-use access token and its owner. */
export interface IssuedToken {
  readonly token: string;
  readonly tokenSecret: string;
  readonly perms: Perms;
  readonly username: string;
  readonly userNsid: string;
  readonly fullname: string;
}

/** A running emulator. */
export interface RunningEmulator {
  /** Base URL, e.g. `http://127.0.0.1:53124`, standing in for api/up/www.flickr.com. */
  readonly url: string;
  /** The first configured API key (the demo key by default). */
  readonly apiKey: string;
  /** Its secret. */
  readonly apiSecret: string;
  /** The seeded users, the default (auto-approve) user first. */
  readonly users: readonly EmulatorUser[];
  /** Folder holding the database and files. */
  readonly dataDir: string;
  /** Stops listening, closes connections and the database; removes a temporary folder. */
  close(): Promise<void>;
  /**
   * Test hook: mints an access token as if the user had approved the app, without the
   * browser dance. `username` defaults to the first seeded user; `apiKey` to `apiKey`.
   */
  issueAccessToken(request: { username?: string; perms: Perms; apiKey?: string }): IssuedToken;
  /** Test hook: the next `count` matching requests fail as described. */
  injectFaults(faults: readonly Fault[]): void;
}
