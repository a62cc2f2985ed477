import type { CallContext } from '../rest/call-context.js';
import { el, listEl, textEl, type XmlNode } from '../rest/xml-node.js';
import type { Photo } from '../state/photos.js';
import { SIZES, imageUrl, photoPageUrl, sizeDimensions } from './photo-sizes.js';

/** Flickr's tag id: owner number, photo id and tag number joined with dashes. */
export function tagId(photo: Photo, rowId: number): string {
  return `${photo.owner.split('@')[0] ?? '0'}-${photo.id}-${rowId}`;
}

/** The full `<photo>` of flickr.photos.getInfo. */
export function photoInfo(call: CallContext, photo: Photo): XmlNode {
  const { state } = call.world;
  const owner = state.users.byNsid(photo.owner);
  const viewer = call.user?.nsid;
  const isOwner = viewer === photo.owner;
  const tags = state.tags.forPhoto(photo.id).map((tag) => {
    const author = state.users.byNsid(tag.author);
    return textEl('tag', tag.tag, {
      id: tagId(photo, tag.id),
      author: tag.author,
      authorname: author?.username ?? '',
      raw: tag.raw,
      machine_tag: tag.machine,
    });
  });
  const children: XmlNode[] = [
    el('owner', {
      nsid: photo.owner,
      username: owner?.username ?? '',
      realname: owner?.fullname ?? '',
      location: owner?.location ?? '',
      iconserver: owner?.iconserver ?? '0',
      iconfarm: owner?.iconfarm ?? 0,
      path_alias: owner?.pathAlias ?? '',
    }),
    textEl('title', photo.title),
    textEl('description', photo.description),
    el('visibility', {
      ispublic: photo.isPublic,
      isfriend: photo.isFriend,
      isfamily: photo.isFamily,
    }),
    el('dates', {
      posted: String(photo.datePosted),
      taken: photo.dateTaken,
      takengranularity: 0,
      takenunknown: 0,
      lastupdate: String(photo.dateUpdated),
    }),
  ];
  if (isOwner) children.push(el('permissions', { permcomment: 3, permaddmeta: 2 }));
  children.push(
    el('editability', { cancomment: viewer === undefined ? 0 : 1, canaddmeta: isOwner ? 1 : 0 }),
    el('publiceditability', { cancomment: 1, canaddmeta: 0 }),
    el('usage', {
      candownload: 1,
      canblog: isOwner ? 1 : 0,
      canprint: isOwner ? 1 : 0,
      canshare: 1,
    }),
    textEl('comments', '0'),
    listEl('notes', undefined, 'note', []),
    el('people', { haspeople: 0 }),
    listEl('tags', undefined, 'tag', tags),
    listEl('urls', undefined, 'url', [
      textEl('url', photoPageUrl(call.world.baseUrl(), photo, owner?.pathAlias ?? null), {
        type: 'photopage',
      }),
    ]),
  );
  const attrs = {
    id: photo.id,
    secret: photo.secret,
    server: photo.server,
    farm: photo.farm,
    dateuploaded: String(photo.datePosted),
    isfavorite: viewer === undefined ? 0 : Number(state.social.isFavorite(viewer, photo.id)),
    license: String(photo.license),
    safety_level: String(photo.safetyLevel),
    rotation: 0,
    originalsecret: photo.originalsecret,
    originalformat: photo.originalFormat,
    views: String(photo.views),
    media: photo.media,
  };

  return el('photo', attrs, children);
}

/** The `<sizes>` of flickr.photos.getSizes, every size the original allows. */
export function photoSizes(call: CallContext, photo: Photo): XmlNode {
  const base = call.world.baseUrl();
  const owner = call.world.state.users.byNsid(photo.owner);
  const page = photoPageUrl(base, photo, owner?.pathAlias ?? null);
  const sizes = SIZES.flatMap((size) => {
    const dims = sizeDimensions(photo, size);
    if (dims === undefined) return [];
    const suffix = size.suffix === '' ? '' : `sizes/${size.suffix}/`;
    return [
      el('size', {
        label: size.label,
        width: dims.width,
        height: dims.height,
        source: imageUrl(base, photo, size),
        url: `${page}${suffix}`,
        media: photo.media,
      }),
    ];
  });

  return listEl('sizes', { canblog: 0, canprint: 0, candownload: 1 }, 'size', sizes);
}
