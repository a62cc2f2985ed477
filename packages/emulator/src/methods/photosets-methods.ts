import type { CallContext } from '../rest/call-context.js';
import { fail } from '../rest/call-params.js';
import { el, listEl, textEl } from '../rest/xml-node.js';
import type { Photoset } from '../state/photosets.js';
import { secureDigits } from '../state/random.js';
import { caller, resolveUser } from './access.js';
import type { MethodFamily } from './handler.js';
import { pagingAttrs, photoListReply, readPaging } from './photo-list.js';
import { mediaFilter } from './photo-search-args.js';

function photosetNode(call: CallContext, set: Photoset) {
  const primary = call.world.state.photos.byId(set.primary);
  const counts = call.world.state.sets.counts(set.id);
  const attrs = {
    id: set.id,
    owner: set.owner,
    primary: set.primary,
    secret: primary?.secret ?? '',
    server: primary?.server ?? '0',
    farm: primary?.farm ?? 0,
    photos: counts.photos,
    videos: counts.videos,
    count_views: String(set.views),
    count_comments: '0',
    can_comment: call.user === undefined ? 0 : 1,
    date_create: String(set.dateCreate),
    date_update: String(set.dateUpdate),
  };

  return el('photoset', attrs, [
    textEl('title', set.title),
    textEl('description', set.description),
  ]);
}

function setArg(call: CallContext): Photoset {
  const set = call.world.state.sets.byId(call.params.text('photoset_id') ?? '');

  return set ?? fail(1, 'Photoset not found');
}

function ownSet(call: CallContext): Photoset {
  const set = setArg(call);
  if (set.owner !== caller(call).nsid) fail(1, 'Photoset not found');

  return set;
}

function ownPhotoArg(call: CallContext, id: string | undefined) {
  const photo = call.world.state.photos.byId(id ?? '');
  if (photo === undefined || photo.owner !== caller(call).nsid) return fail(2, 'Photo not found');

  return photo;
}

/** A new album id in Flickr's shape (`72157` + 12 digits). */
function newSetId(): string {
  return `72157${secureDigits(12)}`;
}

/** flickr.photosets.*: albums. */
export const photosetsMethods: MethodFamily = {
  'flickr.photosets.getList': (call) => {
    const id = call.params.text('user_id');
    const user = id === undefined ? call.user : resolveUser(call, id);
    if (user === undefined) return fail(1, 'User not found');
    const all = call.world.state.sets.forOwner(user.nsid);
    const { page, perPage } = readPaging(call.params, 500, 500);
    const items = all
      .slice((page - 1) * perPage, page * perPage)
      .map((set) => photosetNode(call, set));
    const attrs = { ...pagingAttrs(page, perPage, all.length), cancreate: 1 };

    return [listEl('photosets', attrs, 'photoset', items)];
  },

  /** The album's photos in album order, those the caller may see. */
  'flickr.photosets.getPhotos': (call) => {
    const set = setArg(call);
    const owner = call.world.state.users.byNsid(set.owner);
    const list = photoListReply(
      call,
      {
        viewer: call.user?.nsid,
        inSet: set.id,
        sort: 'set-order',
        media: mediaFilter(call.params.text('media')),
      },
      'photoset',
      (photo) => ({ isprimary: photo.id === set.primary ? '1' : '0' }),
    );
    const paging = list.attrs ?? {};
    const attrs = {
      id: set.id,
      primary: set.primary,
      owner: set.owner,
      ownername: owner?.username ?? '',
      page: paging.page ?? 1,
      per_page: paging.perpage ?? 500,
      perpage: paging.perpage ?? 500,
      pages: paging.pages ?? 0,
      title: set.title,
      total: paging.total ?? 0,
    };

    return [{ ...list, attrs }];
  },

  'flickr.photosets.create': (call) => {
    const user = caller(call);
    const title = call.params.text('title');
    if (title === undefined) fail(1, 'No title specified');
    const primary = ownPhotoArg(call, call.params.text('primary_photo_id'));
    const id = newSetId();
    const now = call.world.now();
    call.world.state.sets.insert({
      id,
      owner: user.nsid,
      title,
      description: call.params.get('description') ?? '',
      primary: primary.id,
      dateCreate: now,
      dateUpdate: now,
      views: 0,
    });
    const url = `${call.world.baseUrl()}/photos/${user.pathAlias ?? user.nsid}/sets/${id}/`;

    return [el('photoset', { id, url })];
  },

  'flickr.photosets.addPhoto': (call) => {
    const set = ownSet(call);
    const photo = ownPhotoArg(call, call.params.text('photo_id'));
    if (call.world.state.sets.contains(set.id, photo.id)) fail(3, 'Photo already in set');
    call.world.state.sets.addPhoto(set.id, photo.id);
    call.world.state.sets.update(set.id, { dateUpdate: call.world.now() });

    return [];
  },

  /**
   * Removing the cover makes the first remaining photo the cover; removing the last photo
   * takes the album with it.
   */
  'flickr.photosets.removePhoto': (call) => {
    const set = ownSet(call);
    const photo = ownPhotoArg(call, call.params.text('photo_id'));
    const { sets } = call.world.state;
    if (!sets.contains(set.id, photo.id)) fail(3, 'Photo not in set');
    sets.removePhoto(set.id, photo.id);
    const remaining = sets.photoIds(set.id);
    if (remaining[0] === undefined) {
      sets.delete(set.id);
      return [];
    }
    const primary = set.primary === photo.id ? remaining[0] : undefined;
    sets.update(set.id, {
      dateUpdate: call.world.now(),
      ...(primary === undefined ? {} : { primary }),
    });

    return [];
  },

  'flickr.photosets.delete': (call) => {
    call.world.state.sets.delete(ownSet(call).id);

    return [];
  },

  /** The album with its counts; `count_photos`/`count_videos` as Flickr names them here. */
  'flickr.photosets.getInfo': (call) => {
    const set = setArg(call);
    const node = photosetNode(call, set);
    const counts = call.world.state.sets.counts(set.id);
    const attrs = {
      ...node.attrs,
      photos: counts.photos + counts.videos,
      count_photos: String(counts.photos),
      count_videos: String(counts.videos),
    };

    return [{ ...node, attrs }];
  },

  'flickr.photosets.editMeta': (call) => {
    const set = ownSet(call);
    const title = call.params.text('title') ?? fail(2, 'No title specified');
    const description = call.params.get('description') ?? set.description;
    call.world.state.sets.editMeta(set.id, title, description, call.world.now());

    return [];
  },

  'flickr.photosets.setPrimaryPhoto': (call) => {
    const set = ownSet(call);
    const photo = ownPhotoArg(call, call.params.text('photo_id'));
    if (!call.world.state.sets.contains(set.id, photo.id)) fail(2, 'Photo not found');
    call.world.state.sets.update(set.id, { primary: photo.id, dateUpdate: call.world.now() });

    return [];
  },
};
