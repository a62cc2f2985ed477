// A walk over 10,000 photos (500 per page) from a server that holds every reply 50 ms,
// against fetching the pages one after another.
import { runCase } from '../lib/processes.mjs';
import { startFixedServer } from '../lib/server.mjs';

const PHOTOS = 10_000;
const LATENCY_MS = 50;

export function walkGroup(ctx) {
  const server = { url: '', close: async () => {} };
  const node = (client) => () => runCase(ctx.node, ['bench/cases/walk-node.mjs', '--client', client,
    '--url', server.url, '--expect', String(PHOTOS)], { cwd: ctx.root });

  return {
    id: 'walk',
    title: `Walk over ${PHOTOS.toLocaleString('en-US')} photos, ${LATENCY_MS} ms per reply`,
    metrics: [{ key: 'seconds', label: 's', better: 'lower', digits: 2 }],
    reference: 'pages',
    reps: ctx.plan.walkReps,
    setup: async () => {
      Object.assign(server, await startFixedServer(['--latency-ms', String(LATENCY_MS),
        '--photos', String(PHOTOS)]));
    },
    teardown: () => server.close(),
    rows: [
      { id: 'pages', label: 'page after page, node:http keep-alive', role: 'floor',
        run: node('pages-http') },
      { id: 'ours', label: 'flickrapi-ts walker', role: 'ours', run: node('flickrapi-ts') },
      { id: 'ours-prefetch-4', label: 'flickrapi-ts walker, prefetch 4', role: 'info',
        run: node('flickrapi-ts-prefetch-4') },
      { id: 'ours-pages', label: 'flickrapi-ts, page after page', role: 'info',
        run: node('flickrapi-ts-pages') },
      { id: 'flickr-sdk', label: 'flickr-sdk 7.1.0, page after page', role: 'peer',
        run: node('flickr-sdk') },
      { id: 'python', label: 'Python flickrapi 2.1.2 walk_user', role: 'peer',
        run: () => runCase(ctx.python, ['bench/cases/walk-python.py', '--url', server.url,
          '--expect', String(PHOTOS)], { cwd: ctx.root }) },
    ],
    targets: [
      { metric: 'seconds', op: '<=', value: 0.5, text: '<= 0.5x page-by-page time (2x faster)' },
    ],
  };
}
