// Starts the fixed-reply server in its own process and reads its counters.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./fixed-server.mjs', import.meta.url));

/**
 * Starts `fixed-server.mjs` with the given flags. Resolves with `{ url, close() }` once it
 * listens; rejects if it exits or stays silent for 10 s. The server also exits when this
 * process dies (its stdin closes).
 */
export function startFixedServer(flags = []) {
  const child = spawn(process.execPath, [SCRIPT, ...flags], { stdio: ['pipe', 'pipe', 'inherit'] });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('fixed-server: no address within 10 s'));
    }, 10_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fixed-server: exited early with code ${code}`));
    });
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      const { url } = JSON.parse(line);
      resolve({
        url,
        close: () => new Promise((done) => {
          child.removeAllListeners('exit');
          child.once('exit', done);
          child.stdin.end();
        }),
      });
    });
  });
}

/** The server's CPU time so far (ms) and its request counters. */
export async function serverStats(url) {
  const stats = await (await fetch(`${url}/__stats`)).json();

  return { ...stats, cpuMs: (stats.cpu.user + stats.cpu.system) / 1000 };
}
