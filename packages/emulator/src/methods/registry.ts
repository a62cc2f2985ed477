import { authMethods } from './auth-methods.js';
import type { MethodFamily, MethodHandler } from './handler.js';
import { reflectionMethods } from './reflection-methods.js';
import { testMethods } from './test-methods.js';

const FAMILIES: readonly MethodFamily[] = [testMethods, authMethods, reflectionMethods];

/** Every method the emulator models with state, keyed by name. */
export function methodHandlers(): Map<string, MethodHandler> {
  const handlers = new Map<string, MethodHandler>();
  for (const family of FAMILIES) {
    for (const [name, handler] of Object.entries(family)) handlers.set(name, handler);
  }

  return handlers;
}
