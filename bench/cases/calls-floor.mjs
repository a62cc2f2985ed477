#!/usr/bin/env node
// The floor for signed calls: a keep-alive node:http request loop with no signing at all,
// reading and parsing the same small JSON reply the clients get.
// Usage: node calls-floor.mjs --url URL --concurrency N --warmup-ms N --duration-ms N
import { Agent, request } from 'node:http';
import { caseArgs, report, runCallLoop } from '../lib/call-loop.mjs';

const args = caseArgs();
const concurrency = Number(args.concurrency ?? 1);
const url = new URL('/services/rest/', args.url);
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const path = `${url.pathname}?method=flickr.test.login&format=json&nojsoncallback=1`;

function call() {
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`floor: HTTP ${res.statusCode}`));
        else resolve(JSON.parse(body));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const result = await runCallLoop(call, {
  concurrency,
  warmupMs: Number(args['warmup-ms'] ?? 300),
  durationMs: Number(args['duration-ms'] ?? 1500),
});
agent.destroy();
report(result);
