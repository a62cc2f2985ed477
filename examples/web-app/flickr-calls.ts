// The two Flickr calls the example site makes on the signed-in visitor's behalf.
import type { Readable } from 'node:stream';

import type { FlickrAPI } from 'flickrapi-ts';

import type { GridPhoto } from './views.js';

/** The visitor's latest photos, with the square (`url_q`) or small (`url_s`) thumbnail. */
export async function listPhotos(flickr: FlickrAPI): Promise<GridPhoto[]> {
  const reply = await flickr.people.getPhotos({
    user_id: 'me',
    extras: 'url_q,url_s',
    per_page: 100,
  });
  const list = (reply['photos'] as { photo?: unknown } | undefined)?.photo;
  if (!Array.isArray(list)) return [];

  return list.flatMap((item: Record<string, unknown>) => {
    const thumbnailUrl = item['url_q'] ?? item['url_s'];
    if (typeof item['id'] !== 'string' || typeof thumbnailUrl !== 'string') return [];

    return [{ id: item['id'], title: String(item['title'] ?? ''), thumbnailUrl }];
  });
}

/** Streams one file to Flickr's upload endpoint; resolves with the new photo's id. */
export async function uploadPhoto(
  flickr: FlickrAPI,
  file: Readable,
  filename: string,
  title: string,
): Promise<string> {
  // Without a title Flickr's client names the photo after the file.
  const uploaded = await flickr.upload({ data: file, filename }, title === '' ? {} : { title });

  return uploaded.photoId;
}
