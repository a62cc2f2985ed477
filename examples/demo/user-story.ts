/**
 * What a Flickr user does in a day, step by step, with flickrapi-ts: sign in through the
 * browser, find the token cached, sign in again without the browser, check who they are,
 * search, upload with progress, replace, walk their photos, share a short URL, delete.
 * Each step checks its outcome; the first surprise fails the demo with the reason.
 */
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

import {
  FlickrAPI,
  FlickrApiError,
  SqliteTokenCache,
  photoIdFromShortUrl,
  shortUrl,
  type OAuthToken,
} from 'flickrapi-ts';

import { progressLine } from './progress-line.js';
import { samplePng } from './sample-image.js';
import { expect, formatMs, type Story } from './story.js';

/** Where the story runs and what it may do there. */
export interface StoryTarget {
  readonly apiKey: string;
  readonly apiSecret: string;
  /** The emulator's URL; `undefined` for Flickr itself. */
  readonly endpoint: string | undefined;
  /** The token cache file the story uses. */
  readonly tokenCacheLocation: string;
  /** A folder for the photos the story makes. */
  readonly workDir: string;
  /**
   * Opens the authorize page; `undefined` for the user's own browser. Resolves with lines
   * describing what the browser did.
   */
  readonly openBrowser: ((url: string) => Promise<string[]>) | undefined;
  /** False when the user did not allow changes to their account: read-only steps run. */
  readonly writes: boolean;
  /** What to search for. */
  readonly searchText: string;
}

type Json = unknown;

function member(value: Json, ...path: string[]): Json {
  let current = value;
  for (const name of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, Json>)[name];
  }

  return current;
}

function text(value: Json): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const content = member(value, '_content');

  return typeof content === 'string' || typeof content === 'number' ? String(content) : '';
}

function list(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

function describeToken(token: OAuthToken): string {
  return `${token.username} (${token.fullname || 'no full name'}, ${token.userNsid})`;
}

function octal(mode: number): string {
  return `0${(mode & 0o777).toString(8)}`;
}

/**
 * The browser flow with a scripted browser. Should the browser fail, the flow is cancelled
 * at once (instead of waiting minutes for a user who will never come) and the browser's
 * error is the reason given.
 */
async function scriptedBrowserLogin(
  flickr: FlickrAPI,
  perms: 'read' | 'delete',
  openBrowser: (url: string) => Promise<string[]>,
  output: { write(text: string): void },
  say: (line: string) => void,
): Promise<OAuthToken> {
  const controller = new AbortController();
  let visit: Promise<string[]> | undefined;
  const token = await flickr.authenticateViaBrowser({
    perms,
    output,
    signal: controller.signal,
    timeout: 30_000,
    // Returns at once, like a real browser launcher; the visit goes on in the background.
    openBrowser: (url: string) => {
      visit = openBrowser(url);
      visit.catch((error: unknown) => controller.abort(error));
    },
  }).catch(async (error: unknown) => {
    await visit;
    throw error;
  });
  for (const line of (await visit) ?? []) say(line);

  return token;
}

/** Runs every step against `target`, on `story`. Throws at the first step that fails. */
export async function runUserStory(story: Story, target: StoryTarget): Promise<void> {
  const options = {
    endpoint: target.endpoint,
    tokenCacheLocation: target.tokenCacheLocation,
  };
  const perms = target.writes ? 'delete' : 'read';
  const flickr = new FlickrAPI(target.apiKey, target.apiSecret, options);

  try {
    await story.step('Log in through the browser (OAuth 1.0a)', async (io) => {
      const say = { write: (chunk: string) => chunk.trimEnd().split('\n').forEach(io.say) };
      const token = target.openBrowser === undefined
        ? await flickr.authenticateViaBrowser({ perms, output: say })
        : await scriptedBrowserLogin(flickr, perms, target.openBrowser, say, io.say);
      io.say(`Logged in as ${describeToken(token)} with ${token.perms} permission.`);
      expect(token.perms === perms, `asked for ${perms} permission, got ${token.perms}`);
    });

    await story.step('The token is cached on disk, its secret never shown', async (io) => {
      const cache = new SqliteTokenCache({ location: target.tokenCacheLocation });
      try {
        const stored = await cache.list(target.apiKey);
        expect(stored.length === 1, `expected 1 cached token, found ${stored.length}`);
        const file = await stat(target.tokenCacheLocation);
        const folder = await stat(dirname(target.tokenCacheLocation));
        io.say(`cache file: ${target.tokenCacheLocation}`);
        io.say(`file mode ${octal(file.mode)}, folder mode ${octal(folder.mode)} ` +
          '(only you can read it)');
        for (const { lookupKey, token } of stored) {
          io.say(`account "${lookupKey || 'default'}": ${token.username}, ${token.perms}, ` +
            `token ${token.token.slice(0, 8)}…, token secret: (kept in the file, not shown)`);
        }
        expect((file.mode & 0o077) === 0, 'the token cache is readable by other users');
      } finally {
        await cache.close();
      }
    });

    await story.step('Log in again: the cached token is checked and the browser skipped',
      async (io) => {
        const again = new FlickrAPI(target.apiKey, target.apiSecret, options);
        let opened = false;
        try {
          const started = performance.now();
          const token = await again.authenticateViaBrowser({
            perms,
            openBrowser: () => {
              opened = true;
              throw new Error('the browser must not be needed');
            },
          });
          expect(!opened, 'the browser flow ran although a valid token was cached');
          io.say(`flickr.auth.oauth.checkToken says the token is valid ` +
            `(${formatMs(performance.now() - started)}); no browser was opened.`);
          io.say(`Logged in as ${describeToken(token)}.`);
        } finally {
          again.close();
        }
      });

    const nsid = await story.step('Who am I? (flickr.test.login)', async (io) => {
      const reply = await flickr.test.login();
      const id = text(member(reply, 'user', 'id'));
      io.say(`Flickr says: ${text(member(reply, 'user', 'username'))} (${id})`);
      expect(id === flickr.token?.userNsid, `test.login returned ${id}, not the token's user`);

      return id;
    });

    await story.step(`Search photos for "${target.searchText}"`, async (io) => {
      const reply = await flickr.photos.search({ text: target.searchText, per_page: 5 });
      const photos = list(member(reply, 'photos', 'photo'));
      io.say(`${text(member(reply, 'photos', 'total'))} photos match; the first ${photos.length}:`);
      for (const photo of photos) {
        const title = text(member(photo, 'title'));
        io.say(`  ${text(member(photo, 'id'))}  ${title === '' ? '(untitled)' : `"${title}"`}  ` +
          shortUrl(text(member(photo, 'id'))));
      }
      expect(photos.length > 0, `no photo matches "${target.searchText}"`);
    });

    let photoId: string | undefined;
    if (target.writes) {
      photoId = await story.step('Upload a photo, with progress', async (io) => {
        const path = join(target.workDir, 'harbour-dawn.png');
        await writeFile(path, samplePng(1200, 900, 30, 1));
        const size = (await stat(path)).size;
        const started = performance.now();
        const uploaded = await flickr.upload(path, {
          title: 'Harbour at dawn (flickrapi-ts demo)',
          tags: ['flickrapi-ts', 'demo', 'harbour at dawn'],
          is_public: 0,
          onProgress: progressLine(io, 'harbour-dawn.png'),
        });
        const seconds = (performance.now() - started) / 1000;
        io.say(`photo ${uploaded.photoId}: ${(size / 1e6).toFixed(1)} MB in ` +
          `${formatMs(seconds * 1000)} (${(size / 1e6 / seconds).toFixed(1)} MB/s)`);
        const info = await flickr.photos.getInfo({ photo_id: uploaded.photoId });
        const tags = list(member(info, 'photo', 'tags', 'tag'))
          .map((tag) => text(member(tag, 'raw')));
        io.say(`title "${text(member(info, 'photo', 'title'))}", tags: ${tags.join(', ')}`);
        expect(tags.includes('harbour at dawn'), 'the multi-word tag was not kept');

        return uploaded.photoId;
      });

      await story.step('Replace the photo with an edited version', async (io) => {
        if (photoId === undefined) return;
        const path = join(target.workDir, 'harbour-dawn-edited.png');
        await writeFile(path, samplePng(1200, 900, 200, 2));
        const before = member(await flickr.photos.getInfo({ photo_id: photoId }), 'photo');
        const replaced = await flickr.replace(path, photoId, {
          onProgress: progressLine(io, 'harbour-dawn-edited.png'),
        });
        const after = member(await flickr.photos.getInfo({ photo_id: photoId }), 'photo');
        const [title, oldSecret, newSecret] = [
          text(member(after, 'title')),
          text(member(before, 'secret')),
          text(member(after, 'secret')),
        ];
        io.say(`photo ${replaced.photoId} kept its id and its title "${title}"; ` +
          `its secret changed from ${oldSecret} to ${newSecret}`);
        expect(text(member(after, 'title')) === text(member(before, 'title')), 'the title changed');
        expect(text(member(after, 'secret')) !== text(member(before, 'secret')),
          'the secret did not change: the file was not replaced');
        expect(replaced.photoId === photoId, `replace answered photo ${replaced.photoId}`);
      });
    }

    await story.step('Walk over all your photos, page by page', async (io) => {
      const started = performance.now();
      let count = 0;
      let found = false;
      // Against Flickr a long-time member may have tens of thousands: show the first 500.
      const limit = target.endpoint === undefined ? 500 : Infinity;
      const perPage = target.endpoint === undefined ? 100 : 10;
      for await (const photo of flickr.walkUser({ user_id: nsid }, { perPage })) {
        count += 1;
        if (text(member(photo, 'id')) === photoId) found = true;
        if (count >= limit) break;
      }
      io.say(`${count} photos in ${Math.ceil(count / perPage)} pages of ${perPage} ` +
        `(${formatMs(performance.now() - started)}, next page fetched while reading)`);
      if (photoId !== undefined) {
        expect(found, `the uploaded photo ${photoId} was not in the walk`);
        io.say(`the uploaded photo ${photoId} is among them`);
      }
      expect(count > 0, 'the walk found no photo');
    });

    await story.step('Share a short URL', async (io) => {
      const first = async (): Promise<string> => text(member(
        await flickr.people.getPhotos({ user_id: nsid, per_page: 1 }), 'photos', 'photo', '0', 'id',
      ));
      const id = photoId ?? await first();
      const url = shortUrl(id);
      io.say(`photo ${id} -> ${url} -> ${photoIdFromShortUrl(url)}`);
      expect(photoIdFromShortUrl(url) === id, 'the short URL does not decode to the photo id');
    });

    if (photoId !== undefined) {
      await story.step('Delete the photo', async (io) => {
        await flickr.photos.delete({ photo_id: photoId });
        try {
          await flickr.photos.getInfo({ photo_id: photoId });
        } catch (error) {
          expect(error instanceof FlickrApiError && error.code === 1,
            `getInfo after delete failed unexpectedly: ${String(error)}`);
          io.say(`photo ${photoId} deleted; getInfo now answers: ${error.message}`);

          return;
        }
        expect(false, `photo ${photoId} still exists after photos.delete`);
      });
    }
  } finally {
    flickr.close();
  }
}
