import type { Caller } from '../oauth/authenticate.js';
import type { MethodSpec } from '../methods/method-spec.js';
import type { EmulatorState } from '../state/state.js';
import type { Perms } from '../state/tokens.js';
import type { User } from '../state/users.js';
import type { CallParams } from './call-params.js';

/** Shared services a method implementation may use. */
export interface World {
  readonly state: EmulatorState;
  /** Current time in Unix seconds. */
  readonly now: () => number;
  /** The emulator's own base URL, e.g. `http://127.0.0.1:8080`, for image URLs. */
  readonly baseUrl: () => string;
  /** Every method Flickr documents, for reflection. */
  readonly methods: readonly MethodSpec[];
  /** The same methods by name. */
  readonly methodByName: ReadonlyMap<string, MethodSpec>;
}

/** Everything one REST call knows about itself. */
export interface CallContext {
  readonly method: MethodSpec;
  readonly params: CallParams;
  readonly caller: Caller;
  /** The token's user, when called with an access token. */
  readonly user: User | undefined;
  /** The token's permission; `none` without a token. */
  readonly perms: Perms;
  readonly httpMethod: string;
  readonly world: World;
}
