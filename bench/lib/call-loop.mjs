// Drives an async call in a loop, one at a time or N at once, for a fixed time after a
// warm-up, and measures calls per second and this process's CPU per call. Every client case
// (the floor, flickr-sdk, flickrapi-ts) goes through this same loop.

/**
 * Runs `call` with `concurrency` workers: `warmupMs` unmeasured, then `durationMs` measured.
 * Resolves with `{ calls, seconds, cpuMs, callsPerSec, cpuMsPerCall }`.
 */
export async function runCallLoop(call, { concurrency = 1, warmupMs = 300, durationMs = 1500 }) {
  await loopFor(call, concurrency, warmupMs);

  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const calls = await loopFor(call, concurrency, durationMs);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;

  return { calls, seconds, cpuMs, callsPerSec: calls / seconds, cpuMsPerCall: cpuMs / calls };
}

async function loopFor(call, concurrency, ms) {
  const deadline = performance.now() + ms;
  let calls = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      await call();
      calls++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  return calls;
}

/** Reads `--name value` options of a case script into an object of strings. */
export function caseArgs(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    if (!name?.startsWith('--') || argv[i + 1] === undefined) {
      throw new Error(`bench case: expected "--name value" pairs, got ${JSON.stringify(argv)}`);
    }
    out[name.slice(2)] = argv[i + 1];
  }

  return out;
}

/** Prints a case's result as the one JSON line the runner reads. */
export function report(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
