/** Permission levels, in increasing order of power. */
export const PERMS = ['none', 'read', 'write', 'delete'] as const;

/** A Flickr permission level. A token with a level satisfies every level below it. */
export type Perms = (typeof PERMS)[number];

/** An OAuth 1.0a access token with what Flickr told us about its user. */
export interface OAuthToken {
  /** The access token (`oauth_token`), for example `72157626318069415-087bfc7b5816092c`. */
  readonly token: string;
  /** The token secret (`oauth_token_secret`). Never log or print it. */
  readonly tokenSecret: string;
  /** The permission granted when the user authorized the application. */
  readonly perms: Perms;
  /** The user's full name; empty when Flickr sent none. */
  readonly fullname: string;
  /** The user's screen name. */
  readonly username: string;
  /** The user's NSID, for example `21207597@N07`. */
  readonly userNsid: string;
}

/** True when a token granted `granted` may be used for something that needs `required`. */
export function permsSatisfy(granted: Perms, required: Perms): boolean {
  return PERMS.indexOf(granted) >= PERMS.indexOf(required);
}

/** Narrows a string to {@link Perms}. */
export function isPerms(value: string): value is Perms {
  return (PERMS as readonly string[]).includes(value);
}
