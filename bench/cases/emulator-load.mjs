#!/usr/bin/env node
// Load generator for the emulator: keep-alive node:http requests from N concurrent
// connections for a fixed time after a warm-up. `--call login` signs every request afresh
// (flickr.test.login with an access token, OAuth parameters in the query; the emulator
// refuses a replayed nonce); `--call echo` sends an unsigned flickr.test.echo with api_key.
// Every reply must be HTTP 200 with stat "ok". Reads the emulator's CPU time from /proc over
// the measured window. Prints one JSON line.
// Usage: node emulator-load.mjs --url URL --api-key K --api-secret S --token T
//          --token-secret TS --emulator-pid PID --call login|echo --concurrency N
//          --warmup-ms N --duration-ms N
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { caseArgs, report, runCallLoop } from '../lib/call-loop.mjs';
import { processCpuMs } from '../lib/emulator-process.mjs';
import { signOAuth, toQuery } from '../lib/oauth-signer.mjs';

const args = caseArgs();
const concurrency = Number(args.concurrency ?? 1);
const restUrl = new URL('/services/rest/', args.url);
const baseUrl = restUrl.href;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const noncePrefix = randomBytes(6).toString('hex');
let sequence = 0;

const LOGIN = [['method', 'flickr.test.login'], ['format', 'json'], ['nojsoncallback', '1']];
const ECHO_PATH = `${restUrl.pathname}?${toQuery([['method', 'flickr.test.echo'],
  ['api_key', args['api-key']], ['format', 'json'], ['nojsoncallback', '1']])}`;

/** The path of the next request; signed ones get a fresh nonce each. */
function nextPath() {
  if (args.call === 'echo') return ECHO_PATH;
  if (args.call !== 'login') throw new Error(`emulator-load: unknown --call ${args.call}`);
  const oauth = signOAuth({ method: 'GET', url: baseUrl, params: LOGIN,
    consumerKey: args['api-key'], consumerSecret: args['api-secret'], token: args.token,
    tokenSecret: args['token-secret'], nonce: `${noncePrefix}${sequence++}` });

  return `${restUrl.pathname}?${toQuery([...LOGIN, ...oauth])}`;
}

let latencies = [];
let failures = 0;

function call() {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: restUrl.hostname, port: restUrl.port, path: nextPath(), agent },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => { body += chunk; });
        res.on('end', () => {
          latencies.push(performance.now() - started);
          let stat;
          try {
            stat = JSON.parse(body).stat;
          } catch {
            stat = undefined;
          }
          if (res.statusCode !== 200 || stat !== 'ok') {
            failures++;
            reject(new Error(`emulator-load: ${args.call}: HTTP ${res.statusCode}, ` +
              `${body.slice(0, 120)}`));
            return;
          }
          resolve();
        });
        res.on('error', reject);
      });
    req.on('error', reject);
    req.end();
  });
}

const pid = Number(args['emulator-pid']);
await runCallLoop(call, { concurrency, warmupMs: Number(args['warmup-ms'] ?? 300), durationMs: 0 });
latencies = [];
const emulatorCpuStart = processCpuMs(pid);
const result = await runCallLoop(call, { concurrency, warmupMs: 0,
  durationMs: Number(args['duration-ms'] ?? 1500) });
const emulatorCpuMs = processCpuMs(pid) - emulatorCpuStart;
agent.destroy();

latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
report({
  call: args.call,
  concurrency,
  calls: result.calls,
  seconds: result.seconds,
  callsPerSec: result.callsPerSec,
  p50Ms: at(0.5),
  p99Ms: at(0.99),
  failures,
  // Share of one core: 1.0 is one core fully busy, 2.0 both.
  emulatorCores: emulatorCpuMs / (result.seconds * 1000),
  emulatorCpuMsPerCall: emulatorCpuMs / result.calls,
  generatorCores: result.cpuMs / (result.seconds * 1000),
});
