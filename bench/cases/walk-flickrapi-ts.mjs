// flickrapi-ts walkers for walk-node.mjs, on the built library:
//   flickrapi-ts             `walkUser` with its default prefetch, 500 per page
//   flickrapi-ts-prefetch-4  the same with `prefetch: 4`
//   flickrapi-ts-pages       plain `people.getPhotos` calls, page after page
import { FlickrAPI } from 'flickrapi-ts';
import { BENCH_KEYS } from '../lib/keys.mjs';

/** Returns `() => Promise<{ ids, pages }>` for the named variant. */
export async function walker(name, url, perPage) {
  const flickr = new FlickrAPI(BENCH_KEYS.apiKey, BENCH_KEYS.apiSecret, {
    endpoint: url,
    token: { token: BENCH_KEYS.token, tokenSecret: BENCH_KEYS.tokenSecret, perms: 'write',
      fullname: BENCH_KEYS.fullname, username: BENCH_KEYS.username, userNsid: BENCH_KEYS.userNsid },
  });

  if (name === 'flickrapi-ts-pages') {
    return async () => {
      const ids = [];
      let pages = 1;
      for (let page = 1; page <= pages; page++) {
        const reply = await flickr.people.getPhotos({ user_id: 'me', per_page: perPage, page });
        pages = Number(reply.photos.pages);
        for (const photo of reply.photos.photo) ids.push(photo.id);
      }
      flickr.close();

      return { ids, pages };
    };
  }

  const prefetch = { 'flickrapi-ts': undefined, 'flickrapi-ts-prefetch-4': 4 }[name];
  if (!(name in { 'flickrapi-ts': 1, 'flickrapi-ts-prefetch-4': 1 })) {
    throw new Error(`walk-flickrapi-ts: unknown variant ${JSON.stringify(name)}`);
  }

  return async () => {
    const ids = [];
    const options = prefetch === undefined ? { perPage } : { perPage, prefetch };
    for await (const photo of flickr.walkUser({}, options)) ids.push(photo.id);
    flickr.close();

    return { ids, pages: Math.ceil(ids.length / perPage) };
  };
}
