/**
 * The upload progress display: bars on a terminal, plain result lines in a pipe.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';

import { Output, type CliIo } from '../../src/cli/output.js';
import { formatBytes, UploadProgress } from '../../src/cli/upload-progress.js';

function capture(tty: boolean): { io: CliIo; stdout: () => string; stderr: () => string } {
  const make = () => {
    const stream = Object.assign(new PassThrough(), { isTTY: tty, columns: 100 });
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));

    return { stream, text: () => text };
  };
  const out = make();
  const err = make();

  return {
    io: { stdout: out.stream, stderr: err.stream, stdin: new PassThrough(), env: {} },
    stdout: out.text,
    stderr: err.text,
  };
}

const FILES = [{ name: 'a.jpg', size: 2000 }, { name: 'b.jpg', size: 3000 }];

describe('UploadProgress', () => {
  test('in a pipe: one line per finished file, at once, and no control characters', () => {
    const { io, stdout, stderr } = capture(false);
    const progress = new UploadProgress(new Output(io), FILES);

    progress.update(0, 1000);
    progress.done(0, '11\ta.jpg');
    assert.equal(stdout(), '11\ta.jpg\n', 'printed as soon as the file is done');
    progress.failed(1, 'upload: Flickr error 5: Filetype was not recognised');
    progress.stop();

    assert.equal(stdout(), '11\ta.jpg\n');
    assert.equal(stderr(), 'flickr: b.jpg: upload: Flickr error 5: Filetype was not recognised\n');
    assert.doesNotMatch(stdout() + stderr(), /\u001b/);
  });

  test('on a terminal: a bar per file and a total, results after the bars', () => {
    const { io, stdout, stderr } = capture(true);
    const progress = new UploadProgress(new Output(io), FILES);

    progress.update(0, 2000);
    progress.done(0, '11\ta.jpg');
    progress.update(1, 1500);
    assert.equal(stdout(), '', 'results wait until the bars are gone');
    progress.done(1, '12\tb.jpg');
    progress.stop();

    assert.equal(stdout(), '11\ta.jpg\n12\tb.jpg\n');
    assert.match(stderr(), /\[#{30}\] 100% 2\.0 kB\/2\.0 kB {2}a\.jpg/);
    assert.match(stderr(), /\[#{30}\] 100% 3\.0 kB\/3\.0 kB {2}b\.jpg/);
    assert.match(stderr(), /\[#{30}\] 100% 5\.0 kB\/5\.0 kB {2}total \(2 files\)/);
  });

  test('formatBytes reads like people write sizes', () => {
    assert.deepEqual([812, 14_200, 3_100_000, 4_294_967_296].map(formatBytes),
      ['812 B', '14.2 kB', '3.1 MB', '4.29 GB']);
  });
});
