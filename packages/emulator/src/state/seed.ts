import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database.js';
import { writeMeta } from './database.js';
import { encodeBlockJpeg } from './jpeg.js';
import type { Photo } from './photos.js';
import { Photos } from './photos.js';
import { Photosets } from './photosets.js';
import { SeededRandom } from './random.js';
import { PEOPLE, SET_TITLES, SUBJECTS } from './seed-data.js';
import { Social } from './social.js';
import { Tags } from './tags.js';
import { Users, type User } from './users.js';

/** How big the seeded world is. */
export interface SeedOptions {
  readonly seed: number;
  /** Photos per user (default 12). */
  readonly photosPerUser: number;
  /** Number of users (default 5, at most 8). */
  readonly users: number;
}

const IMAGE_COUNT = 6;
const IMAGE_WIDTH = 640;
const IMAGE_HEIGHT = 480;
/** 2023-01-01T00:00:00Z: seeded uploads spread over the two years before it. */
const SEED_EPOCH = 1_672_531_200;

function paintImage(random: SeededRandom): Buffer {
  const sky = [random.int(40, 120), random.int(90, 170), random.int(160, 240)] as const;
  const ground = [random.int(30, 110), random.int(70, 150), random.int(20, 90)] as const;
  const sun = [random.int(5, 75), random.int(3, 25)] as const;
  const horizon = random.int(28, 44);

  return encodeBlockJpeg(IMAGE_WIDTH, IMAGE_HEIGHT, (bx, by) => {
    if ((bx - sun[0]) ** 2 + (by - sun[1]) ** 2 < 16) return [250, 220, 120];
    const base = by < horizon ? sky : ground;
    const shade = by < horizon ? by * 2 : -(by - horizon) * 2;
    const clamp = (value: number) => Math.max(0, Math.min(255, value + shade));
    return [clamp(base[0]), clamp(base[1]), clamp(base[2])];
  });
}

function dateTaken(unix: number): string {
  return new Date(unix * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Fills an empty database: users with Flickr-shaped NSIDs, photos pointing at a few shared
 * real JPEG files, tags, albums, favourites and contacts. The same seed always gives the
 * same world. Photos are inserted in one transaction, so thousands are cheap.
 */
export function seedWorld(db: Db, filesDir: string, options: SeedOptions): User[] {
  const random = new SeededRandom(options.seed);
  const users = new Users(db);
  const photos = new Photos(db);
  const tags = new Tags(db);
  const sets = new Photosets(db);
  const social = new Social(db);

  mkdirSync(filesDir, { recursive: true });
  const images = Array.from({ length: IMAGE_COUNT }, (_, index) => {
    const bytes = paintImage(random);
    const file = `seed-${index + 1}.jpg`;
    writeFileSync(join(filesDir, file), bytes);
    return { file, size: bytes.length, sha1: createHash('sha1').update(bytes).digest('hex') };
  });

  const people = [...PEOPLE].sort(() => random.next() - 0.5).slice(0, options.users);
  const created: User[] = [];
  let nextPhotoId = 52_000_000_000 + random.int(0, 99_999_999);

  db.transaction(() => {
    people.forEach(([username, fullname, location], position) => {
      const user: User = {
        nsid: `${random.int(10_000_000, 99_999_999)}@N0${random.int(1, 8)}`,
        username,
        fullname,
        location,
        description: `Photos by ${fullname}.`,
        pathAlias: username.replace(/[^a-z0-9]/g, ''),
        ispro: random.int(0, 1),
        iconserver: String(random.int(1000, 65535)),
        iconfarm: 66,
        dateCreate: SEED_EPOCH - random.int(400, 3000) * 86_400,
      };
      users.insert(user, position);
      created.push(user);
    });

    const userPhotos = new Map<string, string[]>();
    for (const user of created) {
      const ids: string[] = [];
      let posted = SEED_EPOCH - 730 * 86_400 + random.int(0, 86_400);
      for (let i = 0; i < options.photosPerUser; i += 1) {
        nextPhotoId += random.int(1, 5_000);
        posted += random.int(
          600,
          Math.max(700, Math.floor((730 * 86_400) / options.photosPerUser)),
        );
        const [subject, subjectTags] = random.pick(SUBJECTS);
        const image = random.pick(images);
        const id = String(nextPhotoId);
        const visibility = random.next();
        const photo: Photo = {
          id,
          owner: user.nsid,
          secret: random.hex(10),
          originalsecret: random.hex(10),
          server: String(random.int(65_000, 65_535)),
          farm: 66,
          title: i % 7 === 3 ? '' : `${subject} ${i + 1}`,
          description: i % 3 === 0 ? `${subject}, seen by ${user.fullname}.` : '',
          isPublic: visibility < 0.8 ? 1 : 0,
          isFriend: visibility >= 0.8 && visibility < 0.9 ? 1 : 0,
          isFamily: visibility >= 0.9 ? 1 : 0,
          safetyLevel: 0,
          contentType: 1,
          hidden: 1,
          media: 'photo',
          originalFormat: 'jpg',
          mime: 'image/jpeg',
          width: IMAGE_WIDTH,
          height: IMAGE_HEIGHT,
          file: image.file,
          fileSize: image.size,
          sha1: image.sha1,
          datePosted: posted,
          dateTaken: dateTaken(posted - random.int(0, 20 * 86_400)),
          dateUpdated: posted + random.int(0, 86_400),
          views: random.int(0, 5_000),
          license: random.pick([0, 0, 1, 4, 7]),
        };
        photos.insert(photo);
        tags.add(
          id,
          user.nsid,
          subjectTags.filter(() => random.next() < 0.8),
        );
        ids.push(id);
      }
      userPhotos.set(user.nsid, ids);
    }

    for (const user of created) {
      const ids = userPhotos.get(user.nsid) ?? [];
      const setCount = Math.min(random.int(1, 3), Math.floor(ids.length / 3));
      for (let s = 0; s < setCount; s += 1) {
        const members = ids.filter(() => random.next() < 0.4).slice(0, 50);
        const primary = members[0] ?? ids[0];
        if (primary === undefined) continue;
        const setId = `72157${random.int(100_000_000, 999_999_999)}${random.int(100, 999)}`;
        const when = SEED_EPOCH - random.int(1, 300) * 86_400;
        sets.insert({
          id: setId,
          owner: user.nsid,
          title: SET_TITLES[s % SET_TITLES.length] ?? 'Album',
          description: '',
          primary,
          dateCreate: when,
          dateUpdate: when,
          views: random.int(0, 900),
        });
        for (const member of members.slice(1)) sets.addPhoto(setId, member);
      }
      for (const other of created) {
        if (other.nsid === user.nsid || random.next() < 0.4) continue;
        social.addContact(user.nsid, other.nsid, random.int(0, 1), random.next() < 0.2 ? 1 : 0);
        const theirs = userPhotos.get(other.nsid) ?? [];
        for (const photoId of theirs.slice(0, 30)) {
          if (random.next() < 0.15)
            social.addFavorite(user.nsid, photoId, SEED_EPOCH + random.int(0, 9e5));
        }
      }
    }
    writeMeta(db, 'seed', String(options.seed));
  })();

  return created;
}
