// Freezes the built library for the length of a run. The working tree is shared and rebuilt
// while the suite runs; cases import `flickrapi-ts`, which from bench/ resolves first to
// bench/node_modules/flickrapi-ts, so a copy of package.json and dist/ there is what every
// case measures. Its own dependencies still resolve from the workspace's node_modules.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Copies packages/flickrapi/{package.json,dist} into bench/node_modules/flickrapi-ts and
 * checks that it imports. Returns `{ commit, remove() }`, or throws naming what is wrong.
 */
export function snapshotLibrary(root) {
  const source = join(root, 'packages/flickrapi');
  const target = join(root, 'bench/node_modules/flickrapi-ts');
  const release = lockRun(root);
  if (!existsSync(join(source, 'dist/index.js'))) {
    throw new Error('bench: packages/flickrapi/dist/index.js is missing; run `npm run build`');
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(source, 'package.json'), join(target, 'package.json'));
  cpSync(join(source, 'dist'), join(target, 'dist'), { recursive: true });
  const remove = () => {
    rmSync(join(root, 'bench/node_modules'), { recursive: true, force: true });
    release();
  };

  const check = spawnSync(process.execPath, ['--input-type=module', '-e',
    "const m = await import('flickrapi-ts'); if (!m.FlickrAPI) throw new Error('no FlickrAPI');"],
  { cwd: join(root, 'bench/cases'), encoding: 'utf8' });
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' })
    .stdout.trim();
  if (check.status !== 0) {
    const line = check.stderr.split('\n').find((l) => /Error/.test(l)) ?? check.stderr.trim();
    return { commit, remove, error: `the built library does not import: ${line}` };
  }

  return { commit, remove };
}

/**
 * One run at a time: two runs would share the snapshot and, worse, each other's CPU. Takes
 * bench/.run.lock (holding this process id) or throws naming the run that holds it; a lock
 * left by a process that is gone is taken over.
 */
function lockRun(root) {
  const lock = join(root, 'bench/.run.lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lock, 'utf8'));
    let alive = false;
    try {
      process.kill(holder, 0);
      alive = holder !== process.pid;
    } catch {
      alive = false;
    }
    if (alive) {
      throw new Error(`bench: another run (process ${holder}) is measuring on this machine; ` +
        'wait for it to finish (its lock is bench/.run.lock)');
    }
    writeFileSync(lock, String(process.pid));
  }

  return () => rmSync(lock, { force: true });
}
