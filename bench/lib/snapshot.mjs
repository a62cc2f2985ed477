// Freezes the built library for the length of a run. The working tree is shared and rebuilt
// while the suite runs; cases import `flickrapi-ts`, which from bench/ resolves first to
// bench/node_modules/flickrapi-ts, so a copy of package.json and dist/ there is what every
// case measures. Its own dependencies still resolve from the workspace's node_modules.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Copies packages/flickrapi/{package.json,dist} into bench/node_modules/flickrapi-ts and
 * checks that it imports. Returns `{ commit, remove() }`, or throws naming what is wrong.
 */
export function snapshotLibrary(root) {
  const source = join(root, 'packages/flickrapi');
  const target = join(root, 'bench/node_modules/flickrapi-ts');
  if (!existsSync(join(source, 'dist/index.js'))) {
    throw new Error('bench: packages/flickrapi/dist/index.js is missing; run `npm run build`');
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(source, 'package.json'), join(target, 'package.json'));
  cpSync(join(source, 'dist'), join(target, 'dist'), { recursive: true });
  const remove = () => rmSync(join(root, 'bench/node_modules'), { recursive: true, force: true });

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
