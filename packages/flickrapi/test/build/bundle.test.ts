// The built package (dist/bundle/, what `exports` points at; `npm test` builds it first):
// `import 'flickrapi-ts'` reads one file, every module's code is in exactly one file, so a
// class is the same object from every entry, and the main entry's public names are those of
// the library's index.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const bundle = join(dist, 'bundle');
const main = join(bundle, 'index.js');

function bundleFiles(dir = bundle): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return bundleFiles(path);

    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** The specifiers of a bundle file's static `import ... from "..."` and `import "..."`. */
function staticImports(source: string): string[] {
  return [...source.matchAll(/^import\s+(?:[^'";]*?\s+from\s+)?"([^"]+)";/gm)].map((m) => m[1]!);
}

describe('the built package', { skip: !existsSync(main) && 'run `npm run build` first' }, () => {
  it('loads one file for `import "flickrapi-ts"`', () => {
    assert.deepEqual(staticImports(readFileSync(main, 'utf8')), []);
  });

  it('holds each module of the library in exactly one file', () => {
    const holders = new Map<string, string[]>();
    for (const file of bundleFiles()) {
      // esbuild heads each module's code with a comment naming its dist/ file.
      const source = readFileSync(file, 'utf8');
      for (const module of new Set(source.match(/^\/\/ dist\/\S+\.js$/gm))) {
        const name = module.slice(3);
        holders.set(name, [...(holders.get(name) ?? []), relative(bundle, file)]);
      }
    }
    const twice = [...holders].filter(([, files]) => files.length > 1);

    assert.ok(holders.has('dist/errors.js'), 'the core is in the bundle');
    assert.ok(holders.has('dist/tokens/sqlite-file-reader.js'), 'so are modules loaded on use');
    assert.deepEqual(twice, []);
  });

  it('gives modules loaded on first use the core that is already loaded', async () => {
    const core = await import(pathToFileURL(main).href) as Record<string, unknown>;
    for (const file of bundleFiles().filter((path) => path !== main)) {
      for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = join(file, '..', specifier);
        assert.ok(target === main || relative(bundle, target).startsWith('chunks'),
          `${relative(bundle, file)} imports ${specifier}, outside the core and shared chunks`);
      }
    }
    // The names they import it by are the core's own objects.
    assert.equal(core['internal:errors.js:FlickrError'], core.FlickrError);
  });

  it('exports the public names of the library index, and only internal names besides', async () => {
    const built = Object.keys(await import(pathToFileURL(main).href) as object);
    const index = Object.keys(await import(pathToFileURL(join(dist, 'index.js')).href) as object);

    assert.deepEqual(built.filter((name) => !name.startsWith('internal:')).sort(), index.sort());
  });
});
