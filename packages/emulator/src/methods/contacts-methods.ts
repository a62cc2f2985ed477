import type { CallContext } from '../rest/call-context.js';
import { fail } from '../rest/call-params.js';
import { el, listEl } from '../rest/xml-node.js';
import type { Contact } from '../state/social.js';
import { caller, resolveUser } from './access.js';
import type { MethodFamily } from './handler.js';
import { pagingAttrs, readPaging } from './photo-list.js';

const FILTERS: Readonly<Record<string, (contact: Contact) => boolean>> = {
  friends: (c) => c.friend === 1,
  family: (c) => c.family === 1,
  both: (c) => c.friend === 1 && c.family === 1,
  neither: (c) => c.friend === 0 && c.family === 0,
};

function contactList(call: CallContext, owner: string, withFlags: boolean) {
  const sort = call.params.text('sort') ?? 'name';
  if (sort !== 'name' && sort !== 'time') fail(1, 'Invalid sort parameter.');
  const filter = FILTERS[call.params.text('filter') ?? ''] ?? (() => true);
  const contacts = call.world.state.social.contactsOf(owner).filter(filter);
  const { page, perPage } = readPaging(call.params, 1000, 1000);
  const items = contacts.slice((page - 1) * perPage, page * perPage).flatMap((contact) => {
    const user = call.world.state.users.byNsid(contact.nsid);
    if (user === undefined) return [];
    const attrs = {
      nsid: user.nsid,
      username: user.username,
      iconserver: user.iconserver,
      iconfarm: user.iconfarm,
      ignored: 0,
      rev_ignored: 0,
      realname: user.fullname,
      ...(withFlags ? { friend: contact.friend, family: contact.family } : {}),
      path_alias: user.pathAlias ?? '',
      location: user.location,
    };
    return [el('contact', attrs)];
  });
  const attrs = { ...pagingAttrs(page, perPage, contacts.length), per_page: perPage };

  return [listEl('contacts', attrs, 'contact', items)];
}

/** flickr.contacts.*: the caller's contacts and anyone's public contacts. */
export const contactsMethods: MethodFamily = {
  'flickr.contacts.getList': (call) => contactList(call, caller(call).nsid, true),

  'flickr.contacts.getPublicList': (call) => {
    const user = resolveUser(call, call.params.text('user_id') ?? '');
    if (user === undefined) return fail(1, 'User not found');

    return contactList(call, user.nsid, false);
  },
};
