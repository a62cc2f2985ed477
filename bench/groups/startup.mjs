// Start-up: process spawn to exit for a bare `node -e ''`, for importing each library, and for
// a whole process that makes its first authenticated call with a token from a cache file.
import { BENCH_KEYS } from '../lib/keys.mjs';
import { runCase, runProcess } from '../lib/processes.mjs';

export function startupGroup(ctx) {
  // From bench/cases, `flickrapi-ts` resolves to the run's snapshot of the library.
  const cwd = `${ctx.root}/bench/cases`;
  const timed = (command, args, env) => async () => {
    const result = await runProcess(command, args,
      { cwd, env: env && { ...process.env, ...env }, cpuTime: true });

    return { seconds: result.seconds, cpuSeconds: result.cpuSeconds };
  };
  const esm = (source) => timed(ctx.node, ['--input-type=module', '-e', source]);
  const firstCall = (script, extra = [], env = undefined) => timed(
    script.endsWith('.py') ? ctx.python : ctx.node,
    [script, '--url', ctx.serverUrl, ...extra], env);
  // The first-call scripts take the keys as arguments rather than import a file for them.
  const keys = ['--key', BENCH_KEYS.apiKey, '--secret', BENCH_KEYS.apiSecret,
    '--token', BENCH_KEYS.token];

  return {
    id: 'startup',
    title: 'Start-up, process spawn to exit',
    metrics: [
      { key: 'seconds', label: 'ms', better: 'lower', digits: 1, scale: 1000 },
      { key: 'cpuSeconds', label: 'ms CPU', better: 'lower', digits: 0, scale: 1000 },
    ],
    reference: 'bare',
    reps: ctx.plan.startupReps,
    // The token cache both the Python and flickrapi-ts first calls read.
    setup: () => runCase(ctx.python, ['bench/cases/prepare-token-cache.py'],
      { cwd: ctx.root, env: { ...process.env, HOME: ctx.tokenCacheHome } }),
    rows: [
      { id: 'bare', label: "node -e ''", role: 'floor', run: timed(ctx.node, ['-e', '']) },
      { id: 'ours', label: 'import flickrapi-ts (dist)', role: 'ours',
        run: esm("import 'flickrapi-ts';") },
      { id: 'ours-first-call', label: 'flickrapi-ts: first call, cached token', role: 'ours',
        run: firstCall('first-call-flickrapi-ts.mjs', ['--cache',
          `${ctx.tokenCacheHome}/.flickr/oauth-tokens.sqlite`, ...keys]) },
      { id: 'flickr-sdk', label: 'import flickr-sdk 7.1.0', role: 'peer',
        run: esm("import 'flickr-sdk';") },
      { id: 'flickr-sdk-first-call', label: 'flickr-sdk: first call, token in code', role: 'peer',
        run: firstCall('first-call-flickr-sdk.mjs',
          [...keys, '--token-secret', BENCH_KEYS.tokenSecret]) },
      { id: 'python-bare', label: "python3 -c ''", role: 'info',
        run: timed(ctx.python, ['-c', '']) },
      { id: 'python', label: 'Python flickrapi: first call, cached token', role: 'peer',
        run: firstCall('first-call-python.py', keys, { HOME: ctx.tokenCacheHome }) },
    ],
    targets: [
      { row: 'ours', metric: 'seconds', op: '<=', value: 1.15, text: "import <= 1.15x node -e ''" },
      { row: 'ours-first-call', metric: 'seconds', op: '<=', value: 1.6,
        text: "first call <= 1.6x node -e ''" },
    ],
  };
}
