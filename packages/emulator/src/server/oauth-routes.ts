import type { IncomingMessage } from 'node:http';
import {
  decideAuthorize,
  showAuthorize,
  type AuthorizeDeps,
  type PageReply,
} from '../oauth/authorize.js';
import { problemBody } from '../oauth/problem.js';
import { accessToken, requestToken, type TokenEndpointDeps } from '../oauth/token-endpoints.js';
import type { SignableRequest } from '../oauth/verify.js';
import type { EmulatorCore } from './core.js';
import type { OutgoingReply } from './send.js';

const TEXT_PLAIN = 'text/plain;charset=UTF-8';

function tokenDeps(core: EmulatorCore): TokenEndpointDeps {
  return {
    consumerSecret: (key) => core.keys.get(key)?.secret,
    tokens: core.state.tokens,
    users: core.state.users,
    nonces: core.nonces,
    now: core.world.now,
    requestTokenTtl: core.requestTokenTtl,
  };
}

/** Answers `/services/oauth/request_token` or `/access_token`. */
export function tokenEndpoint(
  core: EmulatorCore,
  which: 'request_token' | 'access_token',
  request: SignableRequest,
): OutgoingReply {
  const deps = tokenDeps(core);
  const outcome =
    which === 'request_token' ? requestToken(request, deps) : accessToken(request, deps);
  if (!outcome.ok) {
    core.log(`oauth ${which}: 401 oauth_problem=${outcome.problem.problem}`);
    return {
      status: 401,
      headers: { 'Content-Type': TEXT_PLAIN },
      body: problemBody(outcome.problem),
    };
  }

  return { status: 200, headers: { 'Content-Type': TEXT_PLAIN }, body: outcome.body };
}

function authorizeDeps(core: EmulatorCore): AuthorizeDeps {
  return {
    tokens: core.state.tokens,
    users: core.state.users,
    now: core.world.now,
    autoApprove: core.autoApprove,
    appName: (key) => core.keys.get(key)?.name ?? 'Flickr Emulator App',
  };
}

/** Answers the browser-facing `/services/oauth/authorize` page (GET shows, POST decides). */
export function authorizeEndpoint(
  core: EmulatorCore,
  req: IncomingMessage,
  params: ReadonlyMap<string, string>,
): OutgoingReply {
  const deps = authorizeDeps(core);
  const page: PageReply =
    req.method === 'POST' ? decideAuthorize(params, deps) : showAuthorize(params, deps);
  if ('location' in page) {
    return {
      status: 302,
      headers: { Location: page.location, 'Content-Type': 'text/plain' },
      body: '',
    };
  }

  return {
    status: page.status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    body: page.html,
  };
}
