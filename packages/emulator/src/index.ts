/**
 * flickr-emulator: a local Flickr that speaks the real wire protocol (OAuth 1.0a with
 * strict signatures, REST in XML/JSON, uploads), for testing Flickr clients offline.
 *
 * @packageDocumentation
 */
export { startEmulator } from './emulator.js';
export {
  DEMO_KEY,
  type EmulatorOptions,
  type EmulatorUser,
  type IssuedToken,
  type RunningEmulator,
} from './options.js';
export type { ApiKey } from './server/core.js';
export type { Fault, RandomFaults } from './server/faults.js';
export type { Perms } from './state/tokens.js';

/** Package version. */
export const VERSION = '0.1.0';
