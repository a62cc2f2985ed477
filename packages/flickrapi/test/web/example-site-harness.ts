/**
 * Running the example site (examples/web-app) as its own process and driving it with
 * headless Chromium. Without Chromium the browser tests are skipped with a reason, except
 * under CI, where a missing Chromium is a failure.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = new URL('../../../../', import.meta.url).pathname;

/** `false` when Chromium is there, else the reason to skip; throws under CI. */
export function chromiumSkipReason(): false | string {
  if (existsSync(CHROMIUM)) return false;
  assert.equal(process.env['CI'], undefined, `${CHROMIUM} is missing under CI`);

  return `${CHROMIUM} is not installed (Debian package chromium)`;
}

/** Headless Chromium, sandbox off (tests run as root in containers), no network chatter. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A running example site. */
export interface ExampleSite {
  /** Its base URL, `http://127.0.0.1:PORT/`. */
  readonly url: string;
  /** The emulator's URL when the site started its own. */
  readonly emulatorUrl: string | undefined;
  /** Every line it printed (stdout and stderr). */
  readonly lines: string[];
  stop(): Promise<void>;
}

/** Starts `examples/web-app/server.ts` on a free port and waits for its "Example site:" line. */
export async function startExampleSite(env: Record<string, string> = {}): Promise<ExampleSite> {
  const inherited = { ...process.env };
  delete inherited['FLICKR_API_KEY'];
  delete inherited['FLICKR_API_SECRET'];
  delete inherited['FLICKR_ENDPOINT'];
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'examples/web-app/server.ts'],
    {
      cwd: ROOT,
      env: { ...inherited, ...env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  createInterface({ input: child.stderr }).on('line', (line) => lines.push(line));
  let emulatorUrl: string | undefined;

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no site after 30 s:\n${lines.join('\n')}`)),
      30_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const emulator = /^Flickr emulator: (\S+)/.exec(line);
      if (emulator !== null) emulatorUrl = emulator[1];
      const site = /^Example site: (\S+)/.exec(line);
      if (site?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(site[1]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the example site exited:\n${lines.join('\n')}`));
    });
  });

  return {
    url,
    emulatorUrl,
    lines,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
