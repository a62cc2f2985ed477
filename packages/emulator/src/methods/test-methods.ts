import { fail } from '../rest/call-params.js';
import { el, textEl } from '../rest/xml-node.js';
import type { MethodFamily } from './handler.js';

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** flickr.test.*: echo, login, null. */
export const testMethods: MethodFamily = {
  /**
   * Echoes each parameter as an element named after it. `oauth_signature` is left out so
   * a signature never travels back in a reply; names that cannot be XML elements are
   * skipped.
   */
  'flickr.test.echo': ({ params }) =>
    params
      .entries()
      .filter(([name]) => name !== 'oauth_signature' && XML_NAME.test(name))
      .map(([name, value]) => textEl(name, value)),

  'flickr.test.login': ({ user }) => {
    if (user === undefined) return fail(99, 'User not logged in');

    return [el('user', { id: user.nsid }, [textEl('username', user.username)])];
  },

  'flickr.test.null': () => [],
};
