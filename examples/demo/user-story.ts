/**
 * What a Flickr user does in a day, step by step, with flickrapi-ts: sign in through the
 * browser, find the token cached, sign in again without the browser, check who they are,
 * search, upload with progress, replace, walk their photos, share a short URL, delete.
 * Each step checks its outcome; the first surprise fails the demo with the reason.
 */
import { stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

import {
  FlickrAPI,
  FlickrApiError,
  SqliteTokenCache,
  photoIdFromShortUrl,
  shortUrl,
  type OAuthToken,
} from 'flickrapi-ts';

import { list, member, text } from './json-fields.js';
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

/**
 * One run of the story. Each method is one step; a photo it uploaded is deleted by `close`
 * should a later step fail, so that nothing is left behind on the account.
 */
class UserStory {
  readonly #story: Story;
  readonly #target: StoryTarget;
  readonly #flickr: FlickrAPI;
  readonly #perms: 'read' | 'delete';
  #nsid = '';
  #firstFound = '';
  #photoId: string | undefined;
  #deleted = false;

  constructor(story: Story, target: StoryTarget) {
    this.#story = story;
    this.#target = target;
    this.#perms = target.writes ? 'delete' : 'read';
    this.#flickr = new FlickrAPI(target.apiKey, target.apiSecret, this.#clientOptions());
  }

  #clientOptions(): { endpoint: string | undefined; tokenCacheLocation: string } {
    return { endpoint: this.#target.endpoint, tokenCacheLocation: this.#target.tokenCacheLocation };
  }

  login(): Promise<void> {
    return this.#story.step('Log in through the browser (OAuth 1.0a)', async (io) => {
      const perms = this.#perms;
      const openBrowser = this.#target.openBrowser;
      const say = { write: (chunk: string) => chunk.trimEnd().split('\n').forEach(io.say) };
      const token = openBrowser === undefined
        ? await this.#flickr.authenticateViaBrowser({ perms, output: say })
        : await scriptedBrowserLogin(this.#flickr, perms, openBrowser, say, io.say);
      io.say(`Logged in as ${describeToken(token)} with ${token.perms} permission.`);
      expect(token.perms === perms, `asked for ${perms} permission, got ${token.perms}`);
    });
  }

  showCachedToken(): Promise<void> {
    const location = this.#target.tokenCacheLocation;

    return this.#story.step('The token is cached on disk, its secret never shown', async (io) => {
      const cache = new SqliteTokenCache({ location });
      try {
        const stored = await cache.list(this.#target.apiKey);
        expect(stored.length === 1, `expected 1 cached token, found ${stored.length}`);
        const file = await stat(location);
        const folder = await stat(dirname(location));
        io.say(`cache file: ${location}`);
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
  }

  loginAgain(): Promise<void> {
    const title = 'Log in again: the cached token is checked and the browser skipped';

    return this.#story.step(title, async (io) => {
      // A second client, as a second run of the program would have.
      const again = new FlickrAPI(this.#target.apiKey, this.#target.apiSecret,
        this.#clientOptions());
      let opened = false;
      try {
        const started = performance.now();
        const token = await again.authenticateViaBrowser({
          perms: this.#perms,
          openBrowser: () => {
            opened = true;
            throw new Error('the browser must not be needed');
          },
        });
        expect(!opened, 'the browser flow ran although a valid token was cached');
        io.say('flickr.auth.oauth.checkToken says the token is valid ' +
          `(${formatMs(performance.now() - started)}); no browser was opened.`);
        io.say(`Logged in as ${describeToken(token)}.`);
      } finally {
        again.close();
      }
    });
  }

  whoami(): Promise<void> {
    return this.#story.step('Who am I? (flickr.test.login)', async (io) => {
      const reply = await this.#flickr.test.login();
      const id = text(member(reply, 'user', 'id'));
      io.say(`Flickr says: ${text(member(reply, 'user', 'username'))} (${id})`);
      expect(id === this.#flickr.token?.userNsid,
        `test.login returned ${id}, not the token's user`);
      this.#nsid = id;
    });
  }

  search(): Promise<void> {
    const words = this.#target.searchText;

    return this.#story.step(`Search photos for "${words}"`, async (io) => {
      const reply = await this.#flickr.photos.search({ text: words, per_page: 5 });
      const photos = list(member(reply, 'photos', 'photo'));
      io.say(`${text(member(reply, 'photos', 'total'))} photos match; the first ${photos.length}:`);
      for (const photo of photos) {
        const id = text(member(photo, 'id'));
        const title = text(member(photo, 'title'));
        io.say(`  ${id}  ${title === '' ? '(untitled)' : `"${title}"`}  ${shortUrl(id)}`);
      }
      expect(photos.length > 0, `no photo matches "${words}"`);
      this.#firstFound = text(member(photos[0], 'id'));
    });
  }

  upload(): Promise<void> {
    return this.#story.step('Upload a photo, with progress', async (io) => {
      const path = join(this.#target.workDir, 'harbour-dawn.png');
      await writeFile(path, samplePng(1200, 900, 30, 1));
      const size = (await stat(path)).size;
      const started = performance.now();
      const { photoId } = await this.#flickr.upload(path, {
        title: 'Harbour at dawn (flickrapi-ts demo)',
        tags: ['flickrapi-ts', 'demo', 'harbour at dawn'],
        is_public: 0,
        onProgress: progressLine(io, 'harbour-dawn.png'),
      });
      this.#photoId = photoId;
      const seconds = (performance.now() - started) / 1000;
      io.say(`photo ${photoId}: ${(size / 1e6).toFixed(1)} MB in ` +
        `${formatMs(seconds * 1000)} (${(size / 1e6 / seconds).toFixed(1)} MB/s)`);

      const info = await this.#flickr.photos.getInfo({ photo_id: photoId });
      const tags = list(member(info, 'photo', 'tags', 'tag'))
        .map((tag) => text(member(tag, 'raw')));
      io.say(`title "${text(member(info, 'photo', 'title'))}", tags: ${tags.join(', ')}`);
      expect(tags.includes('harbour at dawn'), 'the multi-word tag was not kept');
    });
  }

  replace(): Promise<void> {
    return this.#story.step('Replace the photo with an edited version', async (io) => {
      const photoId = this.#photoId;
      if (photoId === undefined) return;
      const path = join(this.#target.workDir, 'harbour-dawn-edited.png');
      await writeFile(path, samplePng(1200, 900, 200, 2));
      const getInfo = async () =>
        member(await this.#flickr.photos.getInfo({ photo_id: photoId }), 'photo');

      const before = await getInfo();
      const replaced = await this.#flickr.replace(path, photoId, {
        onProgress: progressLine(io, 'harbour-dawn-edited.png'),
      });
      const after = await getInfo();
      const title = text(member(after, 'title'));
      const oldSecret = text(member(before, 'secret'));
      const newSecret = text(member(after, 'secret'));
      io.say(`photo ${replaced.photoId} kept its id and its title "${title}"; ` +
        `its secret changed from ${oldSecret} to ${newSecret}`);
      expect(replaced.photoId === photoId, `replace answered photo ${replaced.photoId}`);
      expect(title === text(member(before, 'title')), 'the title changed');
      expect(newSecret !== oldSecret, 'the secret did not change: the file was not replaced');
    });
  }

  walk(): Promise<void> {
    return this.#story.step('Walk over all your photos, page by page', async (io) => {
      // Against Flickr a long-time member may have tens of thousands: show the first 500.
      const onFlickr = this.#target.endpoint === undefined;
      const limit = onFlickr ? 500 : Infinity;
      const perPage = onFlickr ? 100 : 10;
      const started = performance.now();
      let count = 0;
      let seen = false;
      for await (const photo of this.#flickr.walkUser({ user_id: this.#nsid }, { perPage })) {
        count += 1;
        if (text(member(photo, 'id')) === this.#photoId) seen = true;
        if (count >= limit) break;
      }
      io.say(`${count} photos in ${Math.ceil(count / perPage)} pages of ${perPage} ` +
        `(${formatMs(performance.now() - started)}, next page fetched while reading)`);
      if (this.#photoId !== undefined) {
        expect(seen, `the uploaded photo ${this.#photoId} was not in the walk`);
        io.say(`the uploaded photo ${this.#photoId} is among them`);
      }
    });
  }

  share(): Promise<void> {
    return this.#story.step('Share a short URL', async (io) => {
      // The uploaded photo, or in read-only mode the first search result.
      const id = this.#photoId ?? this.#firstFound;
      const url = shortUrl(id);
      io.say(`photo ${id} -> ${url} -> ${photoIdFromShortUrl(url)}`);
      expect(photoIdFromShortUrl(url) === id, 'the short URL does not decode to the photo id');
    });
  }

  deletePhoto(): Promise<void> {
    return this.#story.step('Delete the photo', async (io) => {
      const photoId = this.#photoId;
      if (photoId === undefined) return;
      await this.#flickr.photos.delete({ photo_id: photoId });
      this.#deleted = true;

      try {
        await this.#flickr.photos.getInfo({ photo_id: photoId });
      } catch (error) {
        expect(error instanceof FlickrApiError && error.code === 1,
          `getInfo after delete failed unexpectedly: ${String(error)}`);
        io.say(`photo ${photoId} deleted; getInfo now answers: ${error.message}`);

        return;
      }
      expect(false, `photo ${photoId} still exists after photos.delete`);
    });
  }

  /** Deletes the uploaded photo if a step failed before `deletePhoto`, and closes the client. */
  async close(): Promise<void> {
    const photoId = this.#photoId;
    try {
      if (photoId !== undefined && !this.#deleted) {
        await this.#flickr.photos.delete({ photo_id: photoId }).then(
          () => this.#story.line(`Cleanup: deleted the demo photo ${photoId}.`),
          (error: unknown) => this.#story.line(`Cleanup: could not delete photo ${photoId}: ` +
            `${error instanceof Error ? error.message : String(error)}`),
        );
      }
    } finally {
      this.#flickr.close();
    }
  }
}

/** Runs every step against `target`, on `story`. Throws at the first step that fails. */
export async function runUserStory(story: Story, target: StoryTarget): Promise<void> {
  const run = new UserStory(story, target);

  try {
    await run.login();
    await run.showCachedToken();
    await run.loginAgain();
    await run.whoami();
    await run.search();
    if (target.writes) {
      await run.upload();
      await run.replace();
    }
    await run.walk();
    await run.share();
    if (target.writes) await run.deletePhoto();
  } finally {
    await run.close();
  }
}
