/**
 * flickr-emulator: a local Flickr that speaks the real wire protocol.
 *
 * @packageDocumentation
 */
export const VERSION = '0.1.0';
