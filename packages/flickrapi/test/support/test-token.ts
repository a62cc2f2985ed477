/**
 * The access token tests sign with: Flickr's documented example token, so that a secret that
 * leaks into a message or a log line is easy to search for.
 */
import type { OAuthToken, Perms } from '../../src/tokens/token.js';

/** The example access token with `perms` (default `write`). */
export function testToken(perms: Perms = 'write'): OAuthToken {
  return {
    token: '72157626318069415-087bfc7b5816092c',
    tokenSecret: 'a202d1f853ec69de',
    perms,
    fullname: '',
    username: 'u',
    userNsid: '1@N01',
  };
}
