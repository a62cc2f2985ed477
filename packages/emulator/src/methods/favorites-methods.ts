import type { CallContext } from '../rest/call-context.js';
import { fail } from '../rest/call-params.js';
import { caller, canView, readUnixDate, resolveUser } from './access.js';
import type { MethodFamily } from './handler.js';
import { photoListReply } from './photo-list.js';

function favoritesList(call: CallContext, publicOnly: boolean) {
  const id = call.params.text('user_id');
  const user = id === undefined ? call.user : resolveUser(call, id);
  if (user === undefined) return fail(1, 'User not found');

  return [
    photoListReply(
      call,
      {
        viewer: call.user?.nsid,
        publicOnly,
        favoritesOf: user.nsid,
        minFaved: readUnixDate(call.params.text('min_fave_date')) ?? undefined,
        maxFaved: readUnixDate(call.params.text('max_fave_date')) ?? undefined,
        sort: 'fave-date-desc',
      },
      'photos',
      (photo, page) => ({ date_faved: String(page.favedDates?.get(photo.id) ?? '') }),
    ),
  ];
}

/** flickr.favorites.*: faving and listing favourites. */
export const favoritesMethods: MethodFamily = {
  'flickr.favorites.add': (call) => {
    const user = caller(call);
    const photo = call.world.state.photos.byId(call.params.text('photo_id') ?? '');
    if (photo === undefined) return fail(1, 'Photo not found');
    if (!canView(call.world.state, user.nsid, photo)) fail(4, 'User cannot see photo');
    if (photo.owner === user.nsid) fail(2, 'Photo is owned by you');
    if (!call.world.state.social.addFavorite(user.nsid, photo.id, call.world.now())) {
      fail(3, 'Photo is already in favorites');
    }

    return [];
  },

  'flickr.favorites.remove': (call) => {
    const user = caller(call);
    const photo = call.world.state.photos.byId(call.params.text('photo_id') ?? '');
    const removed =
      photo !== undefined && call.world.state.social.removeFavorite(user.nsid, photo.id);
    if (!removed) fail(1, 'Photo not in favorites');

    return [];
  },

  /** The caller's (or `user_id`'s) favourites, newest fave first, each with `date_faved`. */
  'flickr.favorites.getList': (call) => favoritesList(call, false),

  'flickr.favorites.getPublicList': (call) => favoritesList(call, true),
};
