// Child-process helpers for the runner: run a case and read its JSON line, measure a child's
// peak resident memory, time a process from spawn to exit.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
const HAS_GNU_TIME = existsSync(GNU_TIME);

/**
 * `command args` as an error message shows it: the value after any `--...secret` flag (the
 * keys the runner passes to cases) is left out, since messages are printed and stored in the
 * results file.
 */
function commandLine(command, args) {
  const shown = args.map((arg, i) => (i > 0 && /^--[\w-]*secret$/i.test(args[i - 1])
    ? '[redacted]'
    : arg));

  return `${command} ${shown.join(' ')}`;
}

/**
 * Runs `command args` to completion. Resolves with `{ stdout, stderr, code, seconds, peakRssMb }`;
 * `peakRssMb` is the child's maximum resident set (GNU time's %M), or `undefined` without it.
 * Rejects when the process exits non-zero or outlives `timeoutMs`.
 */
export function runProcess(command, args,
  { cwd, env, timeoutMs = 300_000, peakRss = false, cpuTime = false } = {}) {
  const measured = (peakRss || cpuTime) && HAS_GNU_TIME;
  const [file, argv] = measured
    ? [GNU_TIME, ['-f', '\n@@peak-rss-kb %M cpu %U %S', command, ...args]]
    : [command, args];

  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv,
      { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s) => { stderr += s; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let peakRssMb;
      let cpuSeconds;
      const match = /@@peak-rss-kb (\d+) cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      if (match) {
        peakRssMb = peakRss ? Number(match[1]) / 1024 : undefined;
        cpuSeconds = Number(match[2]) + Number(match[3]);
        stderr = stderr.slice(0, match.index);
      }
      if (code !== 0) {
        const lines = stderr.trim().split('\n');
        const tail = lines.find((l) => /^\w*(Error|Exception)\b|^\S+: /.test(l.trim()))
          ?? lines.slice(-3).join(' | ');
        const why = signal ? `killed by ${signal}` : `exit code ${code}`;
        reject(new Error(`${why}: ${tail.trim()} (${commandLine(command, args)})`));
        return;
      }
      resolve({ stdout, stderr, code, seconds, peakRssMb, cpuSeconds });
    });
  });
}

/** Runs a case script and returns its last JSON line, plus `peakRssMb` when asked for. */
export async function runCase(command, args, options = {}) {
  const result = await runProcess(command, args, options);
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  let parsed;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new Error(`${commandLine(command, args)}: expected a JSON line, ` +
      `got ${JSON.stringify(line)}`);
  }
  if (result.peakRssMb !== undefined) parsed.peakRssMb = result.peakRssMb;
  parsed.wallSeconds = result.seconds;

  return parsed;
}

export { HAS_GNU_TIME };
