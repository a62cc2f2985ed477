#!/usr/bin/env node
// Bundles the compiled library (dist/) into a few ES module files under dist/bundle/, which
// the package's `exports` point at. Loading one file instead of about sixty is what keeps
// `import 'flickrapi-ts'` close to the cost of starting Node at all. The entry points share
// chunks, so a class (FlickrError, FlickrAPI...) is the same object whichever entry a program
// imports it from; modules loaded on first use (sign-in flows, uploads) stay separate chunks.
// npm packages and Node's built-ins stay external. Type declarations stay in dist/.
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

await build({
  absWorkingDir: root,
  entryPoints: ['dist/index.js', 'dist/web/index.js', 'dist/web/express.js', 'dist/cli/main.js'],
  outdir: 'dist/bundle',
  outbase: 'dist',
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
