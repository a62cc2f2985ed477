/**
 * An emulator for CLI tests, token caches filled with tokens it minted, and the user's part
 * of the out-of-band authorization (approving on the authorize page and reading the code).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import { SqliteTokenCache } from '../../src/tokens/sqlite-token-cache.js';
import type { Perms } from '../../src/tokens/token.js';

/** A running emulator and a scratch folder, removed by `close`. */
export interface CliWorld {
  readonly emulator: RunningEmulator;
  readonly dir: string;
  /** The variables that point the CLI at the emulator with its key. */
  readonly env: Readonly<Record<string, string>>;
  /** Every secret of the world, for checking that none was printed. */
  readonly secrets: string[];
  /** A new token cache folder holding a minted token of `perms` (default account). */
  tokenCache(perms: Perms, options?: { username?: string; lookupKey?: string }): Promise<string>;
  /** A new, empty folder. */
  folder(name: string): string;
  close(): Promise<void>;
}

/** Starts an emulator for one test file. */
export async function startCliWorld(photosPerUser = 12): Promise<CliWorld> {
  const emulator = await startEmulator({ photosPerUser });
  const dir = mkdtempSync(join(tmpdir(), 'flickr-cli-test-'));
  const secrets = [emulator.apiSecret];
  let folders = 0;

  const folder = (name: string): string => {
    folders += 1;
    const path = join(dir, `${folders}-${name}`);

    return path;
  };

  return {
    emulator,
    dir,
    env: {
      FLICKR_API_KEY: emulator.apiKey,
      FLICKR_API_SECRET: emulator.apiSecret,
      FLICKR_ENDPOINT: emulator.url,
    },
    secrets,
    folder,
    async tokenCache(perms, options = {}) {
      const issued = emulator.issueAccessToken({
        perms,
        ...(options.username === undefined ? {} : { username: options.username }),
      });
      secrets.push(issued.tokenSecret);
      const path = folder(`tokens-${perms}`);
      const cache = new SqliteTokenCache({ location: join(path, 'oauth-tokens.sqlite') });
      await cache.set(emulator.apiKey, options.lookupKey ?? '', {
        token: issued.token,
        tokenSecret: issued.tokenSecret,
        perms: issued.perms,
        username: issued.username,
        userNsid: issued.userNsid,
        fullname: issued.fullname,
      });
      await cache.close();

      return path;
    },
    async close() {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);

  return match === null ? undefined : (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&');
}

/**
 * Does what the user does with the address `flickr login --console` prints: opens it,
 * approves with the first account, and reads the code the page shows (`123-456-789`).
 */
export async function approveOutOfBand(authorizeUrl: string): Promise<string> {
  const page = await (await fetch(authorizeUrl)).text();
  const form = /<form\b[^>]*>[\s\S]*?<\/form>/i.exec(page)?.[0];
  if (form === undefined) throw new Error(`no form on the authorize page: ${page.slice(0, 300)}`);

  const fields = new URLSearchParams();
  for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
    if (attribute(input, 'type') === 'hidden') {
      fields.append(attribute(input, 'name') ?? '', attribute(input, 'value') ?? '');
    }
  }
  const option = /<select\b[^>]*>[\s\S]*?(<option\b[^>]*>)/i.exec(form)?.[1] ?? '';
  fields.append('username', attribute(option, 'value') ?? '');
  fields.append('decision', 'approve');
  const action = new URL(attribute(/<form\b[^>]*>/i.exec(form)?.[0] ?? '', 'action') ?? '',
    authorizeUrl);

  const answer = await fetch(action, { method: 'POST', body: fields, redirect: 'manual' });
  const html = await answer.text();
  const verifier = /id="verifier"[^>]*>\s*([^<\s]+)/.exec(html)?.[1];
  if (verifier === undefined) throw new Error(`no verifier on the page: ${html.slice(0, 300)}`);

  return verifier;
}
