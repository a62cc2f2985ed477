import { spawnSync } from 'node:child_process';

/** Whether a real client can run here, and how to say so to the test runner. */
export interface ClientAvailability {
  /** Version the probe printed, when the client is installed. */
  version?: string;
  /**
   * `skip` option for `describe`: the reason the client is missing, or `false`. Under CI a
   * missing client is never skipped; {@link assertClientInstalled} fails the suite instead.
   */
  skip: string | false;
  /** Why the client cannot run, or undefined when it can. */
  missing?: string;
}

/**
 * Probes a client by running a short command (e.g. printing its version). The probe is
 * bounded by a timeout; any failure counts as "not installed".
 */
export function probeClient(
  name: string,
  installHint: string,
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): ClientAvailability {
  const probe = spawnSync(command, args, { encoding: 'utf8', timeout: 15_000, env });
  if (probe.status === 0) return { version: probe.stdout.trim(), skip: false };

  const why = probe.error ? probe.error.message : (probe.stderr || '').trim().split('\n')[0];
  const missing = `${name} is not installed (${why}); install it with: ${installHint}`;

  return { missing, skip: process.env['CI'] ? false : missing };
}

/**
 * Fails with a clear message when the client is missing under CI, where `.ci/setup-system.sh`
 * must have installed it. Outside CI a missing client has already skipped the suite.
 */
export function assertClientInstalled(client: ClientAvailability): void {
  if (client.missing) {
    throw new Error(`${client.missing}. CI must install it: see .ci/setup-system.sh`);
  }
}
