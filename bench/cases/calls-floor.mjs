#!/usr/bin/env node
// The floor for signed calls: a keep-alive node:http request loop with no signing at all,
// reading and parsing the same small JSON reply the clients get.
// Usage: node calls-floor.mjs --url URL --concurrency N --warmup-ms N --duration-ms N
import { caseArgs, report, runCallLoop } from '../lib/call-loop.mjs';
import { floorClient } from '../lib/floor-client.mjs';

const args = caseArgs();
const concurrency = Number(args.concurrency ?? 1);
const { call, close } = floorClient(args.url, concurrency);

const result = await runCallLoop(call, {
  concurrency,
  warmupMs: Number(args['warmup-ms'] ?? 300),
  durationMs: Number(args['duration-ms'] ?? 1500),
});
close();
report(result);
