import { Command, InvalidArgumentError, Option } from 'commander';
import { startEmulator } from './emulator.js';
import { DEMO_KEY, type EmulatorOptions, type RunningEmulator } from './options.js';
import type { ApiKey } from './server/core.js';

function integer(name: string, min: number, max: number) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    }
    return parsed;
  };
}

function rate(value: string): number {
  const parsed = Number(value);
  if (!(parsed >= 0 && parsed <= 1)) throw new InvalidArgumentError('must be between 0 and 1.');

  return parsed;
}

// No default value: commander would print it as "(default: [])" after the demo key.
function collectKey(value: string, previous: ApiKey[] = []): ApiKey[] {
  const colon = value.indexOf(':');
  const key = colon === -1 ? '' : value.slice(0, colon);
  const secret = colon === -1 ? '' : value.slice(colon + 1);
  if (!/^[0-9a-zA-Z]{8,64}$/.test(key) || secret === '') {
    throw new InvalidArgumentError('expected KEY:SECRET, KEY alphanumeric (8-64 characters).');
  }

  return [...previous, { key, secret }];
}

function buildProgram(): Command {
  return new Command('flickr-emulator')
    .description('A local Flickr speaking the real wire protocol (OAuth 1.0a, REST, uploads).')
    .option(
      '-p, --port <n>',
      'port to listen on, 0 for a free one',
      integer('--port', 0, 65535),
      9090,
    )
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--data <dir>', 'keep the database and photos in this folder (default: temporary)')
    .option(
      '--seed <n>',
      'seed of the generated users and photos',
      integer('--seed', 0, 2 ** 31),
      1,
    )
    .option(
      '--photos-per-user <n>',
      'seeded photos per user',
      integer('--photos-per-user', 0, 1e6),
      12,
    )
    .option(
      '--key <key:secret>',
      `accepted API key, repeatable (default demo key ${DEMO_KEY.key})`,
      collectKey,
    )
    .option(
      '--auto-approve [username]',
      'approve every authorization (as the first user by default)',
    )
    .option('--latency <ms>', 'delay before every reply', integer('--latency', 0, 600_000), 0)
    .option('--fail-rate <r>', 'share of requests answered with --fail-status (0-1)', rate, 0)
    .option(
      '--fail-status <code>',
      'HTTP status of random failures',
      integer('--fail-status', 400, 599),
      503,
    )
    .option('--truncate-rate <r>', 'share of replies cut short (0-1)', rate, 0)
    .option(
      '--slow-body <ms>',
      'spread every reply body over this time',
      integer('--slow-body', 0, 600_000),
      0,
    )
    .addOption(
      new Option(
        '--rate-limit [per-hour]',
        'limit calls per API key per hour (3600 when given)',
      ).argParser(integer('--rate-limit', 1, 1e9)),
    )
    .option('--json', 'print one JSON line with url, apiKey, apiSecret and users once listening')
    .option('-q, --quiet', 'do not log requests to stderr')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stderr.write(text),
      writeErr: (text) => process.stderr.write(text),
    });
}

interface CliFlags {
  port: number;
  host: string;
  data?: string;
  seed: number;
  photosPerUser: number;
  key?: ApiKey[];
  autoApprove?: string | boolean;
  latency: number;
  failRate: number;
  failStatus: number;
  truncateRate: number;
  slowBody: number;
  rateLimit?: number | boolean;
  json?: boolean;
  quiet?: boolean;
}

function toOptions(flags: CliFlags): EmulatorOptions {
  const options: { -readonly [K in keyof EmulatorOptions]: EmulatorOptions[K] } = {
    port: flags.port,
    host: flags.host,
    seed: flags.seed,
    photosPerUser: flags.photosPerUser,
    latencyMs: flags.latency,
    randomFaults: {
      failRate: flags.failRate,
      failStatus: flags.failStatus,
      truncateRate: flags.truncateRate,
      slowBodyMs: flags.slowBody,
    },
  };
  if (flags.data !== undefined) options.dataDir = flags.data;
  if (flags.key !== undefined) options.keys = flags.key;
  if (flags.autoApprove !== undefined) options.autoApprove = flags.autoApprove;
  if (flags.rateLimit !== undefined) {
    options.rateLimitPerHour = flags.rateLimit === true ? 3600 : Number(flags.rateLimit);
  }
  if (flags.quiet !== true) {
    options.logger = (line) => process.stderr.write(`flickr-emulator: ${line}\n`);
  }

  return options;
}

function announce(emulator: RunningEmulator, json: boolean): void {
  if (json) {
    const line = {
      url: emulator.url,
      apiKey: emulator.apiKey,
      apiSecret: emulator.apiSecret,
      users: emulator.users.map(({ nsid, username, fullname }) => ({ nsid, username, fullname })),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return;
  }
  const users = emulator.users.map((user) => `${user.username} (${user.nsid})`).join(', ');
  // The demo key is the emulator's own test key, published in its README: showing its secret
  // lets a client be configured from this output. A key given with --key may be a real
  // app's, so its secret is not repeated.
  const secret = emulator.apiKey === DEMO_KEY.key && emulator.apiSecret === DEMO_KEY.secret
    ? `secret ${emulator.apiSecret} (the demo key)`
    : 'secret as given with --key';
  process.stderr.write(
    `flickr-emulator: listening on ${emulator.url}\n` +
      `flickr-emulator: API key ${emulator.apiKey} ${secret}\n` +
      `flickr-emulator: data in ${emulator.dataDir}\n` +
      `flickr-emulator: users ${users}\n`,
  );
}

/**
 * Runs the `flickr-emulator` command until SIGINT or SIGTERM; resolves with the exit
 * code. Only `--json` writes to stdout (one line); everything else goes to stderr.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return typeof code === 'number' ? code : 2;
  }

  const flags = program.opts<CliFlags>();
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator(toOptions(flags));
  } catch (error) {
    process.stderr.write(`flickr-emulator: ${(error as Error).message}\n`);
    return 1;
  }
  let stop: (signal: NodeJS.Signals) => void = () => undefined;
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    stop = resolve;
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Announce only once the signal handlers are in place: a supervisor may stop us at once.
  announce(emulator, flags.json === true);
  const signal = await stopped;
  if (flags.quiet !== true) process.stderr.write(`flickr-emulator: ${signal}, shutting down\n`);
  await emulator.close();
  // Listeners stay until the database is closed, so a second signal cannot cut it short.
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);

  return 0;
}
