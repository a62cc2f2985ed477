import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from './database.js';
import { Photos } from './photos.js';
import { Photosets } from './photosets.js';
import { seedWorld } from './seed.js';
import { Social } from './social.js';
import { Tags } from './tags.js';
import { Tickets } from './tickets.js';
import { Tokens } from './tokens.js';
import { Users } from './users.js';

/** Where and how to open the state. */
export interface StateOptions {
  /** Folder kept across restarts; a temporary folder (removed on close) when undefined. */
  readonly dataDir: string | undefined;
  readonly seed: number;
  readonly photosPerUser: number;
  readonly users: number;
}

/**
 * Everything the emulator remembers: one SQLite database (`flickr.sqlite`) and the photo
 * files next to it (`files/`). A folder that already holds a database is reused as is.
 */
export class EmulatorState {
  readonly db: Db;
  readonly dataDir: string;
  readonly filesDir: string;
  readonly users: Users;
  readonly tokens: Tokens;
  readonly photos: Photos;
  readonly tags: Tags;
  readonly sets: Photosets;
  readonly social: Social;
  readonly tickets: Tickets;
  readonly #temporary: boolean;

  private constructor(dataDir: string, temporary: boolean) {
    this.dataDir = dataDir;
    this.filesDir = join(dataDir, 'files');
    this.#temporary = temporary;
    mkdirSync(this.filesDir, { recursive: true });
    this.db = openDatabase(join(dataDir, 'flickr.sqlite'));
    this.users = new Users(this.db);
    this.tokens = new Tokens(this.db);
    this.photos = new Photos(this.db);
    this.tags = new Tags(this.db);
    this.sets = new Photosets(this.db);
    this.social = new Social(this.db);
    this.tickets = new Tickets(this.db);
  }

  /** Opens the state, seeding a new world when the database has no users yet. */
  static open(options: StateOptions): EmulatorState {
    const temporary = options.dataDir === undefined;
    const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'flickr-emulator-'));
    mkdirSync(dir, { recursive: true });
    const state = new EmulatorState(dir, temporary);
    if (state.users.all().length === 0) {
      seedWorld(state.db, state.filesDir, {
        seed: options.seed,
        photosPerUser: options.photosPerUser,
        users: options.users,
      });
    }

    return state;
  }

  /** Absolute path of a stored file. */
  filePath(file: string): string {
    return join(this.filesDir, file);
  }

  /** Closes the database; removes the folder when it was temporary. */
  close(): void {
    this.db.close();
    if (this.#temporary) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
