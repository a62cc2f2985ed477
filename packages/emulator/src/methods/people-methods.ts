import type { CallContext } from '../rest/call-context.js';
import { fail } from '../rest/call-params.js';
import { el, textEl } from '../rest/xml-node.js';
import type { User } from '../state/users.js';
import { resolveUser } from './access.js';
import type { MethodFamily } from './handler.js';
import { photoListReply } from './photo-list.js';
import { dateFilters, mediaFilter } from './photo-search-args.js';

function profileUrls(call: CallContext, user: User) {
  const base = call.world.baseUrl();
  const alias = user.pathAlias ?? user.nsid;

  return {
    photos: `${base}/photos/${alias}/`,
    profile: `${base}/people/${alias}/`,
    mobile: `${base}/photos/${alias}/`,
  };
}

function requireUser(call: CallContext, code: number, message: string): User {
  const id = call.params.text('user_id');
  const user = id === undefined ? undefined : resolveUser(call, id);

  return user ?? fail(code, message);
}

/** flickr.people.*: profiles, lookup by name, photostreams. */
export const peopleMethods: MethodFamily = {
  'flickr.people.getInfo': (call) => {
    const user = requireUser(call, 1, 'User not found');
    const urls = profileUrls(call, user);
    const first = call.world.state.photos.firstPosted(user.nsid);
    const count = call.world.state.photos.countByOwner(user.nsid);
    const attrs = {
      id: user.nsid,
      nsid: user.nsid,
      ispro: user.ispro,
      is_deleted: 0,
      iconserver: user.iconserver,
      iconfarm: user.iconfarm,
      path_alias: user.pathAlias ?? '',
      has_stats: call.user?.nsid === user.nsid ? 1 : 0,
    };

    return [
      el('person', attrs, [
        textEl('username', user.username),
        textEl('realname', user.fullname),
        textEl('location', user.location),
        textEl('description', user.description),
        textEl('photosurl', urls.photos),
        textEl('profileurl', urls.profile),
        textEl('mobileurl', urls.mobile),
        el('photos', undefined, [
          textEl('firstdatetaken', first.taken ?? ''),
          textEl('firstdate', first.posted === null ? '' : String(first.posted)),
          textEl('count', String(count)),
        ]),
      ]),
    ];
  },

  'flickr.people.findByUsername': (call) => {
    const name = call.params.text('username');
    const user = name === undefined ? undefined : call.world.state.users.byUsername(name);
    if (user === undefined) return fail(1, 'User not found');

    return [el('user', { id: user.nsid, nsid: user.nsid }, [textEl('username', user.username)])];
  },

  /** A user's photos as the caller may see them (private ones only for their owner or contacts). */
  'flickr.people.getPhotos': (call) => {
    if (call.params.text('user_id') === undefined) fail(1, 'Required arguments missing');
    const user = requireUser(call, 2, 'Unknown user');

    return [
      photoListReply(call, {
        viewer: call.user?.nsid,
        owner: user.nsid,
        ...dateFilters(call),
        media: mediaFilter(call.params.text('media')),
      }),
    ];
  },

  'flickr.people.getPublicPhotos': (call) => {
    const user = requireUser(call, 1, 'User not found');

    return [photoListReply(call, { publicOnly: true, owner: user.nsid })];
  },
};
