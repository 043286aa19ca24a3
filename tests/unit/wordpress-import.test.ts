import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readRating, ratingLine } from '../../server/src/wordpress-import/rating-text';
import { convertPostBody } from '../../server/src/wordpress-import/post-body';
import { commentFromWordPress } from '../../server/src/wordpress-import/comment-fields';
import { readWxr, type WxrComment } from '../../server/src/wordpress-import/wxr-reader';

const FIVE_HALVES = { max: 5, halfStars: true };
const noAttachment = () => undefined;

describe('WordPress import: ratings', () => {
  it('reads stars, fractions and numbers onto the field scale', () => {
    assert.deepEqual(readRating('★★★★☆', FIVE_HALVES), { value: 4 });
    assert.deepEqual(readRating('★★★½', FIVE_HALVES), { value: 3.5 });
    assert.deepEqual(readRating('★★★★★☆☆☆☆☆', FIVE_HALVES), { value: 2.5 });
    assert.deepEqual(readRating('4/5', FIVE_HALVES), { value: 4 });
    assert.deepEqual(readRating('8/10', FIVE_HALVES), { value: 4 });
    assert.deepEqual(readRating('7 out of 10', FIVE_HALVES), { value: 3.5 });
    assert.deepEqual(readRating('3,5', FIVE_HALVES), { value: 3.5 });
    assert.deepEqual(readRating('8/10', { max: 10, halfStars: false }), { value: 8 });
  });

  it('rounds onto the step with a note, and refuses what is not a rating instead of guessing', () => {
    assert.deepEqual(readRating('7/9', FIVE_HALVES), { value: 4, note: 'rating "7/9" rounded to 4 of 5' });
    assert.ok('problem' in readRating('0/5', FIVE_HALVES));
    assert.ok('problem' in readRating('12', FIVE_HALVES));
    assert.ok('problem' in readRating('a masterpiece', FIVE_HALVES));
    assert.ok('problem' in readRating('4/0', FIVE_HALVES));
  });

  it('knows a rating line from prose', () => {
    assert.equal(ratingLine('Rating: ★★★★☆'), '★★★★☆');
    assert.equal(ratingLine('My rating – 8/10'), '8/10');
    assert.equal(ratingLine('Rating: 4 stars'), '4');
    assert.equal(ratingLine('★★★½'), '★★★½');
    assert.equal(ratingLine('4/5'), '4/5');
    assert.equal(ratingLine('Verdict: a masterpiece'), undefined);
    assert.equal(ratingLine('I saw it 4 times'), undefined);
  });
});

describe('WordPress import: post bodies', () => {
  it('turns classic-editor text into paragraphs and pulls out the banner, the rating line and the gallery', () => {
    const body = convertPostBody(
      '<p><strong>Warning:</strong> this post contains spoilers.</p>\n\nRating: ★★★★☆\n\nFirst paragraph,\nsecond line.\n\n[gallery ids="7, 8,9"]\n\nLast &amp; final.',
      noAttachment
    );
    assert.equal(body.spoilerBanner, 'Warning: this post contains spoilers.');
    assert.equal(body.ratingText, '★★★★☆');
    assert.deepEqual(body.gallery, ['7', '8', '9']);
    assert.equal(body.markdown, 'First paragraph,  \nsecond line.\n\nLast & final.');
  });

  it('marks [spoiler] shortcodes and spoiler spans as ||…||, keeping Markdown around them', () => {
    const body = convertPostBody('<p>Before [spoiler title="x"]the <em>twist</em>[/spoiler] and <span class="spoiler">the end</span>.</p>', noAttachment);
    assert.equal(body.markdown, 'Before ||the *twist*|| and ||the end||.');
  });

  it('takes gallery blocks apart: their images become gallery items, not inline images', () => {
    const body = convertPostBody(
      '<!-- wp:gallery --><figure class="wp-block-gallery"><figure class="wp-block-image"><img src="https://blog.example/a-1024x576.jpg" class="wp-image-12"/></figure><figure><img src="https://blog.example/b.jpg" data-id="13"/></figure></figure><!-- /wp:gallery --><!-- wp:paragraph --><p>Text <img src="https://elsewhere.example/c.png" alt="C"/></p><!-- /wp:paragraph -->',
      noAttachment
    );
    assert.deepEqual(body.gallery, ['12', '13']);
    assert.deepEqual(body.inlineImages, []);
    assert.deepEqual(body.externalImages, ['https://elsewhere.example/c.png']);
    assert.equal(body.markdown, 'Text ![C](https://elsewhere.example/c.png)');
  });

  it('points inline attachments at a placeholder until they are uploaded, and names unknown shortcodes', () => {
    const body = convertPostBody('<p><img class="alignnone wp-image-5" src="https://blog.example/x.jpg" alt="X"/> [embed]https://video.example[/embed]</p>', noAttachment);
    assert.deepEqual(body.inlineImages, ['5']);
    assert.match(body.markdown, /!\[X\]\(wp-attachment:5\)/);
    assert.deepEqual(body.unknownShortcodes, ['embed']);
  });

  it('leaves a paragraph that only talks about spoilers at length in the body', () => {
    const long = `This film contains spoilers ${'and a lot more to say '.repeat(30)}`;
    assert.equal(convertPostBody(`<p>${long}</p>`, noAttachment).spoilerBanner, undefined);
  });
});

describe('WordPress import: comments', () => {
  const comment = (fields: Partial<WxrComment>): WxrComment => ({
    id: '1', author: 'Ann', email: 'Ann@Example.org', url: '', ip: '192.0.2.1', date: '2015-03-14 12:00:00', content: 'Hi', approved: '1', type: 'comment', parent: '0', userId: '0', ...fields,
  });

  it('maps WordPress statuses and skips pingbacks and trackbacks', () => {
    assert.equal((commentFromWordPress(comment({ approved: '1' })) as any).moderationStatus, 'approved');
    assert.equal((commentFromWordPress(comment({ approved: '0' })) as any).moderationStatus, 'pending');
    assert.equal((commentFromWordPress(comment({ approved: 'spam' })) as any).moderationStatus, 'spam');
    assert.equal((commentFromWordPress(comment({ approved: 'trash' })) as any).moderationStatus, 'rejected');
    assert.deepEqual(commentFromWordPress(comment({ type: 'pingback' })), { skip: 'pingback' });
    assert.deepEqual(commentFromWordPress(comment({ type: 'trackback' })), { skip: 'trackback' });
  });

  it('stores the text as the reader meant it, lower-cases the email and notes what it had to replace', () => {
    const mapped = commentFromWordPress(
      comment({ content: 'Loved it &amp; <a href="https://x.example">this</a>.\n\nSecond paragraph.', email: 'not-an-email', url: 'javascript:alert(1)', author: '' })
    ) as any;
    assert.equal(mapped.content, 'Loved it & this (https://x.example).\n\nSecond paragraph.');
    assert.equal(mapped.authorEmail, 'wordpress-comment-1@invalid');
    assert.equal(mapped.authorUrl, null);
    assert.equal(mapped.authorName, 'Anonymous');
    assert.equal(mapped.notes.length, 3);
    assert.equal((commentFromWordPress(comment({})) as any).authorEmail, 'ann@example.org');
    assert.equal((commentFromWordPress(comment({})) as any).createdAt.toISOString(), '2015-03-14T12:00:00.000Z');
  });
});

describe('WordPress import: reading the export', () => {
  it('streams a large export item by item, with CDATA, entities and unicode intact', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxr-'));
    const file = path.join(dir, 'big.xml');
    const out = fs.createWriteStream(file);
    out.write('<?xml version="1.0"?><rss xmlns:wp="x" xmlns:content="y" xmlns:dc="z"><channel><link>https://blog.example</link><wp:base_blog_url>https://blog.example/films</wp:base_blog_url>');
    const body = `<p>${'Ünïcode &amp; text ]] &gt; '.repeat(200)}</p>`;
    for (let id = 1; id <= 2000; id += 1) {
      out.write(`<item><title>Film &#8220;${id}&#8221; (2001)</title><wp:post_id>${id}</wp:post_id><wp:post_type>post</wp:post_type><content:encoded><![CDATA[${body} </item> inside CDATA]]></content:encoded><wp:comment><wp:comment_id>${id}0</wp:comment_id><wp:comment_content><![CDATA[hi]]></wp:comment_content></wp:comment></item>`);
    }
    out.end('</channel></rss>');
    await new Promise<void>((resolve) => out.on('finish', () => resolve()));

    let items = 0;
    let channel: any;
    for await (const entry of readWxr(file)) {
      if ('channel' in entry) channel = entry.channel;
      else {
        items += 1;
        if (items === 1) {
          assert.equal(entry.item.title, 'Film “1” (2001)');
          assert.ok(entry.item.content.endsWith(' </item> inside CDATA'));
          assert.ok(entry.item.content.includes('Ünïcode &amp; text ]] &gt; '), 'CDATA is kept as written');
          assert.equal(entry.item.comments[0].id, '10');
        }
      }
    }
    assert.equal(items, 2000);
    assert.equal(channel.siteUrl, 'https://blog.example/films', 'the blog URL wins over the channel link');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
