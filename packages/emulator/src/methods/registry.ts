import { authMethods } from './auth-methods.js';
import { contactsMethods } from './contacts-methods.js';
import { favoritesMethods } from './favorites-methods.js';
import type { MethodFamily, MethodHandler } from './handler.js';
import { peopleMethods } from './people-methods.js';
import { photosReadMethods } from './photos-read-methods.js';
import { photosWriteMethods } from './photos-write-methods.js';
import { photosetsMethods } from './photosets-methods.js';
import { reflectionMethods } from './reflection-methods.js';
import { testMethods } from './test-methods.js';
import { uploadMethods } from './upload-methods.js';

const FAMILIES: readonly MethodFamily[] = [
  testMethods,
  authMethods,
  reflectionMethods,
  peopleMethods,
  photosReadMethods,
  photosWriteMethods,
  photosetsMethods,
  favoritesMethods,
  contactsMethods,
  uploadMethods,
];

/** Every method the emulator models with state, keyed by name. */
export function methodHandlers(): Map<string, MethodHandler> {
  const handlers = new Map<string, MethodHandler>();
  for (const family of FAMILIES) {
    for (const [name, handler] of Object.entries(family)) handlers.set(name, handler);
  }

  return handlers;
}
