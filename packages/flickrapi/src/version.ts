/** The version of flickrapi-ts, as published. */
export const VERSION = '0.1.0';
