import { fail } from '../rest/call-params.js';
import { el, textEl } from '../rest/xml-node.js';
import type { MethodFamily } from './handler.js';

/** flickr.auth.oauth.*: checkToken and the legacy-token exchange. */
export const authMethods: MethodFamily = {
  /** Reports the token's permission as granted at authorize time, and its user. */
  'flickr.auth.oauth.checkToken': ({ params, world }) => {
    const value = params.text('oauth_token') ?? fail98();
    const token = world.state.tokens.find(value);
    if (token === undefined || token.kind !== 'access' || token.userNsid === null) return fail98();
    const user = world.state.users.byNsid(token.userNsid) ?? fail98();

    return [
      el('oauth', undefined, [
        textEl('token', token.token),
        textEl('perms', token.perms ?? 'none'),
        el('user', { nsid: user.nsid, username: user.username, fullname: user.fullname }),
      ]),
    ];
  },

  /**
   * Exchanges a legacy (pre-OAuth) `auth_token`. The emulator never issues legacy tokens,
   * so every token presented is unknown to it, which Flickr reports as error 98.
   */
  'flickr.auth.oauth.getAccessToken': () => fail98(),
};

function fail98(): never {
  return fail(98, 'Invalid auth token');
}
