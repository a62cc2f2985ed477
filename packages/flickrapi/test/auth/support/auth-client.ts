/**
 * A client for the auth end-to-end tests, pointed at an emulator.
 */
import type { RunningEmulator } from 'flickr-emulator';

import { FlickrAPI } from '../../../src/client/flickr-api.js';
import type { FlickrAPIOptions } from '../../../src/client/options.js';

/** A `FlickrAPI` of `emulator`'s demo key, talking to the emulator. */
export function authClient(emulator: RunningEmulator, options: FlickrAPIOptions = {}): FlickrAPI {
  return new FlickrAPI(emulator.apiKey, emulator.apiSecret, {
    endpoint: emulator.url,
    timeout: 10_000,
    ...options,
  });
}
