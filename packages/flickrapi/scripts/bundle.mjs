#!/usr/bin/env node
// Bundles the compiled library (dist/) into ES module files under dist/bundle/, which the
// package's `exports` point at. Start-up time is what this layout is for: every file costs a
// resolution, a read and a compile, so `import 'flickrapi-ts'` loads one file,
// dist/bundle/index.js, which holds the code of the core (everything dist/index.js reaches
// without `import()`).
//
// 1. Everything but the core: the web and express entries, the CLI and the modules the core
//    loads on first use (sign-in flows, uploads, the token cache's SQLite parts). Their
//    imports of core modules are pointed at ../index.js under internal names,
//    "internal:<module>:<name>" (say "internal:client/send.js:sendRequest"), so that a class
//    (FlickrError, FlickrAPI...) is the same object whichever entry a program imports it
//    from, and a module loaded on first use finds the core already loaded.
// 2. The core, dist/bundle/index.js: the public API, and the core exports those files take,
//    under their internal names. These are string names, which no `import { name }` reaches
//    by accident and the type declarations do not list.
//
// npm packages and Node's built-ins stay external. Type declarations stay in dist/.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');
const CORE_ENTRY = join(dist, 'index.js');
const OTHER_ENTRIES = ['web/index.js', 'web/express.js', 'cli/main.js'];

const common = {
  absWorkingDir: root,
  outdir,
  outbase: 'dist',
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
};

/** A dist/ file's path relative to dist/, with forward slashes. */
function distPath(file) {
  return relative(dist, file).split(sep).join('/');
}

/** The dist/ file a relative import resolves to, or `undefined` for one outside dist/. */
function distTarget(args) {
  const target = resolve(args.resolveDir, args.path);

  return target.startsWith(dist + sep) ? target : undefined;
}

// Modules the core loads with `import()`: found while scanning the core, bundled in step 1.
const lazyModules = new Set();

const keepLazyModulesOut = {
  name: 'keep-lazy-modules-out',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = args.kind === 'dynamic-import' ? distTarget(args) : undefined;
      if (target === undefined) return undefined;
      lazyModules.add(distPath(target));

      // Relative to dist/bundle/index.js, where the core's code lands.
      return { path: `./${distPath(target)}`, external: true };
    });
  },
};

// The core's modules and the names each exports at run time (its `export type`s are gone).
const scan = await build({
  ...common, entryPoints: [CORE_ENTRY], plugins: [keepLazyModulesOut], write: false,
});
const coreFiles = Object.keys(scan.metafile.inputs)
  .map((input) => join(root, input)).filter((file) => file.startsWith(dist + sep));
const coreExports = new Map();
for (const file of coreFiles) {
  coreExports.set(file, Object.keys(await import(pathToFileURL(file).href)));
}

/** The name dist/bundle/index.js gives export `name` of core module `file`. */
function internalName(file, name) {
  return JSON.stringify(`internal:${distPath(file)}:${name}`);
}

/**
 * The core's entry: the public API, then the core exports that the files of step 1 take
 * (`wanted`, internal names as they appear there), under their internal names.
 */
function coreEntrySource(wanted) {
  const internal = coreFiles.map((file) => {
    const names = coreExports.get(file).filter((name) => wanted.has(internalName(file, name)))
      .map((name) => `${name} as ${internalName(file, name)}`);

    return names.length === 0 ? '' : `export { ${names.join(', ')} } from ${JSON.stringify(file)};`;
  });

  return [`export * from ${JSON.stringify(CORE_ENTRY)};`, ...internal].join('\n');
}

const coreEntry = (wanted) => ({
  name: 'core-entry',
  setup(bundler) {
    bundler.onResolve({ filter: /^core-entry$/ }, () => ({ path: 'core', namespace: 'core' }));
    bundler.onLoad({ filter: /.*/, namespace: 'core' }, () => ({
      contents: coreEntrySource(wanted),
      resolveDir: dist,
    }));
  },
});

// In step 1 a core module is a stand-in taking its exports from ../index.js. Every file of
// that build lands one folder below dist/bundle/ (checked below), so the path is the same.
const shareTheCore = {
  name: 'share-the-core',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.namespace === 'core-view') return { path: args.path, external: true };
      const target = distTarget(args);
      if (target === undefined || !coreExports.has(target)) return undefined;

      // Named relative to dist/: the name shows in the bundle's comments and source maps.
      return { path: distPath(target), namespace: 'core-view' };
    });
    bundler.onLoad({ filter: /.*/, namespace: 'core-view' }, (args) => {
      const file = join(dist, args.path);
      const names = coreExports.get(file).map((name) => `${internalName(file, name)} as ${name}`);

      return { contents: `export { ${names.join(', ')} } from '../index.js';`, resolveDir: dist };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const rest = await build({
  ...common,
  entryPoints: [...OTHER_ENTRIES, ...lazyModules].map((file) => join(dist, file)),
  splitting: true,
  plugins: [shareTheCore],
});
// The internal names those files import (esbuild drops the ones a file does not use).
const wanted = new Set();
for (const output of Object.keys(rest.metafile.outputs).filter((file) => file.endsWith('.js'))) {
  for (const [name] of readFileSync(join(root, output), 'utf8').matchAll(/"internal:[^"]+"/g)) {
    wanted.add(name);
  }
}
const core = await build({
  ...common,
  entryPoints: [{ in: 'core-entry', out: 'index' }],
  plugins: [keepLazyModulesOut, coreEntry(wanted)],
});

for (const output of Object.keys(rest.metafile.outputs)) {
  if (relative(outdir, join(root, output)).split(sep).length !== 2) {
    throw new Error(`bundle: ${output} is not one folder below dist/bundle, ` +
      'so its imports of ../index.js would miss the core');
  }
}
for (const [output, { imports }] of Object.entries(core.metafile.outputs)) {
  for (const { path, kind } of imports) {
    if (kind === 'dynamic-import' && path.startsWith('.')
      && !existsSync(resolve(root, output, '..', path))) {
      throw new Error(`bundle: ${output} loads ${path}, which is not there`);
    }
  }
}
// Linking each file checks every name it takes from the core.
for (const file of ['index.js', ...OTHER_ENTRIES, ...lazyModules]) {
  await import(pathToFileURL(join(outdir, file)).href);
}
