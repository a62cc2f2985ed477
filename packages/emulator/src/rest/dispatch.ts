import type { Caller } from '../oauth/authenticate.js';
import type { MethodHandler } from '../methods/handler.js';
import { exampleResponse } from '../methods/example-response.js';
import { permsAllow, type Perms } from '../state/tokens.js';
import { ApiError, STANDARD_ERRORS } from './api-error.js';
import type { CallContext, World } from './call-context.js';
import type { CallParams } from './call-params.js';
import { chooseFormat, errorReply, okReply, type Reply, type ReplyFormat } from './envelope.js';

/** One authenticated REST call on its way to a method. */
export interface RestCall {
  readonly params: CallParams;
  readonly caller: Caller;
  readonly httpMethod: string;
}

/** What the dispatcher needs besides the call. */
export interface DispatchDeps {
  readonly world: World;
  readonly handlers: ReadonlyMap<string, MethodHandler>;
  readonly knownKey: (key: string) => boolean;
  /** An error to answer once key and format are checked (fault injection). */
  readonly injected?: ApiError | undefined;
  /** Called with unexpected exceptions (bugs), which answer HTTP 500. */
  readonly onCrash: (error: unknown) => void;
}

const API_KEY_SHAPE = /^[0-9a-zA-Z]{8,64}$/;

function checkApiKey(call: RestCall, deps: DispatchDeps): void {
  const apiKey = call.params.get('api_key');
  if (call.caller.kind !== 'anonymous') {
    if (apiKey !== undefined && apiKey !== call.caller.consumerKey) {
      throw STANDARD_ERRORS.keyNotFound();
    }
    return;
  }
  if (apiKey === undefined || !API_KEY_SHAPE.test(apiKey)) throw STANDARD_ERRORS.keyInvalidFormat();
  if (!deps.knownKey(apiKey)) throw STANDARD_ERRORS.keyNotFound();
}

function checkAccess(call: RestCall, required: Perms, needsSigning: boolean, login: boolean) {
  const { caller, params } = call;
  if (needsSigning && caller.kind === 'anonymous') {
    // A legacy MD5 `api_sig` is a signature the emulator does not accept.
    if (params.get('api_sig') !== undefined) throw new ApiError(96, 'Invalid signature');
    throw STANDARD_ERRORS.missingSignature();
  }
  if (!login) return;
  if (caller.kind !== 'user') {
    if (params.get('auth_token') !== undefined) throw STANDARD_ERRORS.invalidAuthToken();
    throw STANDARD_ERRORS.insufficientPerms(required, 'none');
  }
  const granted = caller.token.perms ?? 'none';
  if (!permsAllow(granted, required)) throw STANDARD_ERRORS.insufficientPerms(required, granted);
}

/**
 * Runs one REST call through Flickr's shared checks in Flickr's order: API key (100),
 * format (111), method (112), signature (97), login and permission (98, 99), POST for
 * setters (116); then the method itself, or its documented example response.
 */
export function dispatch(call: RestCall, deps: DispatchDeps): Reply {
  let format: ReplyFormat = { kind: 'xml' };
  let formatError: ApiError | undefined;
  try {
    format = chooseFormat(
      call.params.get('format'),
      call.params.get('jsoncallback'),
      call.params.get('nojsoncallback'),
    );
  } catch (error) {
    formatError = error as ApiError;
  }

  try {
    checkApiKey(call, deps);
    if (formatError !== undefined) throw formatError;
    if (deps.injected !== undefined) throw deps.injected;
    const name = call.params.get('method') ?? '';
    const method = deps.world.methodByName.get(name);
    if (method === undefined) throw STANDARD_ERRORS.methodNotFound(name);
    checkAccess(call, method.requiredperms, method.needssigning, method.needslogin);
    const setter = method.requiredperms === 'write' || method.requiredperms === 'delete';
    if (setter && call.httpMethod !== 'POST') throw STANDARD_ERRORS.postRequired();

    const user =
      call.caller.kind === 'user'
        ? deps.world.state.users.byNsid(call.caller.token.userNsid ?? '')
        : undefined;
    const context: CallContext = {
      method,
      params: call.params,
      caller: call.caller,
      user,
      perms: call.caller.kind === 'user' ? (call.caller.token.perms ?? 'none') : 'none',
      httpMethod: call.httpMethod,
      world: deps.world,
    };
    const handler = deps.handlers.get(method.name) ?? exampleResponse;

    return okReply(format, handler(context));
  } catch (error) {
    if (error instanceof ApiError) return errorReply(format, error);
    deps.onCrash(error);
    return { status: 500, contentType: 'text/plain; charset=utf-8', body: 'Internal error\n' };
  }
}
