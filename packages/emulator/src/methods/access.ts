import type { CallContext } from '../rest/call-context.js';
import { fail } from '../rest/call-params.js';
import type { Photo } from '../state/photos.js';
import type { EmulatorState } from '../state/state.js';
import type { User } from '../state/users.js';

/** True when `viewer` may see the photo: public, their own, or shared with them. */
export function canView(state: EmulatorState, viewer: string | undefined, photo: Photo): boolean {
  if (photo.isPublic === 1 || photo.owner === viewer) return true;
  if (viewer === undefined) return false;
  const relation = state.social.relation(photo.owner, viewer);

  return (
    relation !== undefined &&
    ((relation.friend === 1 && photo.isFriend === 1) ||
      (relation.family === 1 && photo.isFamily === 1))
  );
}

/** The photo named by `photo_id` if the caller can see it, else error `code` (default 1). */
export function visiblePhoto(call: CallContext, code = 1, message = 'Photo not found'): Photo {
  const photo = call.world.state.photos.byId(call.params.text('photo_id') ?? '');
  if (photo === undefined || !canView(call.world.state, call.user?.nsid, photo)) {
    return fail(code, message);
  }

  return photo;
}

/** The caller's own photo named by `photo_id`; anyone else's is "not found". */
export function ownPhoto(call: CallContext, code = 1, message = 'Photo not found'): Photo {
  const photo = call.world.state.photos.byId(call.params.text('photo_id') ?? '');
  if (photo === undefined || photo.owner !== call.user?.nsid) return fail(code, message);

  return photo;
}

/** The calling user; setters only run with one, as the dispatcher guarantees. */
export function caller(call: CallContext): User {
  return call.user ?? fail(99, 'User not logged in');
}

/**
 * Resolves a `user_id` argument: an NSID, a path alias, or `me` for the caller. Returns
 * `undefined` for an unknown user.
 */
export function resolveUser(call: CallContext, id: string): User | undefined {
  if (id === 'me') return call.user;

  return call.world.state.users.byNsidOrAlias(id);
}

/**
 * Reads a date argument as Unix seconds: either a timestamp or a MySQL datetime
 * (`YYYY-MM-DD[ HH:MM:SS]`, UTC). `undefined` when absent, `null` when unreadable.
 */
export function readUnixDate(value: string | undefined): number | null | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const parsed = Date.parse(
    `${value.trim().replace(' ', 'T')}${value.includes(':') ? '' : 'T00:00:00'}Z`,
  );

  return Number.isNaN(parsed) ? null : Math.floor(parsed / 1000);
}

/** Reads a taken-date argument as `YYYY-MM-DD HH:MM:SS`; timestamps are converted. */
export function readTakenDate(value: string | undefined): string | null | undefined {
  const unix = readUnixDate(value);
  if (unix === undefined || unix === null) return unix;

  return new Date(unix * 1000).toISOString().slice(0, 19).replace('T', ' ');
}
