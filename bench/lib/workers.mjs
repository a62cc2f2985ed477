// Runs several worker processes in lock-step phases: each worker prints `ready` when set up
// for a phase, waits for `go` on its stdin, works, and prints one JSON line with its result.
// Starting every worker at once this way measures contention, not process start-up.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * Spawns one process per entry of `argsList` and runs `phases` phases. Resolves with, for
 * each phase, the array of the workers' parsed JSON results. Rejects if a worker exits early,
 * prints something unexpected, or the whole run outlives `timeoutMs`.
 */
export function runWorkers(command, argsList, phases, { cwd, env, timeoutMs = 120_000 } = {}) {
  const children = argsList.map((args) =>
    spawn(command, args, { cwd, env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] }));

  return new Promise((resolve, reject) => {
    const results = Array.from({ length: phases }, () => []);
    let phase = 0;
    let ready = 0;
    let done = 0;
    let failed = false;
    const fail = (error) => {
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      for (const child of children) child.kill('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`workers: not done within ${timeoutMs} ms`)),
      timeoutMs);

    children.forEach((child, index) => {
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (s) => { stderr += s; });
      child.on('exit', (code) => {
        if (code !== 0) {
          const line = stderr.split('\n').find((l) => /Error|error/.test(l)) ?? stderr.trim();
          fail(new Error(`worker ${index} exited with code ${code}: ${line.trim()}`));
        }
      });
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line === 'ready') {
          ready++;
          if (ready === children.length) {
            ready = 0;
            for (const c of children) c.stdin.write('go\n');
          }
          return;
        }
        try {
          results[phase][index] = JSON.parse(line);
        } catch {
          fail(new Error(`worker ${index}: unexpected output ${JSON.stringify(line)}`));
          return;
        }
        done++;
        if (done === children.length) {
          done = 0;
          phase++;
          if (phase === phases) {
            clearTimeout(timer);
            for (const c of children) c.stdin.end();
            resolve(results);
          }
        }
      });
    });
  });
}
