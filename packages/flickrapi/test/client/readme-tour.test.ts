/**
 * The API tour of the root README, run against the emulator, so that the README cannot rot.
 * Keep the calls here in step with the README's code block.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from 'flickr-emulator';
import {
  FlickrAPI,
  FlickrApiError,
  FlickrHttpError,
  XmlElement,
  type FlickrResponse,
} from '../../src/index.js';

describe('README API tour', () => {
  let emulator: RunningEmulator;
  let flickr: FlickrAPI;
  let photoId: string;

  before(async () => {
    emulator = await startEmulator({});
    const user = emulator.users[0]!;
    const issued = emulator.issueAccessToken({ username: user.username, perms: 'write' });
    flickr = new FlickrAPI(emulator.apiKey, emulator.apiSecret, {
      endpoint: emulator.url,
      token: { ...issued, perms: 'write' },
      storeToken: false,
    });
    const own = await flickr.people.getPhotos({ user_id: 'me', per_page: 1 });
    const photos = own['photos'] as { photo: Array<{ id: string }> };
    photoId = photos.photo[0]!.id;
  });
  after(async () => {
    flickr.close();
    await emulator.close();
  });

  it('typed call: parsed JSON with the photo', async () => {
    const info = await flickr.photos.getInfo({ photo_id: photoId });

    assert.equal(info.stat, 'ok');
    assert.equal((info['photo'] as { id: string }).id, photoId);
  });

  it('call by name: a write, POSTed', async () => {
    const rsp: FlickrResponse = await flickr.call('flickr.photos.setMeta', {
      photo_id: photoId,
      title: 'Sunset',
    });

    assert.equal(rsp.stat, 'ok');
  });

  it('xml format: the element tree with path look-ups', async () => {
    const rsp = await flickr.photos.getInfo({ photo_id: photoId }, { format: 'xml' });

    assert.ok(rsp instanceof XmlElement);
    assert.equal(rsp.text('photo/title'), 'Sunset');
    assert.equal(typeof rsp.find('photo/owner')?.attr('username'), 'string');
  });

  it('errors: FlickrApiError with Flickr\'s code', async () => {
    await assert.rejects(
      flickr.photos.getInfo({ photo_id: 'nope' }, { timeout: 5_000 }),
      (error: unknown) => {
        assert.ok(error instanceof FlickrApiError);
        assert.ok(!(error instanceof FlickrHttpError));
        assert.equal(error.code, 1);
        assert.equal(typeof error.flickrMessage, 'string');

        return true;
      },
    );
  });
});
