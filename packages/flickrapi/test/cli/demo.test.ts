/**
 * `npm start`: the demo (`node --import tsx examples/demo/main.ts`) runs the whole story on
 * its own emulator and exits 0; pointed at a dead endpoint it exits 1 and says why.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { ROOT } from './run-cli.js';

interface DemoRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runDemo(env: Readonly<Record<string, string>>): Promise<DemoRun> {
  for (const built of ['packages/flickrapi/dist/index.js', 'packages/emulator/dist/index.js']) {
    if (!existsSync(join(ROOT, built))) {
      throw new Error(
        `${built} is missing: the demo imports the built packages; run "npm run build"`,
      );
    }
  }

  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/demo/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      NO_COLOR: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  return new Promise((resolve, reject) => {
    // The demo promises to finish well under a minute; a hang fails here, it is not waited out.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the demo did not finish within 90 s\n${stdout}\n${stderr}`));
    }, 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm start (the demo)', () => {
  test('runs every step on a local emulator and exits 0', async () => {
    const { code, stdout, stderr } = await runDemo({});

    assert.equal(code, 0, `${stdout}\n${stderr}`);
    assert.equal(stderr, '');
    const steps = [
      'Start a local Flickr',
      'Log in through the browser',
      'The token is cached on disk',
      'Log in again: the cached token is checked and the browser skipped',
      'Who am I?',
      'Search photos for "harbour"',
      'Upload a photo, with progress',
      'Replace the photo',
      'Walk over all your photos',
      'Share a short URL',
      'Delete the photo',
    ];
    for (const [index, title] of steps.entries()) {
      assert.match(stdout, new RegExp(`^${index + 1}\\. ${title.replace(/[?()]/g, '\\$&')}`, 'm'));
    }
    assert.equal(stdout.match(/^ {3}ok \d/gm)?.length, steps.length, 'every step says ok');
    assert.match(stdout, /file mode 0600, folder mode 0700/);
    assert.match(stdout, /oauth_verifier=\(hidden\)/);
    assert.match(stdout, /harbour-dawn\.png: 100%/);
    assert.match(stdout, /^All 11 steps worked in [\d.]+ m?s; the temporary files are gone\.$/m);
    assert.doesNotMatch(stdout, /fedcba9876543210/, 'the demo key\'s secret is never shown');
  });

  test('exits 1 with the reason when a step fails', async () => {
    const { code, stdout } = await runDemo({
      FLICKR_API_KEY: 'somekey',
      FLICKR_API_SECRET: 'somesecret',
      FLICKR_ENDPOINT: 'http://127.0.0.1:9',
    });

    assert.equal(code, 1);
    assert.match(stdout, /^ {3}FAILED after \d+ ms: .*network failure/m);
    assert.match(stdout,
      /^The demo failed at step 1: POST http:\/\/127\.0\.0\.1:9\/\S+_token: network failure/m);
  });
});
