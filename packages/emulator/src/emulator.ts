import type { AddressInfo } from 'node:net';
import { METHOD_TABLE } from './generated/method-table.js';
import { methodHandlers } from './methods/registry.js';
import { NonceCache } from './oauth/nonce-cache.js';
import { DEMO_KEY, type EmulatorOptions, type RunningEmulator } from './options.js';
import type { World } from './rest/call-context.js';
import type { ApiKey, EmulatorCore } from './server/core.js';
import { FaultInjector } from './server/faults.js';
import { createEmulatorServer } from './server/http-server.js';
import { RateLimiter } from './server/rate-limit.js';
import { EmulatorState } from './state/state.js';
import type { Perms } from './state/tokens.js';

function checkOptions(options: EmulatorOptions): void {
  const { port = 0, users = 5, photosPerUser = 12 } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`startEmulator: port must be 0-65535, got ${port}`);
  }
  if (!Number.isInteger(users) || users < 1 || users > 8) {
    throw new RangeError(`startEmulator: users must be 1-8, got ${users}`);
  }
  if (!Number.isInteger(photosPerUser) || photosPerUser < 0) {
    throw new RangeError(`startEmulator: photosPerUser must be >= 0, got ${photosPerUser}`);
  }
  for (const [index, key] of (options.keys ?? []).entries()) {
    if (!/^[0-9a-zA-Z]{8,64}$/.test(key.key) || key.secret === '') {
      throw new TypeError(
        `startEmulator: keys[${index}] needs an alphanumeric key (8-64 chars) and a secret`,
      );
    }
  }
}

function resolveAutoApprove(state: EmulatorState, option: boolean | string | undefined) {
  if (option === undefined || option === false) return undefined;
  const first = state.users.all()[0];
  const username = option === true ? first?.username : option;
  if (username === undefined || state.users.byUsername(username) === undefined) {
    const known = state.users
      .all()
      .map((user) => user.username)
      .join(', ');
    throw new RangeError(
      `startEmulator: autoApprove user "${String(username)}" unknown (${known})`,
    );
  }

  return state.users.byUsername(username)?.username;
}

/**
 * Starts a local Flickr on `host:port` and resolves once it is listening.
 *
 * @example
 * const flickr = await startEmulator({ autoApprove: true });
 * // ... point a client at flickr.url with flickr.apiKey / flickr.apiSecret
 * await flickr.close();
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  checkOptions(options);
  const host = options.host ?? '127.0.0.1';
  const keys: readonly ApiKey[] =
    options.keys !== undefined && options.keys.length > 0 ? options.keys : [DEMO_KEY];
  const state = EmulatorState.open({
    dataDir: options.dataDir,
    seed: options.seed ?? 1,
    photosPerUser: options.photosPerUser ?? 12,
    users: options.users ?? 5,
  });
  let autoApprove: string | undefined;
  try {
    autoApprove = resolveAutoApprove(state, options.autoApprove);
  } catch (error) {
    state.close();
    throw error;
  }

  let url = '';
  const world: World = {
    state,
    now: () => Math.floor((options.clock ?? Date.now)() / 1000),
    baseUrl: () => url,
    methods: METHOD_TABLE,
    methodByName: new Map(METHOD_TABLE.map((method) => [method.name, method])),
  };
  const core: EmulatorCore = {
    state,
    world,
    keys: new Map(keys.map((key) => [key.key, key])),
    handlers: methodHandlers(),
    nonces: new NonceCache(),
    faults: new FaultInjector(options.latencyMs ?? 0, options.randomFaults ?? {}),
    rateLimiter:
      options.rateLimitPerHour === undefined
        ? undefined
        : new RateLimiter(options.rateLimitPerHour),
    autoApprove,
    requestTokenTtl: options.requestTokenTtlSeconds ?? 3600,
    log: options.logger ?? (() => undefined),
  };

  const server = createEmulatorServer(core);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      state.close();
      reject(error);
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  // A wildcard address is not somewhere a client can connect to; name the loopback instead.
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const urlHost = wildcard
    ? '127.0.0.1'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  url = `http://${urlHost}:${address.port}`;
  const firstKey = keys[0] as ApiKey;
  let closed: Promise<void> | undefined;

  return {
    url,
    apiKey: firstKey.key,
    apiSecret: firstKey.secret,
    users: state.users.all().map(({ nsid, username, fullname }) => ({ nsid, username, fullname })),
    dataDir: state.dataDir,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => {
          state.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
    issueAccessToken({
      username,
      perms,
      apiKey,
    }: {
      username?: string;
      perms: Perms;
      apiKey?: string;
    }) {
      const user = username === undefined ? state.users.all()[0] : state.users.byUsername(username);
      if (user === undefined) throw new RangeError(`issueAccessToken: no user "${username ?? ''}"`);
      const consumerKey = apiKey ?? firstKey.key;
      if (!core.keys.has(consumerKey)) throw new RangeError('issueAccessToken: unknown apiKey');
      if (!['read', 'write', 'delete'].includes(perms)) {
        throw new RangeError(`issueAccessToken: perms must be read, write or delete, got ${perms}`);
      }
      const issued = state.tokens.createAccessToken(consumerKey, user.nsid, perms, world.now());

      return {
        token: issued.token,
        tokenSecret: issued.secret,
        perms,
        username: user.username,
        userNsid: user.nsid,
        fullname: user.fullname,
      };
    },
    injectFaults(faults) {
      core.faults.inject(faults);
    },
  };
}
