// Signed REST calls, one at a time and 16 at once: calls per second and client CPU per call,
// against the keep-alive node:http floor. The Node clients (floor, flickrapi-ts, flickr-sdk)
// share one process per round and take turns in blocks of calls (cases/calls-interleaved.mjs),
// so that the machine's changing load falls on all of them alike; Python runs in its own
// process right after.
import { runCase } from '../lib/processes.mjs';
import { serverStats } from '../lib/server.mjs';

const METRICS = [
  { key: 'callsPerSec', label: 'calls/s', better: 'higher', digits: 0 },
  { key: 'cpuMsPerCall', label: 'ms CPU/call', better: 'lower', digits: 3 },
];
const NODE_CLIENTS = ['floor', 'flickrapi-ts', 'flickr-sdk'];

/** Runs `command args` and adds the share of one core the fixed server used meanwhile. */
async function withServerBusy(ctx, command, args, rateOf) {
  const before = await serverStats(ctx.serverUrl);
  const result = await runCase(command, args, { cwd: ctx.root });
  const after = await serverStats(ctx.serverUrl);
  const served = after.restCalls - before.restCalls;
  const cpuMsPerCall = served > 0 ? (after.cpuMs - before.cpuMs) / served : undefined;

  return { result, serverBusy: cpuMsPerCall === undefined ? undefined
    : cpuMsPerCall * rateOf(result) / 1000 };
}

function callRows(ctx, concurrency, withPython) {
  const plan = ctx.plan;
  const block = concurrency * Math.max(1, Math.round(100 / concurrency));
  // One interleaved process per round, shared by the Node rows of that round.
  const rounds = [];
  const interleaved = (round) => {
    rounds[round] ??= withServerBusy(ctx, ctx.node, ['bench/cases/calls-interleaved.mjs',
      '--url', ctx.serverUrl, '--concurrency', String(concurrency),
      '--rounds', String(plan.callRounds), '--warmup-rounds', String(plan.callWarmupRounds),
      '--block', String(block), '--clients', NODE_CLIENTS.join(',')],
    (r) => Math.max(...Object.values(r.clients).map((c) => c.callsPerSec ?? 0)));
    return rounds[round];
  };
  const nodeRow = (id, client, label, role) => {
    let runs = 0;
    return { id, label, role, run: async () => {
      const { result, serverBusy } = await interleaved(runs++);
      const mine = result.clients[client];
      if (mine?.error) throw new Error(mine.error);

      return { ...mine, serverBusy };
    } };
  };
  const rows = [
    nodeRow('floor', 'floor', 'node:http keep-alive, unsigned (floor)', 'floor'),
    nodeRow('ours', 'flickrapi-ts', 'flickrapi-ts', 'ours'),
    nodeRow('flickr-sdk', 'flickr-sdk', 'flickr-sdk 7.1.0', 'peer'),
  ];
  if (withPython) {
    rows.push({ id: 'python', label: 'Python flickrapi 2.1.2 (own process)', role: 'peer',
      // A process of its own per repetition, at under a fifth of the floor's rate: the
      // general number of repetitions is plenty.
      reps: plan.reps,
      run: async () => {
        const { result, serverBusy } = await withServerBusy(ctx, ctx.python, [
          'bench/cases/calls-python.py', '--url', ctx.serverUrl,
          '--warmup-ms', String(plan.callWarmupMs), '--duration-ms', String(plan.callMs)],
        (r) => r.callsPerSec);

        return { ...result, serverBusy };
      } });
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
      reps: ctx.plan.callReps,
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
      reps: ctx.plan.callReps,
      rows: callRows(ctx, 16, false),
      targets: [
        { metric: 'callsPerSec', op: '>=', value: 0.7, text: '>= 0.7x floor calls/s' },
        { metric: 'cpuMsPerCall', op: '<=', value: 1.3, text: '<= 1.3x floor CPU/call' },
      ],
    },
  ];
}
