import { rmSync } from 'node:fs';
import type { CallContext } from '../rest/call-context.js';
import { fail } from '../rest/call-params.js';
import type { Photo } from '../state/photos.js';
import { parseTagList } from '../state/tags.js';
import { el, textEl } from '../rest/xml-node.js';
import { caller, ownPhoto } from './access.js';
import type { MethodFamily } from './handler.js';

/** Flickr's per-photo tag limit. */
const MAX_TAGS = 75;

function touch(call: CallContext, photo: Photo): void {
  call.world.state.photos.update(photo.id, { dateUpdated: call.world.now() });
}

function flagArg(call: CallContext, name: string): number {
  const value = call.params.text(name);
  if (value !== '0' && value !== '1') fail(2, `Invalid ${name} value`);

  return Number(value);
}

/** flickr.photos.* setters backed by the photo store. */
export const photosWriteMethods: MethodFamily = {
  'flickr.photos.setMeta': (call) => {
    const photo = ownPhoto(call);
    const title = call.params.get('title');
    const description = call.params.get('description');
    if (title === undefined && description === undefined) {
      fail(2, 'At least one of title or description must be set');
    }
    call.world.state.photos.update(photo.id, {
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
      dateUpdated: call.world.now(),
    });

    return [];
  },

  'flickr.photos.setTags': (call) => {
    const photo = ownPhoto(call);
    const tags = parseTagList(call.params.get('tags') ?? '');
    if (tags.length > MAX_TAGS) fail(2, 'Maximum number of tags reached');
    call.world.state.tags.replace(photo.id, caller(call).nsid, tags);
    touch(call, photo);

    return [];
  },

  'flickr.photos.addTags': (call) => {
    const photo = ownPhoto(call);
    const tags = parseTagList(call.params.get('tags') ?? '');
    const existing = call.world.state.tags.forPhoto(photo.id).length;
    if (existing + tags.length > MAX_TAGS) fail(2, 'Maximum number of tags reached');
    call.world.state.tags.add(photo.id, caller(call).nsid, tags);
    touch(call, photo);

    return [];
  },

  /** `tag_id` as photos.getInfo reports it (`owner-photo-number`). */
  'flickr.photos.removeTag': (call) => {
    const raw = call.params.text('tag_id') ?? '';
    const tag = call.world.state.tags.byId(Number(raw.split('-').pop()));
    const photo = tag === undefined ? undefined : call.world.state.photos.byId(tag.photoId);
    const user = caller(call);
    if (tag === undefined || photo === undefined) fail(1, 'Photo not found');
    if (photo.owner !== user.nsid && tag.author !== user.nsid) {
      fail(2, 'Permission denied to remove this tag');
    }
    call.world.state.tags.remove(tag.id);
    touch(call, photo);

    return [];
  },

  'flickr.photos.setPerms': (call) => {
    const photo = ownPhoto(call);
    call.world.state.photos.update(photo.id, {
      isPublic: flagArg(call, 'is_public'),
      isFriend: flagArg(call, 'is_friend'),
      isFamily: flagArg(call, 'is_family'),
      dateUpdated: call.world.now(),
    });

    return [
      textEl('photoid', photo.id, { secret: photo.secret, originalsecret: photo.originalsecret }),
    ];
  },

  'flickr.photos.setSafetyLevel': (call) => {
    const photo = ownPhoto(call);
    const level = call.params.text('safety_level');
    const hidden = call.params.text('hidden');
    if (level === undefined && hidden === undefined) fail(2, 'Invalid or missing arguments');
    if (level !== undefined && !['1', '2', '3'].includes(level))
      fail(4, 'Safety level not allowed');
    if (level !== undefined)
      call.world.state.photos.update(photo.id, { safetyLevel: Number(level) - 1 });
    if (hidden === '0' || hidden === '1') {
      call.world.state.photos.update(photo.id, { hidden: hidden === '1' ? 2 : 1 });
    }
    const updated = call.world.state.photos.byId(photo.id) ?? photo;

    return [
      el('photo', {
        id: photo.id,
        safety_level: updated.safetyLevel,
        hidden: updated.hidden === 2 ? 1 : 0,
      }),
    ];
  },

  'flickr.photos.setContentType': (call) => {
    const photo = ownPhoto(call);
    const type = Number(call.params.text('content_type'));
    if (![1, 2, 3].includes(type)) fail(2, 'Required arguments missing');
    call.world.state.photos.update(photo.id, { contentType: type });

    return [el('photo', { id: photo.id, content_type: type })];
  },

  /**
   * Deletes the photo with its tags, favourites and album entries; an album left empty
   * goes too, and an album whose cover it was gets its first remaining photo as cover.
   */
  'flickr.photos.delete': (call) => {
    const photo = ownPhoto(call);
    const { state } = call.world;
    const sets = state.sets.setsOfPhoto(photo.id);
    state.db.transaction(() => {
      state.photos.delete(photo.id);
      for (const set of sets) {
        const remaining = state.sets.photoIds(set.id);
        if (remaining[0] !== undefined && set.primary === photo.id) {
          state.sets.update(set.id, { primary: remaining[0] });
        }
      }
      state.sets.deleteEmpty();
    })();
    if (!state.photos.fileInUse(photo.file, photo.id))
      rmSync(state.filePath(photo.file), { force: true });

    return [];
  },
};
