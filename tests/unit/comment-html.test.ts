import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commentHtml, escapeHtml } from '../../server/src/comments/comment-html';

const link = (href: string, text = href) => `<a href="${href}" rel="nofollow ugc noopener">${text}</a>`;

describe('comment HTML', () => {
  it('escapes every character that could open markup or an attribute', () => {
    assert.equal(escapeHtml(`<b>&"'`), '&lt;b&gt;&amp;&quot;&#39;');
    assert.equal(commentHtml('<script>alert(1)</script> & <a href="x">y</a>'), '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;a href=&quot;x&quot;&gt;y&lt;/a&gt;</p>');
  });

  it('makes paragraphs at blank lines and <br> at single line breaks, whatever the line endings', () => {
    assert.equal(commentHtml('one\ntwo\n\nthree'), '<p>one<br>two</p><p>three</p>');
    assert.equal(commentHtml('a\r\nb\r\n\r\nc\rd'), '<p>a<br>b</p><p>c<br>d</p>');
    assert.equal(commentHtml('a\n \t \nb\n\n\n\nc'), '<p>a</p><p>b</p><p>c</p>', 'a line of spaces is blank');
    assert.equal(commentHtml('  \n\n  '), '');
  });

  it('links web addresses with rel="nofollow ugc noopener", keeping the surrounding text', () => {
    assert.equal(commentHtml('see (https://example.com/x) now'), `<p>see (${link('https://example.com/x')}) now</p>`);
    assert.equal(commentHtml('www.example.org'), `<p>${link('http://www.example.org', 'www.example.org')}</p>`);
  });

  it('escapes what a link carries, in its address and its text', () => {
    assert.equal(commentHtml('https://example.com/?a=1&b=2'), `<p>${link('https://example.com/?a=1&amp;b=2')}</p>`);
    assert.equal(commentHtml('https://example.com/"onmouseover="x'), `<p>${link('https://example.com/&quot;onmouseover=&quot;x')}</p>`);
  });

  it('links no script addresses nor email addresses', () => {
    assert.equal(commentHtml('javascript:alert(1)'), '<p>javascript:alert(1)</p>');
    assert.equal(commentHtml('write to reader@example.com'), '<p>write to reader@example.com</p>');
  });
});
