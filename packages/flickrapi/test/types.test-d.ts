/**
 * Type tests, checked by `tsc -p packages/flickrapi/tsconfig.test.json` (never run). Each
 * `@ts-expect-error` line must fail to compile; if it ever compiles, tsc reports the unused
 * directive and the type check fails.
 */
import {
  FlickrAPI,
  type FlickrResponse,
  type PhotosSearchParams,
  type XmlElement,
} from '../src/index.js';

declare const flickr: FlickrAPI;
declare const xmlFlickr: FlickrAPI<'xml'>;

export async function typeTests(): Promise<void> {
  // A misspelt method does not compile, in either form.
  // @ts-expect-error: flickr.photos.getInfoo is not a Flickr method
  await flickr.photos.getInfoo({ photo_id: '1' });
  // @ts-expect-error: flickr.photo.getInfo is not a Flickr method
  await flickr.call('flickr.photo.getInfo', { photo_id: '1' });

  // A missing required argument does not compile.
  // @ts-expect-error: photo_id is required
  await flickr.photos.getInfo({ secret: 'abc' });
  // @ts-expect-error: photo_id is required
  await flickr.call('flickr.photos.getInfo', {});
  // @ts-expect-error: the arguments object is required when an argument is
  await flickr.photos.getInfo();

  // A wrong argument type does not compile.
  // @ts-expect-error: photo_id is text or a number, not a boolean
  await flickr.photos.getInfo({ photo_id: true });
  // @ts-expect-error: per_page is a number or text, not a Date
  await flickr.photos.search({ per_page: new Date() });
  // @ts-expect-error: is_public is a flag
  await flickr.photos.setPerms({ photo_id: 1, is_public: 'yes', is_friend: 0, is_family: 0 });
  // @ts-expect-error: an unknown argument is a typo
  await flickr.photos.getInfo({ photo_id: '1', secrett: 'x' });
  // @ts-expect-error: api_key is never a user argument
  await flickr.photos.getInfo({ photo_id: '1', api_key: 'k' });
  // @ts-expect-error: not a response format
  await flickr.test.null({}, { format: 'php_serial' });

  // What does compile, with the result type following the format.
  const parsed: FlickrResponse = await flickr.photos.getInfo({ photo_id: 1, secret: undefined });
  const tree: XmlElement = await flickr.photos.getInfo({ photo_id: '1' }, { format: 'xml' });
  const text: string = await flickr.call('flickr.test.echo', {}, { format: 'json' });
  const xmlDefault: XmlElement = await xmlFlickr.test.login();
  const rawOverride: string = await xmlFlickr.call('flickr.test.login', {}, { format: 'rest' });
  const noArgs: FlickrResponse = await flickr.test.null();
  const search: PhotosSearchParams = {
    tags: ['a', 'b'],
    min_taken_date: new Date(),
    has_geo: true,
    lat: 1.5,
  };
  await flickr.photos.search(search);
  // @ts-expect-error: an XML client does not return parsed JSON
  const wrong: FlickrResponse = await xmlFlickr.test.login();

  void [parsed, tree, text, xmlDefault, rawOverride, noArgs, wrong];
}

export async function noArgumentMethods(): Promise<void> {
  await flickr.test.null({});
  // @ts-expect-error: flickr.test.null takes no arguments
  await flickr.test.null({ foo: 'bar' });
  // flickr.test.echo echoes anything.
  await flickr.test.echo({ foo: 'bar', n: 1 });
}
