import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlickrResponseFormatError, parseXml, readXmlReply } from '../../src/index.js';

const PHOTO = `<?xml version="1.0" encoding="utf-8" ?>
<rsp stat="ok">
<photo id="2733" secret="123456" server="12" isfavorite="0">
\t<owner nsid="12037949754@N01" username="Bees" realname="Cal Henderson" />
\t<title>orford_castle_taster</title>
\t<description>hello! &lt;b&gt;bold&lt;/b&gt; &amp; &#233;t&#xE9;</description>
\t<tags>
\t\t<tag id="1234" author="12037949754@N01" raw="woo yay">wooyay</tag>
\t\t<tag id="1235" author="12037949754@N01" raw="hoopla">hoopla</tag>
\t</tags>
</photo>
</rsp>`;

describe('XmlElement', () => {
  const rsp = readXmlReply(PHOTO, 'flickr.photos.getInfo');

  it('exposes name, attributes, text and children', () => {
    const photo = rsp.find('photo');
    assert.equal(rsp.name, 'rsp');
    assert.equal(photo?.attr('id'), '2733');
    assert.equal(photo?.attr('missing'), undefined);
    assert.deepEqual(photo?.children.map((c) => c.name), ['owner', 'title', 'description', 'tags']);
    assert.equal(photo?.text(), '', 'layout whitespace is not text');
  });

  it('decodes entity references in text', () => {
    assert.equal(rsp.text('photo/description'), 'hello! <b>bold</b> & été');
  });

  it('finds by path, wildcard and at any depth', () => {
    assert.deepEqual(rsp.findAll('photo/tags/tag').map((t) => t.text()), ['wooyay', 'hoopla']);
    assert.deepEqual(rsp.findAll('photo/*/tag').map((t) => t.attr('raw')), ['woo yay', 'hoopla']);
    assert.equal(rsp.findAll('.//tag').length, 2);
    assert.equal(rsp.find('.//owner')?.attr('realname'), 'Cal Henderson');
    assert.equal(rsp.find('photo/nothing'), undefined);
    assert.equal(rsp.text('photo/nothing'), undefined);
    assert.equal(rsp.find('photo')?.text('title'), 'orford_castle_taster');
  });

  it('serializes to a plain object for logging', () => {
    const json = JSON.parse(JSON.stringify(rsp.find('photo/owner'))) as Record<string, unknown>;
    assert.deepEqual(json, {
      name: 'owner',
      attributes: { nsid: '12037949754@N01', username: 'Bees', realname: 'Cal Henderson' },
      text: '',
      children: [],
    });
  });

  it('rejects malformed XML with the position in the cause', () => {
    const malformed = (): unknown => parseXml('<rsp stat="ok"><a></rsp>', 'flickr.test.echo');
    assert.throws(malformed, (error: unknown) => {
      assert.ok(error instanceof FlickrResponseFormatError);
      assert.match(String((error.cause as Error).message), /line 1/);

      return true;
    });
  });
});
