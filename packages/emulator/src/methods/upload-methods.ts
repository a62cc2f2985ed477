import { el, listEl } from '../rest/xml-node.js';
import type { MethodFamily } from './handler.js';

/** flickr.photos.upload.*: asynchronous upload tickets. */
export const uploadMethods: MethodFamily = {
  /**
   * Reports each ticket: `complete` 0 pending, 1 done (with `photoid`), 2 failed; unknown
   * ids come back `invalid="1"`. The emulator stores async uploads before answering, so
   * a ticket is complete by the time anyone can check it.
   */
  'flickr.photos.upload.checkTickets': ({ params, world }) => {
    const tickets = params.list('tickets').map((id) => {
      const ticket = world.state.tickets.byId(id);
      if (ticket === undefined) return el('ticket', { id, invalid: 1 });
      return el('ticket', { id, complete: ticket.status, photoid: ticket.photoId ?? undefined });
    });

    return [listEl('uploader', undefined, 'ticket', tickets)];
  },
};
