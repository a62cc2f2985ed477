/**
 * `npm start`: flickrapi-ts at work, from the first login to deleting a photo.
 *
 * By default everything runs against flickr-emulator, started here on a free loopback port
 * with a fresh data folder, and a scripted browser approves the login: nothing leaves the
 * machine and nothing needs a key. With FLICKR_API_KEY and FLICKR_API_SECRET set and no
 * FLICKR_ENDPOINT, the same story runs against Flickr itself, and asks before it changes
 * anything on the account. With all three set, it runs against that endpoint (an emulator
 * started elsewhere, say) with that key.
 *
 * Exits 0 when every step worked, 1 with the reason when one did not.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';

import { startEmulator, type RunningEmulator } from 'flickr-emulator';

import { approveInBrowser } from './browser.js';
import { formatMs, Story } from './story.js';
import { runUserStory, type StoryTarget } from './user-story.js';

const story = new Story(process.stdout);
const cleanups: (() => Promise<void>)[] = [];

async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((error: unknown) => {
      story.line(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

/** A scripted browser for the emulator's authorize page, narrating what it does. */
async function scriptedBrowser(url: string): Promise<string[]> {
  const visit = await approveInBrowser(url);

  return [
    `browser: loaded ${new URL(url).pathname}, the page asking to link the app`,
    `browser: signed in as "${visit.account}" and pressed "OK, I'll authorize it"`,
    `browser: redirected to the app's callback ${visit.redirectedTo}`,
    `browser: the callback page says "${visit.callbackText}" (HTTP ${visit.callbackStatus})`,
  ];
}

async function askYesNo(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await Promise.race([
      prompt.question(question),
      new Promise<string>((resolve) => prompt.once('close', () => resolve(''))),
    ]);

    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

async function emulatorTarget(workDir: string): Promise<StoryTarget> {
  const emulator = await story.step('Start a local Flickr (flickr-emulator)', async (io) => {
    const running: RunningEmulator = await startEmulator({
      dataDir: join(workDir, 'emulator'),
      photosPerUser: 40,
    });
    cleanups.push(() => running.close());
    io.say(`listening on ${running.url}, standing in for api, up and www.flickr.com`);
    io.say(`data folder ${running.dataDir}; ${running.users.length} users with 40 photos each`);
    io.say(`API key ${running.apiKey} (the emulator's demo key)`);

    return running;
  });

  return {
    apiKey: emulator.apiKey,
    apiSecret: emulator.apiSecret,
    endpoint: emulator.url,
    tokenCacheLocation: join(workDir, 'flickr', 'oauth-tokens.sqlite'),
    workDir,
    openBrowser: scriptedBrowser,
    writes: true,
    searchText: 'harbour',
  };
}

async function flickrTarget(workDir: string, apiKey: string, apiSecret: string):
  Promise<StoryTarget> {
  story.line('FLICKR_API_KEY and FLICKR_API_SECRET are set and FLICKR_ENDPOINT is not:');
  story.line('this demo would talk to the real Flickr (api.flickr.com) with your key.');
  story.line('Your browser opens to authorize it; the token is kept in a temporary folder.');
  const writes = await askYesNo(
    'Upload, replace and then delete a test photo (private) on your account? [y/N] ',
  );
  story.line(writes
    ? 'OK: the full story, including changes to your account.'
    : 'OK: read-only steps only; nothing on your account will change.');

  return {
    apiKey,
    apiSecret,
    endpoint: undefined,
    tokenCacheLocation: join(workDir, 'flickr', 'oauth-tokens.sqlite'),
    workDir,
    openBrowser: undefined,
    writes,
    searchText: 'harbour',
  };
}

function endpointTarget(workDir: string, apiKey: string, apiSecret: string, endpoint: string):
  StoryTarget {
  return {
    apiKey,
    apiSecret,
    endpoint,
    tokenCacheLocation: join(workDir, 'flickr', 'oauth-tokens.sqlite'),
    workDir,
    openBrowser: scriptedBrowser,
    writes: true,
    searchText: 'harbour',
  };
}

async function main(): Promise<number> {
  const apiKey = process.env['FLICKR_API_KEY'] ?? '';
  const apiSecret = process.env['FLICKR_API_SECRET'] ?? '';
  const endpoint = process.env['FLICKR_ENDPOINT'] ?? '';
  const keyed = apiKey !== '' && apiSecret !== '';
  const where = !keyed ? 'a local Flickr emulator' : endpoint === '' ? 'Flickr' : endpoint;

  story.heading(`flickrapi-ts demo: ${where}`);
  const workDir = await mkdtemp(join(tmpdir(), 'flickrapi-ts-demo-'));
  cleanups.push(() => rm(workDir, { recursive: true, force: true }));

  try {
    const target = !keyed
      ? await emulatorTarget(workDir)
      : endpoint === ''
        ? await flickrTarget(workDir, apiKey, apiSecret)
        : endpointTarget(workDir, apiKey, apiSecret, endpoint);
    await runUserStory(story, target);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    story.heading(`The demo failed at step ${story.steps}: ${reason}`);

    return 1;
  } finally {
    await cleanUp();
  }

  story.heading(`All ${story.steps} steps worked in ${formatMs(story.elapsedMs())}; ` +
    'the temporary files are gone.');

  return 0;
}

process.once('SIGINT', () => {
  story.line('\nInterrupted: cleaning up.');
  void cleanUp().finally(() => process.exit(130));
});

process.exitCode = await main();
