import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { encodeBlockJpeg } from '../src/state/jpeg.js';
import { sniffDimensions, sniffType } from '../src/upload/sniff.js';
import { harness, type Harness } from './helpers/emulator.js';

const CHROMIUM = '/usr/bin/chromium';

describe('generated JPEG files', () => {
  it('are baseline JPEGs whose header states their size', () => {
    const jpeg = encodeBlockJpeg(64, 48, (x, y) => [x * 30, y * 40, 128]);
    assert.deepEqual(sniffType(jpeg), { format: 'jpg', mime: 'image/jpeg', media: 'photo' });
    assert.deepEqual(sniffDimensions(jpeg, 'jpg'), { width: 64, height: 48 });
    assert.deepEqual([...jpeg.subarray(-2)], [0xff, 0xd9]);
  });

  it(
    'decode in a real browser to the colours they were painted with',
    { skip: !existsSync(CHROMIUM) },
    async () => {
      const { chromium } = await import('playwright-core');
      const jpeg = encodeBlockJpeg(64, 48, (x, y) => [x * 30, y * 40, 128]);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage();
        // Plain JavaScript source: the page has no TypeScript helpers and no DOM types here.
        const script = `(async () => {
        const image = new Image();
        image.src = 'data:image/jpeg;base64,${jpeg.toString('base64')}';
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const at = (x, y) => [...context.getImageData(x, y, 1, 1).data].slice(0, 3);
        const size = { width: image.naturalWidth, height: image.naturalHeight };
        return { ...size, last: at(63, 47), mid: at(20, 12) };
      })()`;
        const pixels = (await page.evaluate(script)) as {
          width: number;
          height: number;
          last: number[];
          mid: number[];
        };
        assert.equal(pixels.width, 64);
        assert.equal(pixels.height, 48);
        const near = (actual: number[], expected: number[]) =>
          actual.every((value, i) => Math.abs(value - (expected[i] ?? 0)) <= 3);
        assert.ok(near(pixels.last, [210, 200, 128]), String(pixels.last));
        assert.ok(near(pixels.mid, [60, 40, 128]), String(pixels.mid));
      } finally {
        await browser.close();
      }
    },
  );
});

describe('image URLs', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.emu.close());

  it('serve every listed size, answer HEAD, and 404 a wrong secret or server', async () => {
    const list = await h.json({ method: 'flickr.photos.getRecent', per_page: '1' });
    const photo = list.photos.photo[0];
    const sizes = (await h.json({ method: 'flickr.photos.getSizes', photo_id: photo.id })).sizes
      .size;
    for (const size of sizes) {
      const response = await fetch(size.source);
      assert.equal(response.status, 200, size.source);
      assert.equal(response.headers.get('content-type'), 'image/jpeg');
      await response.arrayBuffer();
    }
    const head = await fetch(sizes[0].source, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.ok(Number(head.headers.get('content-length')) > 0);
    const wrongServer = await fetch(sizes[0].source.replace(`/${photo.server}/`, '/1/'));
    assert.equal(wrongServer.status, 404);
    await wrongServer.arrayBuffer();
    const wrongSecret = await fetch(sizes[0].source.replace(photo.secret, 'abcdef0123'));
    assert.equal(wrongSecret.status, 404);
    await wrongSecret.arrayBuffer();
  });
});
