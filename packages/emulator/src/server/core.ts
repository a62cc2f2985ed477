import type { MethodHandler } from '../methods/handler.js';
import type { NonceCache } from '../oauth/nonce-cache.js';
import type { World } from '../rest/call-context.js';
import type { EmulatorState } from '../state/state.js';
import type { FaultInjector } from './faults.js';
import type { RateLimiter } from './rate-limit.js';

/** An API key the emulator accepts. */
export interface ApiKey {
  readonly key: string;
  readonly secret: string;
  /** Name shown on the authorize page (default "Flickr Emulator App"). */
  readonly name?: string;
}

/** Everything the request handlers share, built once per running emulator. */
export interface EmulatorCore {
  readonly state: EmulatorState;
  readonly world: World;
  readonly keys: ReadonlyMap<string, ApiKey>;
  readonly handlers: ReadonlyMap<string, MethodHandler>;
  readonly nonces: NonceCache;
  readonly faults: FaultInjector;
  readonly rateLimiter: RateLimiter | undefined;
  /** Username approving every authorization, when auto-approve is on. */
  readonly autoApprove: string | undefined;
  /** Request token lifetime in seconds. */
  readonly requestTokenTtl: number;
  /** One line per event, never containing secrets. */
  readonly log: (line: string) => void;
}
