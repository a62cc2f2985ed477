import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleUpload } from '../upload/upload-route.js';
import type { ApiError } from '../rest/api-error.js';
import type { EmulatorCore } from './core.js';
import { failureReply } from './faults.js';
import { serveImage, IMAGE_PATH } from './images.js';
import { authorizeEndpoint, tokenEndpoint } from './oauth-routes.js';
import { BodyError, drain, readBodyParams } from './read-body.js';
import { requestApiKey, requestPath, signableRequest } from './incoming.js';
import { restEndpoint } from './rest-route.js';
import { sendReply, type Delivery, type OutgoingReply } from './send.js';

type Route = 'request_token' | 'access_token' | 'authorize' | 'rest' | 'upload' | 'replace';

const ROUTES: Readonly<Record<string, Route>> = {
  '/services/oauth/request_token': 'request_token',
  '/services/oauth/access_token': 'access_token',
  '/services/oauth/authorize': 'authorize',
  '/services/rest': 'rest',
  '/services/upload': 'upload',
  '/services/replace': 'replace',
};

function textReply(
  status: number,
  text: string,
  headers: Record<string, string> = {},
): OutgoingReply {
  return {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
    body: text,
  };
}

function rateLimited(core: EmulatorCore, apiKey: string): OutgoingReply | undefined {
  // Limits are per known key: an unknown one is refused (error 100) whatever the rate, and
  // a bucket per made-up key would grow without bound.
  if (!core.keys.has(apiKey)) return undefined;
  const wait = core.rateLimiter?.take(apiKey, Date.now()) ?? 0;

  return wait === 0 ? undefined : failureReply(429, wait);
}

async function route(
  core: EmulatorCore,
  req: IncomingMessage,
  name: Route,
  injected: ApiError | undefined,
): Promise<OutgoingReply> {
  const method = req.method ?? 'GET';
  if (name === 'upload' || name === 'replace') {
    if (method !== 'POST') {
      await drain(req);
      return textReply(405, `${name} requires POST\n`, { Allow: 'POST' });
    }
    return handleUpload(core, req, name, {
      rateLimited: (request) => rateLimited(core, requestApiKey(request)),
      injected,
    });
  }
  if (method !== 'GET' && method !== 'POST' && method !== 'HEAD') {
    await drain(req);
    return textReply(405, `${method} is not supported here\n`, { Allow: 'GET, POST' });
  }

  const request = signableRequest(req, await readBodyParams(req));
  const limited = rateLimited(core, requestApiKey(request));
  if (limited !== undefined) return limited;
  if (name === 'authorize') {
    const params = new Map<string, string>();
    for (const [key, value] of [...request.query, ...request.body]) {
      if (!params.has(key)) params.set(key, value);
    }
    return authorizeEndpoint(core, req, params);
  }
  if (name === 'rest') return restEndpoint(core, request, injected);

  return tokenEndpoint(core, name, request);
}

function indexPage(core: EmulatorCore): OutgoingReply {
  const users = core.state.users.all().map((user) => `${user.username} (${user.nsid})`);
  const text = [
    'flickr-emulator: a local Flickr speaking the real wire protocol.',
    '',
    'Endpoints: /services/oauth/{request_token,authorize,access_token}, /services/rest/,',
    '/services/upload/, /services/replace/',
    `Users: ${users.join(', ')}`,
    '',
  ].join('\n');

  return textReply(200, text);
}

async function handle(core: EmulatorCore, req: IncomingMessage, res: ServerResponse) {
  const path = requestPath(req);
  const plan = core.faults.plan(path);
  if (plan.delayMs > 0) await sleep(plan.delayMs);
  if (plan.failure !== undefined) {
    await drain(req);
    sendReply(res, plan.failure, { kind: 'normal' });
    core.log(`${req.method} ${path} ${plan.failure.status} (injected)`);
    return;
  }

  const name = ROUTES[path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path];
  let reply: OutgoingReply;
  if (name !== undefined) {
    reply = await route(core, req, name, plan.apiError);
  } else if ((req.method === 'GET' || req.method === 'HEAD') && IMAGE_PATH.test(path)) {
    serveImage(core, req, res);
    return;
  } else if (path === '/') {
    await drain(req);
    reply = indexPage(core);
  } else {
    await drain(req);
    reply = textReply(404, `Not found: ${path}\n`);
  }
  const delivery: Delivery = plan.delivery;
  sendReply(res, reply, delivery);
  core.log(`${req.method} ${path} ${reply.status}`);
}

/** Creates the HTTP server answering every Flickr endpoint on one port, whatever the Host. */
export function createEmulatorServer(core: EmulatorCore): Server {
  const server = createServer((req, res) => {
    handle(core, req, res).catch((error: unknown) => {
      if (error instanceof BodyError) {
        if (!res.headersSent)
          sendReply(res, textReply(error.status, `${error.message}\n`), { kind: 'normal' });
        return;
      }
      core.log(`${req.method} ${requestPath(req)} failed: ${String(error)}`);
      if (!res.headersSent) sendReply(res, textReply(500, 'Internal error\n'), { kind: 'normal' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;

  return server;
}
