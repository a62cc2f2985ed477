import { authenticateProtected, type OAuthDeps } from '../oauth/authenticate.js';
import { allParams, type SignableRequest } from '../oauth/verify.js';
import { problemBody } from '../oauth/problem.js';
import { CallParams } from '../rest/call-params.js';
import { dispatch } from '../rest/dispatch.js';
import type { ApiError } from '../rest/api-error.js';
import type { EmulatorCore } from './core.js';
import type { OutgoingReply } from './send.js';

/** The OAuth dependencies of protected endpoints (REST, upload, replace). */
export function oauthDeps(core: EmulatorCore): OAuthDeps {
  return {
    consumerSecret: (key) => core.keys.get(key)?.secret,
    tokens: core.state.tokens,
    nonces: core.nonces,
  };
}

/** A 401 reply with Flickr's plain-text `oauth_problem` body. */
export function problemReply(body: string): OutgoingReply {
  return { status: 401, headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body };
}

/** Answers `/services/rest[/]`: authenticate, then run the method through the checks. */
export function restEndpoint(
  core: EmulatorCore,
  request: SignableRequest,
  injected?: ApiError,
): OutgoingReply {
  const outcome = authenticateProtected(request, oauthDeps(core));
  if (!outcome.ok) {
    core.log(`rest: 401 oauth_problem=${outcome.problem.problem}`);
    return problemReply(problemBody(outcome.problem));
  }

  const params = new CallParams(allParams(request));
  const reply = dispatch(
    { params, caller: outcome.caller, httpMethod: request.method },
    {
      world: core.world,
      handlers: core.handlers,
      knownKey: (key) => core.keys.has(key),
      injected,
      onCrash: (error) =>
        core.log(`rest: ${params.get('method') ?? '?'} crashed: ${String(error)}`),
    },
  );
  const headers: Record<string, string> = { 'Content-Type': reply.contentType, ...reply.headers };

  return { status: reply.status, headers, body: reply.body };
}
