// Signed REST calls, one at a time and 16 at once: calls per second and client CPU per call,
// against the keep-alive node:http floor.
import { runCase } from '../lib/processes.mjs';
import { serverStats } from '../lib/server.mjs';

const METRICS = [
  { key: 'callsPerSec', label: 'calls/s', better: 'higher', digits: 0 },
  { key: 'cpuMsPerCall', label: 'ms CPU/call', better: 'lower', digits: 3 },
];

/** Runs a call-loop case and adds how busy the fixed server was meanwhile. */
async function measure(ctx, command, args) {
  const before = await serverStats(ctx.serverUrl);
  const result = await runCase(command, args, { cwd: ctx.root });
  const after = await serverStats(ctx.serverUrl);
  const serverCpuMs = (after.cpuMs - before.cpuMs);
  const served = after.restCalls - before.restCalls;
  // Server CPU per call times the client's call rate: the share of one core the server used.
  result.serverBusy = served > 0 ? (serverCpuMs / served) * result.callsPerSec / 1000 : undefined;

  return result;
}

function callRows(ctx, concurrency, withPython) {
  const loop = ['--url', ctx.serverUrl, '--concurrency', String(concurrency),
    '--warmup-ms', String(ctx.plan.callWarmupMs), '--duration-ms', String(ctx.plan.callMs)];
  const node = (script) => (c) => measure(c, ctx.node, [`bench/cases/${script}`, ...loop]);
  const rows = [
    { id: 'floor', label: 'node:http keep-alive, unsigned (floor)', role: 'floor',
      run: node('calls-floor.mjs') },
    { id: 'ours', label: 'flickrapi-ts', role: 'ours', run: node('calls-flickrapi-ts.mjs') },
    { id: 'flickr-sdk', label: 'flickr-sdk 7.1.0', role: 'peer',
      run: node('calls-flickr-sdk.mjs') },
  ];
  if (withPython) {
    rows.push({ id: 'python', label: 'Python flickrapi 2.1.2', role: 'peer',
      run: (c) => measure(c, ctx.python, ['bench/cases/calls-python.py', ...loop]) });
  }

  return rows;
}

/** The two signed-call groups. */
export function callGroups(ctx) {
  return [
    {
      id: 'calls-sequential',
      title: 'Signed calls, one at a time (flickr.test.login, JSON)',
      metrics: METRICS,
      reference: 'floor',
      rows: callRows(ctx, 1, true),
      targets: [
        { metric: 'callsPerSec', op: '>=', value: 0.8, text: '>= 0.8x floor calls/s' },
        { metric: 'cpuMsPerCall', op: '<=', value: 1.3, text: '<= 1.3x floor CPU/call' },
      ],
    },
    {
      id: 'calls-concurrent',
      title: 'Signed calls, 16 concurrent',
      metrics: METRICS,
      reference: 'floor',
      rows: callRows(ctx, 16, false),
      targets: [
        { metric: 'callsPerSec', op: '>=', value: 0.7, text: '>= 0.7x floor calls/s' },
        { metric: 'cpuMsPerCall', op: '<=', value: 1.3, text: '<= 1.3x floor CPU/call' },
      ],
    },
  ];
}
