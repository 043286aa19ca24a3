/**
 * npm run bench (last) — WordPress import throughput on a generated export of 1,000 posts and
 * 20,000 comments (BENCH_WXR_POSTS / BENCH_WXR_COMMENTS), on the playground's SQLite, side by
 * side with the floor: the same rows bulk-inserted with knex into the same tables, no parsing,
 * no field recovery, no bookkeeping. Also the parse alone and a second, unchanged import.
 * Prints ratios; never fails on a time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlayground } from '../tests/helpers/strapi';
import { backgroundWorkers } from '../tests/helpers/workers';
import { readWxr } from '../server/src/wordpress-import/wxr-reader';
import { newDocumentId } from '../server/src/document-id';

const POSTS = Number(process.env.BENCH_WXR_POSTS ?? 1000);
const COMMENTS = Number(process.env.BENCH_WXR_COMMENTS ?? 20000);
const PER_POST = Math.round(COMMENTS / POSTS);

const cdata = (text: string) => `<![CDATA[${text}]]>`;
const date = (n: number) => new Date(Date.UTC(2012, 0, 1) + n * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);

/** A blog's worth of posts: a title with a year, a rating line, a banner on some, Markdown-able HTML, threaded comments. */
const writeExport = async (file: string) => {
  const out = fs.createWriteStream(file);
  const write = (text: string) => (out.write(text) ? undefined : new Promise((resolve) => out.once('drain', () => resolve(undefined))));
  await write(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:excerpt="e" xmlns:content="c" xmlns:dc="d" xmlns:wp="w"><channel><wp:base_blog_url>https://bench.example</wp:base_blog_url>`);
  await write(`<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata('editor')}</wp:author_login><wp:author_display_name>${cdata('Bench Editor')}</wp:author_display_name></wp:author>`);
  let commentId = 0;
  for (let post = 1; post <= POSTS; post += 1) {
    const body = [
      post % 3 === 0 ? '<p><strong>Warning:</strong> this review contains spoilers.</p>' : '',
      `Rating: ${'★'.repeat(1 + (post % 5))}${'☆'.repeat(4 - (post % 5))}`,
      ...Array.from({ length: 6 }, (_, i) => `Paragraph ${i} of review ${post}: the <em>camera</em> lingers, the score swells, and [spoiler]the twist in act ${i}[/spoiler] lands.`),
    ].join('\n\n');
    const comments: string[] = [];
    const first = commentId + 1;
    for (let c = 0; c < PER_POST; c += 1) {
      commentId += 1;
      const parent = c % 3 === 2 ? commentId - 1 : 0;
      comments.push(
        `<wp:comment><wp:comment_id>${commentId}</wp:comment_id><wp:comment_author>${cdata(`Reader ${c}`)}</wp:comment_author><wp:comment_author_email>${cdata(`reader${c}@bench.example`)}</wp:comment_author_email><wp:comment_author_IP>${cdata(`192.0.2.${c % 250}`)}</wp:comment_author_IP><wp:comment_date_gmt>${cdata(date(post * 100 + c))}</wp:comment_date_gmt><wp:comment_content>${cdata(`${parent ? `@Reader ${c - 1} ` : ''}Comment ${commentId} on review ${post}, with a link https://example.org/${commentId} &amp; some text.`)}</wp:comment_content><wp:comment_approved>${cdata(c % 10 === 9 ? 'spam' : '1')}</wp:comment_approved><wp:comment_type>${cdata('comment')}</wp:comment_type><wp:comment_parent>${parent && parent >= first ? parent : 0}</wp:comment_parent></wp:comment>`
      );
    }
    await write(
      `<item><title>${cdata(`Bench Film ${post} (${1950 + (post % 70)})`)}</title><dc:creator>${cdata('editor')}</dc:creator><content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata(`Excerpt ${post}`)}</excerpt:encoded><wp:post_id>${post}</wp:post_id><wp:post_date_gmt>${cdata(date(post * 100))}</wp:post_date_gmt><wp:post_name>${cdata(`bench-film-${post}`)}</wp:post_name><wp:status>${cdata('publish')}</wp:status><wp:post_type>${cdata('post')}</wp:post_type><wp:comment_status>${cdata('open')}</wp:comment_status>${comments.join('')}</item>`
    );
  }
  await write('</channel></rss>');
  await new Promise<void>((resolve) => out.end(() => resolve()));
};

const seconds = (start: number) => (performance.now() - start) / 1000;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'film-reviews-wxr-bench-'));
  const file = path.join(dir, 'export.xml');
  await writeExport(file);
  const megabytes = fs.statSync(file).size / 1024 / 1024;
  console.log(`\n## WordPress import bench: ${POSTS} posts, ${POSTS * PER_POST} comments, ${round(megabytes)} MB export`);

  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const parseStart = performance.now();
  let items = 0;
  for await (const entry of readWxr(file)) {
    if ('item' in entry) items += 1;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const parse = seconds(parseStart);

  const app = await startPlayground();
  try {
    await backgroundWorkers(app.strapi).stop();
    const importer = app.strapi.plugin('film-reviews').service('wordpress-import');
    const firstStart = performance.now();
    const first = await importer.run(file);
    const firstRun = seconds(firstStart);
    const secondStart = performance.now();
    const second = await importer.run(file);
    const secondRun = seconds(secondStart);

    // The floor: the same number of review and comment rows, bulk-inserted straight into the tables.
    const knex = app.strapi.db.connection;
    const floorStart = performance.now();
    const now = new Date();
    for (let from = 0; from < POSTS; from += 200) {
      await knex('film_reviews').insert(
        Array.from({ length: Math.min(200, POSTS - from) }, (_, i) => ({ document_id: newDocumentId(), title: `Floor ${from + i}`, slug: `floor-${from + i}`, rating: 4, reviewer: 'Floor', body: 'x'.repeat(600), created_at: now, updated_at: now, published_at: now }))
      );
    }
    for (let from = 0; from < POSTS * PER_POST; from += 200) {
      await knex('film_reviews_reader_comments').insert(
        Array.from({ length: Math.min(200, POSTS * PER_POST - from) }, (_, i) => ({
          document_id: newDocumentId(), review_document_id: 'floor', author_name: 'Floor', author_email: `floor${from + i}@bench.example`, content: `Floor comment ${from + i}`, moderation_status: 'approved', created_at: now, updated_at: now, published_at: now,
        }))
      );
    }
    const floor = seconds(floorStart);

    const comments = first.totals.comments.created;
    const rows = [
      ['parse only (streaming)', parse, `${items} items, peak RSS +${round((peak - rssBefore) / 1024 / 1024)} MB for a ${round(megabytes)} MB file`],
      ['first import', firstRun, `${round(POSTS / firstRun)} posts/s, ${round(comments / firstRun)} comments/s`],
      ['second import (unchanged)', secondRun, `${second.totals.reviews.unchanged} unchanged, ${second.totals.comments.unchanged} comments unchanged`],
      ['floor: knex bulk insert of the same rows', floor, `${round(POSTS / floor)} posts/s, ${round((POSTS * PER_POST) / floor)} comments/s`],
    ] as const;
    console.log('| step | seconds | notes |\n|---|---|---|');
    for (const [step, time, notes] of rows) console.log(`| ${step} | ${round(time, 2)} | ${notes} |`);
    console.log(`first import / floor: ${round(firstRun / floor)}×; second import / first: ${round(secondRun / firstRun, 2)}×; parse share of the import: ${round((parse / firstRun) * 100)} %`);
    if (first.totals.reviews.created !== POSTS || comments !== POSTS * PER_POST) throw new Error(`imported ${first.totals.reviews.created} reviews and ${comments} comments`);
  } finally {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
