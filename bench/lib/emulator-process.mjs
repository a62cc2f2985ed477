// Starts the emulator in its own process (bench/cases/emulator-server.mjs) and reads its CPU
// time and memory from /proc, so that the figures are the emulator's alone.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runCase } from './processes.mjs';

const SCRIPT = fileURLToPath(new URL('../cases/emulator-server.mjs', import.meta.url));
/** Clock ticks per second of /proc/PID/stat times; 100 on every Linux build Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * Starts the emulator process. Resolves with `{ pid, url, apiKey, apiSecret, token,
 * tokenSecret, cpuMs(), memory(), resetPeak(), close() }` once it listens; rejects if it
 * exits first or stays silent for 30 s. It also exits when this process dies.
 */
export function startEmulatorProcess(flags = []) {
  const child = spawn(process.execPath, [SCRIPT, ...flags], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  // A crashed emulator closes the pipe; its exit, not a write error, reports that.
  child.stdin.on('error', () => {});
  child.stderr.setEncoding('utf8').on('data', (text) => { stderr += text; });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('emulator: no address within 30 s'));
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator: exited early with code ${code}: ${stderr.trim()}`));
    });
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      const pid = child.pid;
      resolve({
        pid,
        ...JSON.parse(line),
        cpuMs: () => processCpuMs(pid),
        memory: () => processMemory(pid),
        resetPeak: () => resetPeak(pid),
        close: () => new Promise((done) => {
          child.removeAllListeners('exit');
          if (child.exitCode !== null || child.signalCode !== null) {
            done();
            return;
          }
          child.once('exit', done);
          child.stdin.end();
        }),
      });
    });
  });
}

/** User plus system CPU time of a process so far, in ms (10 ms resolution). */
export function processCpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name, which may itself hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');

  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** `{ rssMb, peakRssMb }` of a process: VmRSS and VmHWM from /proc/PID/status. */
export function processMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);

  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}

/** Resets a process's VmHWM to its current RSS (Linux 4.0+); false when refused. */
export function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

const LOAD_SCRIPT = fileURLToPath(new URL('../cases/emulator-load.mjs', import.meta.url));

/**
 * Runs the load generator (bench/cases/emulator-load.mjs) in its own process against a
 * running emulator. `call` is `login` (signed) or `echo` (unsigned). Resolves with its JSON
 * result: calls/s, p50/p99 latency (ms), failures, and the emulator's and generator's CPU
 * (cores busy) over the measured window.
 */
export function runEmulatorLoad(emulator, { call, concurrency, warmupMs, durationMs }) {
  return runCase(process.execPath, [LOAD_SCRIPT, '--url', emulator.url,
    '--api-key', emulator.apiKey, '--api-secret', emulator.apiSecret, '--token', emulator.token,
    '--token-secret', emulator.tokenSecret, '--emulator-pid', String(emulator.pid),
    '--call', call, '--concurrency', String(concurrency), '--warmup-ms', String(warmupMs),
    '--duration-ms', String(durationMs)]);
}
