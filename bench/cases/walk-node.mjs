#!/usr/bin/env node
// A walk over every photo of a user (flickr.people.getPhotos, 500 per page) against a server
// that delays each reply, the way Flickr's round trips do.
//   --client pages-http   page after page with a bare keep-alive node:http loop (reference)
//   --client flickr-sdk   page after page through flickr-sdk 7.1.0
//   --client flickrapi-ts / flickrapi-ts-pages  the library's walker / its plain calls, page
//                         after page (see walk-flickrapi-ts.mjs)
// Usage: node walk-node.mjs --client NAME --url URL --expect N
// Prints `{ seconds, photos, pages }`; fails unless exactly N distinct photos arrived.
import { Agent, request } from 'node:http';
import { caseArgs, report } from '../lib/call-loop.mjs';

const PER_PAGE = 500;
const args = caseArgs();
const base = new URL(args.url);

/** Page-by-page over `getPage(n) => { pages, photo[] }`. */
async function pageByPage(getPage) {
  const ids = [];
  let pages = 1;
  for (let page = 1; page <= pages; page++) {
    const reply = await getPage(page);
    pages = Number(reply.pages);
    for (const photo of reply.photo) ids.push(photo.id);
  }

  return { ids, pages };
}

function httpPages() {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const getPage = (page) => new Promise((resolve, reject) => {
    const path = '/services/rest/?method=flickr.people.getPhotos&user_id=me&format=json' +
      `&nojsoncallback=1&per_page=${PER_PAGE}&page=${page}`;
    request({ host: base.hostname, port: base.port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve(JSON.parse(body).photos));
    }).on('error', reject).end();
  });

  return () => pageByPage(getPage).finally(() => agent.destroy());
}

async function flickrSdkPages() {
  const { createLocalFlickr } = await import('../lib/flickr-sdk-client.mjs');
  const { flickr } = createLocalFlickr(base.href);

  return () => pageByPage(async (page) => (await flickr('flickr.people.getPhotos',
    { user_id: 'me', per_page: String(PER_PAGE), page: String(page) })).photos);
}

async function load(name) {
  if (name === 'pages-http') return httpPages();
  if (name === 'flickr-sdk') return await flickrSdkPages();
  if (name.startsWith('flickrapi-ts')) {
    return (await import('./walk-flickrapi-ts.mjs')).walker(name, base.href, PER_PAGE);
  }
  throw new Error(`walk-node: unknown --client ${JSON.stringify(name)}`);
}

const walk = await load(args.client);
const start = process.hrtime.bigint();
const { ids, pages } = await walk();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const expected = Number(args.expect);
if (new Set(ids).size !== expected || ids.length !== expected) {
  throw new Error(`walk-node: expected ${expected} distinct photos, got ${ids.length} ` +
    `(${new Set(ids).size} distinct)`);
}
report({ seconds, photos: ids.length, pages });
