#!/usr/bin/env node
// Bundles the compiled library (dist/) into a few ES module files under dist/bundle/, which
// the package's `exports` point at. Start-up time is what this layout is for: every file
// costs a resolution, a read and a compile, so `import 'flickrapi-ts'` loads two files,
// dist/bundle/index.js and the one chunk holding the code of the core (everything
// dist/index.js reaches without `import()`).
//
// 1. The core: dist/index.js, plus dist/bundle/core.js, which exports every core module's
//    exports (a name two modules export gets a `$n` suffix). Modules the core loads on first
//    use (sign-in flows, uploads) stay out, as files of their own (dist/bundle/auth/...).
// 2. Everything else: the web and express entries, the CLI and those modules loaded on first
//    use. Their imports of core modules are pointed at ../core.js, so a class (FlickrError,
//    FlickrAPI...) is the same object whichever entry a program imports it from.
//
// npm packages and Node's built-ins stay external. Type declarations stay in dist/.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
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

/** The dist/ file a relative import resolves to, or `undefined` for one outside dist/. */
function distTarget(args) {
  const target = resolve(args.resolveDir, args.path);

  return target.startsWith(dist + sep) ? target : undefined;
}

// Modules the core loads with `import()`: found while bundling the core, bundled in step 2.
const lazyModules = new Set();

const keepLazyModulesOut = {
  name: 'keep-lazy-modules-out',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = args.kind === 'dynamic-import' ? distTarget(args) : undefined;
      if (target === undefined) return undefined;
      lazyModules.add(relative(dist, target));

      // The core's code lands in dist/bundle/chunks/ (checked below).
      return { path: `../${relative(dist, target).split(sep).join('/')}`, external: true };
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
const exporters = new Map();
for (const names of coreExports.values()) {
  for (const name of names) exporters.set(name, (exporters.get(name) ?? 0) + 1);
}

/** The name core.js gives export `name` of core module number `n`. */
function coreName(name, n) {
  return exporters.get(name) === 1 ? name : `${name}$${n}`;
}

/** `export { ... } from ...` lines re-exporting each core module under its core.js names. */
function coreModuleSource() {
  return coreFiles.map((file, n) => {
    const names = coreExports.get(file).map((name) => {
      const alias = coreName(name, n);

      return alias === name ? name : `${name} as ${alias}`;
    });

    return `export { ${names.join(', ')} } from ${JSON.stringify(file)};`;
  }).join('\n');
}

const coreModule = {
  name: 'core-module',
  setup(bundler) {
    bundler.onResolve({ filter: /^core-module$/ }, () => ({ path: 'core', namespace: 'core' }));
    bundler.onLoad({ filter: /.*/, namespace: 'core' }, () => ({
      contents: coreModuleSource(),
      resolveDir: dist,
    }));
  },
};

// In step 2 a core module is a stand-in taking its exports from ../core.js. Every file of
// that build lands one folder below dist/bundle/ (checked below), so the path is the same.
const shareTheCore = {
  name: 'share-the-core',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.namespace === 'core-view') return { path: args.path, external: true };
      const target = distTarget(args);
      if (target === undefined || !coreExports.has(target)) return undefined;

      return { path: target, namespace: 'core-view' };
    });
    bundler.onLoad({ filter: /.*/, namespace: 'core-view' }, (args) => {
      const n = coreFiles.indexOf(args.path);
      const names = coreExports.get(args.path).map((name) => {
        const alias = coreName(name, n);

        return alias === name ? name : `${alias} as ${name}`;
      });

      return { contents: `export { ${names.join(', ')} } from '../core.js';`, resolveDir: dist };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
// Two entries reaching the same modules: one chunk holds the code, both re-export from it.
const core = await build({
  ...common,
  entryPoints: [CORE_ENTRY, { in: 'core-module', out: 'core' }],
  splitting: true,
  plugins: [keepLazyModulesOut, coreModule],
});
const rest = await build({
  ...common,
  entryPoints: [...OTHER_ENTRIES, ...lazyModules].map((file) => join(dist, file)),
  splitting: true,
  plugins: [shareTheCore],
});

for (const output of Object.keys(rest.metafile.outputs)) {
  if (relative(outdir, join(root, output)).split(sep).length !== 2) {
    throw new Error(`bundle: ${output} is not one folder below dist/bundle, ` +
      'so its imports of ../core.js would miss the core');
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
// Linking each file checks every name it takes from core.js.
for (const file of ['index.js', ...OTHER_ENTRIES, ...lazyModules]) {
  await import(pathToFileURL(join(outdir, file)).href);
}
