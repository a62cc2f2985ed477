import { ApiError } from '../rest/api-error.js';
import type { CallContext } from '../rest/call-context.js';
import { fail } from '../rest/call-params.js';
import { el, listEl } from '../rest/xml-node.js';
import { caller, readUnixDate, visiblePhoto } from './access.js';
import type { MethodFamily } from './handler.js';
import { photoInfo, photoSizes } from './photo-info.js';
import { pagingAttrs, photoListReply, readPaging } from './photo-list.js';
import { searchQuery } from './photo-search-args.js';

function emptyList(call: CallContext) {
  const paging = readPaging(call.params);

  return [listEl('photos', pagingAttrs(paging.page, paging.perPage, 0), 'photo', [])];
}

/** flickr.photos.* readers backed by the photo store. */
export const photosReadMethods: MethodFamily = {
  'flickr.photos.search': (call) => {
    const query = searchQuery(call);
    if (query === undefined) return emptyList(call);

    return [photoListReply(call, query)];
  },

  'flickr.photos.getInfo': (call) => {
    const photo = visiblePhoto(call, 1, 'Photo not found.');
    const secret = call.params.text('secret');
    if (secret !== undefined && secret !== photo.secret) fail(1, 'Photo not found.');

    return [photoInfo(call, photo)];
  },

  'flickr.photos.getSizes': (call) => [photoSizes(call, visiblePhoto(call))],

  /** The albums a photo is in (the emulator has no groups, so no `<pool>`). */
  'flickr.photos.getAllContexts': (call) => {
    const photo = visiblePhoto(call);

    return call.world.state.sets
      .setsOfPhoto(photo.id)
      .map((set) => el('set', { id: set.id, title: set.title }));
  },

  /** The latest public photos of everyone. */
  'flickr.photos.getRecent': (call) => [photoListReply(call, { publicOnly: true })],

  /** The latest public photos, most viewed first (the emulator's interestingness). */
  'flickr.photos.getPopular': (call) => [
    photoListReply(call, { publicOnly: true, sort: 'interestingness-desc' }),
  ],

  /** The caller's photos changed since `min_date`, most recently changed first. */
  'flickr.photos.recentlyUpdated': (call) => {
    const raw = call.params.require('min_date', new ApiError(1, 'Required argument missing.'));
    const minUpdated = readUnixDate(raw);
    if (minUpdated === null || minUpdated === undefined) fail(2, 'Not a valid date');
    const user = caller(call);

    return [
      photoListReply(
        call,
        { viewer: user.nsid, owner: user.nsid, minUpdated, sort: 'last-update-desc' },
        'photos',
        (photo) => ({ lastupdate: String(photo.dateUpdated) }),
      ),
    ];
  },

  'flickr.photos.getNotInSet': (call) => {
    const user = caller(call);
    return [photoListReply(call, { viewer: user.nsid, owner: user.nsid, notInSet: true })];
  },

  'flickr.photos.getUntagged': (call) => {
    const user = caller(call);
    return [photoListReply(call, { viewer: user.nsid, owner: user.nsid, untagged: true })];
  },

  /** No emulated photo carries a location, so every photo of the caller qualifies. */
  'flickr.photos.getWithoutGeoData': (call) => {
    const user = caller(call);
    return [photoListReply(call, { viewer: user.nsid, owner: user.nsid })];
  },

  /** No emulated photo carries a location. */
  'flickr.photos.getWithGeoData': (call) => emptyList(call),
};
