import { renameSync, rmSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import type { CallParams } from '../rest/call-params.js';
import type { EmulatorState } from '../state/state.js';
import type { Photo } from '../state/photos.js';
import { secureHex } from '../state/random.js';
import { parseTagList } from '../state/tags.js';
import type { User } from '../state/users.js';
import type { ReceivedFile } from './receive-multipart.js';
import { sniffDimensions, type SniffedType } from './sniff.js';

function flag(params: CallParams, name: string, fallback: number): number {
  const value = params.text(name);

  return value === '0' || value === '1' ? Number(value) : fallback;
}

function choice(params: CallParams, name: string, allowed: readonly number[], fallback: number) {
  const value = Number(params.text(name));

  return allowed.includes(value) ? value : fallback;
}

function dateTaken(unix: number): string {
  return new Date(unix * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/** Moves the received file to its final name `{id}_{originalsecret}.{format}`. */
function keepFile(
  state: EmulatorState,
  file: ReceivedFile,
  id: string,
  secret: string,
  format: string,
) {
  const name = `${id}_${secret}.${format}`;
  renameSync(file.path, state.filePath(name));

  return name;
}

/**
 * Stores a new photo from an upload with the documented fields: title, description,
 * tags, is_public/is_friend/is_family (omitted or 9: the user's default, public),
 * safety_level (1-3), content_type (1-3), hidden (1-2).
 */
export function storeUpload(
  state: EmulatorState,
  owner: User,
  params: CallParams,
  file: ReceivedFile,
  type: SniffedType,
  now: number,
): Photo {
  const id = String(state.photos.maxId() + randomInt(1, 5_000));
  const originalsecret = secureHex(10);
  const size = sniffDimensions(file.head, type.format) ?? { width: 0, height: 0 };
  const photo: Photo = {
    id,
    owner: owner.nsid,
    secret: secureHex(10),
    originalsecret,
    server: '65535',
    farm: 66,
    title: params.get('title') ?? '',
    description: params.get('description') ?? '',
    isPublic: flag(params, 'is_public', 1),
    isFriend: flag(params, 'is_friend', 0),
    isFamily: flag(params, 'is_family', 0),
    safetyLevel: choice(params, 'safety_level', [1, 2, 3], 1) - 1,
    contentType: choice(params, 'content_type', [1, 2, 3], 1),
    hidden: choice(params, 'hidden', [1, 2], 1),
    media: type.media,
    originalFormat: type.format,
    mime: type.mime,
    width: size.width,
    height: size.height,
    file: keepFile(state, file, id, originalsecret, type.format),
    fileSize: file.size,
    sha1: file.sha1,
    datePosted: now,
    dateTaken: dateTaken(now),
    dateUpdated: now,
    views: 0,
    license: 0,
  };
  state.photos.insert(photo);
  state.tags.add(id, owner.nsid, parseTagList(params.get('tags') ?? ''));

  return photo;
}

/** Replaces a photo's file, giving it new secrets as Flickr does; metadata stays. */
export function storeReplacement(
  state: EmulatorState,
  photo: Photo,
  file: ReceivedFile,
  type: SniffedType,
  now: number,
): Photo {
  const originalsecret = secureHex(10);
  const size = sniffDimensions(file.head, type.format) ?? { width: 0, height: 0 };
  const name = keepFile(state, file, `${photo.id}-${now}`, originalsecret, type.format);
  if (!state.photos.fileInUse(photo.file, photo.id))
    rmSync(state.filePath(photo.file), { force: true });
  const patch = {
    secret: secureHex(10),
    originalsecret,
    originalFormat: type.format,
    mime: type.mime,
    media: type.media,
    width: size.width,
    height: size.height,
    file: name,
    fileSize: file.size,
    sha1: file.sha1,
    dateUpdated: now,
  };
  state.photos.update(photo.id, patch);

  return { ...photo, ...patch };
}
