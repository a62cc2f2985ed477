import type { CallContext } from '../rest/call-context.js';
import type { CallParams } from '../rest/call-params.js';
import { el, listEl, textEl, type Attrs, type XmlNode } from '../rest/xml-node.js';
import type { PhotoPage, PhotoQuery } from '../state/photo-search.js';
import { searchPhotos } from '../state/photo-search.js';
import type { Photo } from '../state/photos.js';
import type { User } from '../state/users.js';
import { SIZES, imageUrl, sizeDimensions } from './photo-sizes.js';

/** Paging as Flickr reads it: `per_page` 1-500 (default 100), `page` from 1 (default 1). */
export function readPaging(params: CallParams, defaultPerPage = 100, maxPerPage = 500) {
  return {
    perPage: params.int('per_page', defaultPerPage, 1, maxPerPage),
    page: params.int('page', 1, 1, 1_000_000),
  };
}

/** Flickr's list header: `page`, `pages`, `perpage`, `total`, numbers in JSON. */
export function pagingAttrs(page: number, perPage: number, total: number): Attrs {
  return { page, pages: Math.ceil(total / perPage), perpage: perPage, total };
}

/** The `extras` a caller asked for, lower-cased. */
export function readExtras(params: CallParams): Set<string> {
  return new Set(params.list('extras').map((extra) => extra.toLowerCase()));
}

/** Attributes and children that `extras` add to a photo in a list. */
export function extrasFor(
  call: CallContext,
  photo: Photo,
  extras: ReadonlySet<string>,
  owner?: User,
) {
  const attrs: Record<string, string | number> = {};
  const children: XmlNode[] = [];
  const { state } = call.world;
  const ownerUser = owner ?? state.users.byNsid(photo.owner);
  if (extras.has('license')) attrs.license = String(photo.license);
  if (extras.has('date_upload')) attrs.dateupload = String(photo.datePosted);
  if (extras.has('date_taken')) {
    Object.assign(attrs, {
      datetaken: photo.dateTaken,
      datetakengranularity: 0,
      datetakenunknown: '0',
    });
  }
  if (extras.has('owner_name')) attrs.ownername = ownerUser?.username ?? '';
  if (extras.has('icon_server')) {
    Object.assign(attrs, {
      iconserver: ownerUser?.iconserver ?? '0',
      iconfarm: ownerUser?.iconfarm ?? 0,
    });
  }
  if (extras.has('original_format')) {
    Object.assign(attrs, {
      originalsecret: photo.originalsecret,
      originalformat: photo.originalFormat,
    });
  }
  if (extras.has('last_update')) attrs.lastupdate = String(photo.dateUpdated);
  if (extras.has('geo'))
    Object.assign(attrs, { latitude: 0, longitude: 0, accuracy: 0, context: 0 });
  if (extras.has('tags') || extras.has('machine_tags')) {
    const tags = state.tags.forPhoto(photo.id);
    if (extras.has('tags')) attrs.tags = tags.map((tag) => tag.tag).join(' ');
    if (extras.has('machine_tags')) {
      attrs.machine_tags = tags
        .filter((tag) => tag.machine === 1)
        .map((tag) => tag.tag)
        .join(' ');
    }
  }
  if (extras.has('o_dims'))
    Object.assign(attrs, { o_width: String(photo.width), o_height: String(photo.height) });
  if (extras.has('views')) attrs.views = String(photo.views);
  if (extras.has('media')) Object.assign(attrs, { media: photo.media, media_status: 'ready' });
  if (extras.has('path_alias')) attrs.pathalias = ownerUser?.pathAlias ?? '';
  for (const size of SIZES) {
    if (!extras.has(size.extra)) continue;
    const dims = sizeDimensions(photo, size);
    if (dims === undefined) continue;
    const ending = size.extra.slice(4);
    attrs[size.extra] = imageUrl(call.world.baseUrl(), photo, size);
    attrs[`height_${ending}`] = dims.height;
    attrs[`width_${ending}`] = dims.width;
  }
  if (extras.has('description')) children.push(textEl('description', photo.description));

  return { attrs, children };
}

/** A photo as it appears in lists (search, getPhotos, favourites...). */
export function photoListItem(
  call: CallContext,
  photo: Photo,
  extras: ReadonlySet<string>,
  more: Attrs = {},
): XmlNode {
  const extra = extrasFor(call, photo, extras);
  const attrs = {
    id: photo.id,
    owner: photo.owner,
    secret: photo.secret,
    server: photo.server,
    farm: photo.farm,
    title: photo.title,
    ispublic: photo.isPublic,
    isfriend: photo.isFriend,
    isfamily: photo.isFamily,
    ...more,
    ...extra.attrs,
  };

  return el('photo', attrs, extra.children);
}

/** Runs a photo query with the call's paging and renders `<photos page pages perpage total>`. */
export function photoListReply(
  call: CallContext,
  query: Omit<PhotoQuery, 'page' | 'perPage'>,
  listName = 'photos',
  more?: (photo: Photo, page: PhotoPage) => Attrs,
): XmlNode {
  const paging = readPaging(call.params);
  const page = searchPhotos(call.world.state.db, { ...query, ...paging });
  const extras = readExtras(call.params);
  const items = page.photos.map((photo) =>
    photoListItem(call, photo, extras, more === undefined ? {} : more(photo, page)),
  );

  return listEl(listName, pagingAttrs(paging.page, paging.perPage, page.total), 'photo', items);
}
