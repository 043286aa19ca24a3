import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { http } from '../helpers/http';
import { PLAYGROUND_DIR } from '../helpers/strapi';
import { backgroundWorkers } from '../helpers/workers';
import { waitFor } from '../helpers/wait';
import { startWordPressSite, type WordPressSite } from '../helpers/wordpress-site';
import type { ApiContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const COMMENT_UID = 'plugin::film-reviews.reader-comment';
const FILE_UID = 'plugin::upload.file';
const OUTBOX_UID = 'plugin::film-reviews.outbox-message';

/** Webhook events the import queued for a review: one review.comments-changed per import that changed its thread. */
const eventsFor = async (ctx: ApiContext, reviewDocumentId: string) =>
  (await ctx.strapi.db.query(OUTBOX_UID).findMany({ select: ['payload'], where: { kind: 'event', reviewDocumentId } })).map((row: any) =>
    (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload).event
  );

/** Uploads an export to the admin import route as the Import view does, then polls the run to its end. */
const importThroughAdmin = async (ctx: ApiContext, token: string, file: string, dryRun: boolean) => {
  const form = new FormData();
  form.append('dryRun', String(dryRun));
  form.append('file', new Blob([fs.readFileSync(file)], { type: 'text/xml' }), 'export.xml');
  const response = await fetch(`${ctx.baseUrl}/film-reviews/import/wordpress`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const started = await response.json();
  assert.equal(response.status, 202, JSON.stringify(started));
  const admin = http(ctx.baseUrl, token);
  const run = await waitFor(async () => {
    const { body } = await admin.get(`/film-reviews/import/runs/${started.data.id}`);
    return body.data.state === 'running' ? undefined : body.data;
  }, 120_000, 'the import run');
  assert.equal(run.state, 'done', run.error);
  return run.report;
};

const counts = async (ctx: ApiContext) => ({
  reviews: await ctx.strapi.db.query(REVIEW_UID).count({}),
  comments: await ctx.strapi.db.query(COMMENT_UID).count({}),
  files: await ctx.strapi.db.query(FILE_UID).count({}),
});

export const wordpressImportSuite = (ctx: ApiContext) =>
  describe('WordPress import', () => {
    let site: WordPressSite;
    let token: string;
    let exportFile: string;
    let firstReport: any;
    /** Slugs the import gave, from its report: the seed may hold a review of the same film already. */
    const slugOf = (wordpressId: string) => firstReport.posts.find((post: any) => post.wordpressId === wordpressId).slug as string;
    let SLUG: string;

    before(async () => {
      site = await startWordPressSite();
      exportFile = site.writeExport();
      token = ctx.admin.token;
    });
    after(async () => site?.close());

    it('refuses an import without a file or with a bad flag (400), and to an editor without the import permission (403)', async () => {
      const empty = new FormData();
      empty.append('dryRun', 'true');
      const missing = await fetch(`${ctx.baseUrl}/film-reviews/import/wordpress`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: empty });
      const body = await missing.json();
      assert.equal(missing.status, 400);
      assert.deepEqual(body.error.details.errors.map((error: any) => error.path), [['file']]);
      const flag = new FormData();
      flag.append('dryRun', 'maybe');
      flag.append('file', new Blob(['<rss/>']), 'export.xml');
      const bad = await fetch(`${ctx.baseUrl}/film-reviews/import/wordpress`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: flag });
      assert.equal(bad.status, 400);

      const editorRole = await ctx.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
      await ctx.strapi.service('admin::user').create({
        email: 'import-editor@test.local', password: 'Editor12345!', firstname: 'No', lastname: 'Import', isActive: true, registrationToken: null, roles: [editorRole.id],
      });
      const editorToken = (await http(ctx.baseUrl).post('/admin/login', { email: 'import-editor@test.local', password: 'Editor12345!' })).body.data.token;
      const refused = await fetch(`${ctx.baseUrl}/film-reviews/import/wordpress`, { method: 'POST', headers: { authorization: `Bearer ${editorToken}` }, body: flag });
      assert.equal(refused.status, 403);
      assert.equal((await http(ctx.baseUrl, editorToken).get('/film-reviews/import/runs/1')).status, 403);
    });

    it('a dry run reports what it would create and skip, and writes nothing', async () => {
      const before = await counts(ctx);
      const report = await importThroughAdmin(ctx, token, exportFile, true);
      assert.equal(report.dryRun, true);
      assert.deepEqual(report.totals.reviews, { created: 3, updated: 0, unchanged: 0, failed: 0 });
      assert.equal(report.totals.comments.created, 9);
      assert.equal(report.totals.comments.pingbacks, 1);
      assert.equal(report.totals.images.uploaded, 6);
      assert.deepEqual(await counts(ctx), before);
      assert.deepEqual(site.requests, [], 'a dry run downloads nothing');
    });

    it('imports the reference post: served like the seeded review, with its gallery, cover and thread', async () => {
      const before = await counts(ctx);
      firstReport = await importThroughAdmin(ctx, token, exportFile, false);
      SLUG = slugOf('10');
      assert.match(SLUG, /^never-let-me-go-2010(-\d+)?$/, 'the WordPress slug, made unique');
      assert.deepEqual(firstReport.totals.reviews, { created: 3, updated: 0, unchanged: 0, failed: 0 });
      assert.deepEqual(firstReport.totals.images, { uploaded: 6, reused: 2, failed: 0 }, 'the draft\'s gallery block reuses two stills');
      const after = await counts(ctx);
      assert.equal(after.reviews - before.reviews, 2 + 2 + 1, 'two published reviews (draft + published rows) and a draft');
      assert.equal(after.comments - before.comments, 9);
      assert.equal(after.files - before.files, 6);

      const detail = await ctx.api.get(`/api/film-reviews/reviews/${SLUG}`);
      assert.equal(detail.status, 200);
      const review = detail.body.data;
      assert.deepEqual(review.rating, { value: 4, max: 5 });
      assert.equal(review.spoilerWarning.level, 'major');
      assert.equal(review.advisories.spoilers.level, 'major');
      assert.match(review.advisories.spoilers.note, /may contain spoilers/);
      assert.deepEqual(review.film.title, 'Never Let Me Go');
      assert.equal(review.film.releaseYear, 2010);
      assert.deepEqual(review.reviewer, { name: 'Marta Quinn', url: null });
      assert.equal(review.publishedAt, '2015-03-14T09:30:00.000Z');
      assert.doesNotMatch(review.body, /Rating:|may contain spoilers|\[gallery/);
      assert.equal(review.advisories.spoilers.hiddenSpans, 2, 'the [spoiler] shortcode and the spoiler span');
      const shown = await ctx.api.get(`/api/film-reviews/reviews/${SLUG}?spoilers=show`);
      assert.match(shown.body.data.body, /\|\|the students of Hailsham were raised to donate their organs[^|]*\|\|/);
      assert.match(shown.body.data.body, /\|\|Tommy's scream by the roadside[^|]*\|\|/);

      assert.equal(review.gallery.length, 6);
      assert.deepEqual(review.gallery.map((image: any) => image.caption), [
        'Morning fog over the school grounds', 'The stranded boat on the beach', 'The Cottages in late autumn',
        'A corridor of pinned drawings', 'The recovery centre, white on white', 'A fence at the edge of a field',
      ]);
      assert.equal(review.gallery[1].alt, 'A rusted fishing boat stranded on wet sand');
      assert.equal(review.cover.id, review.gallery[0].id, 'the featured image is the cover');
      // Each still goes through the image pipeline: AVIF and WebP variants once its job has run.
      const withVariants = await waitFor(async () => {
        const { body } = await ctx.api.get(`/api/film-reviews/reviews/${SLUG}`);
        return body.data.gallery.every((image: any) => image.sources.length === 2) ? body.data : undefined;
      }, 120_000, 'the imported stills\' variants');
      assert.deepEqual(withVariants.gallery[0].sources.map((source: any) => source.type), ['image/avif', 'image/webp']);
      assert.ok(withVariants.advisories.images.optimizedBytes < withVariants.advisories.images.originalBytes / 5);

      const thread = await ctx.api.get(`/api/film-reviews/reviews/${SLUG}/comments`);
      assert.equal(thread.body.meta.totalComments, 5);
      assert.deepEqual(thread.body.data.map((comment: any) => [comment.number, comment.author.name]), [[1, 'Nadia'], [2, 'Bram'], [4, 'Ines'], [5, 'Theo']]);
      const reply = thread.body.data[0].replies[0];
      assert.equal(reply.number, 3);
      assert.equal(reply.author.name, 'Marta Quinn');
      assert.equal(reply.isEditorReply, true, 'the post author answering is an editor reply');
      assert.equal(reply.content, '@Nadia same here — the book prepares you differently. Thanks for reading!');
      assert.equal(thread.body.data[0].createdAt, '2015-03-14T12:02:00.000Z');
      assert.doesNotMatch(JSON.stringify(thread.body), /@readers\.example|203\.0\.113/);

      const stored = await ctx.strapi.db.query(COMMENT_UID).findMany({ where: { reviewDocumentId: review.documentId }, orderBy: { createdAt: 'asc' } });
      assert.deepEqual(stored.map((comment: any) => comment.moderationStatus), ['approved', 'approved', 'approved', 'approved', 'approved', 'spam', 'rejected']);
      assert.equal(stored[0].authorEmail, 'nadia@readers.example');
      assert.match(stored[0].ipHash, /^[0-9a-f]{64}$/);
      assert.doesNotMatch(JSON.stringify(stored), /203\.0\.113\.7/, 'the client address is kept only as its salted hash');
      assert.deepEqual(await eventsFor(ctx, review.documentId), ['review.comments-changed'], 'one event for the page, none per old comment');
    });

    it('recovers what the edge cases hold and reports what it could not, item by item', async () => {
      const amelie = await ctx.api.get(`/api/film-reviews/reviews/${slugOf('20')}`);
      assert.equal(amelie.status, 200);
      assert.equal(amelie.body.data.title, 'Amélie (2001) – Paris, à la carte');
      assert.deepEqual(amelie.body.data.film, { ...amelie.body.data.film, title: 'Amélie', releaseYear: 2001 });
      assert.deepEqual(amelie.body.data.rating, { value: 4, max: 5 }, '8/10 scaled to five stars');
      assert.equal(amelie.body.data.reviewer.name, 'Olu & Friends');
      assert.equal(amelie.body.data.body, 'Jean-Pierre Jeunet’s fairy tale of Montmartre is sweet & sharp at once — a café, a photo booth, a garden gnome that travels.');
      assert.equal(amelie.body.data.gallery.length, 0, 'its only image is missing from the export');
      const orphan = await ctx.api.get(`/api/film-reviews/reviews/${slugOf('20')}/comments`);
      assert.deepEqual(orphan.body.data.map((comment: any) => [comment.author.name, comment.replies.length]), [['Chloé', 0]]);
      assert.equal(orphan.body.data[0].content, 'Replying to a comment that no longer exists: the crème brûlée scene & the stones on the canal!');
      const closed = await ctx.api.post(`/api/film-reviews/reviews/${slugOf('20')}/comments`, { data: { authorName: 'A', authorEmail: 'a@b.example', content: 'Hello' } });
      assert.equal(closed.status, 403, 'comments were closed on WordPress');

      assert.equal((await ctx.api.get(`/api/film-reviews/reviews/${slugOf('30')}`)).status, 404, 'a WordPress draft stays a draft');
      const stalker = await ctx.strapi.db.query(REVIEW_UID).findOne({ where: { slug: slugOf('30') } });
      assert.equal(stalker.rating, null);
      assert.equal(stalker.body, 'Still thinking about the Zone. ||The Room is never entered.||');
      const gallery = typeof stalker.gallery === 'string' ? JSON.parse(stalker.gallery) : stalker.gallery;
      assert.deepEqual(gallery.map((item: any) => typeof item.file), ['number', 'number'], 'a gallery block reuses the attachments already imported');

      const byId = (id: string) => firstReport.posts.find((post: any) => post.wordpressId === id);
      assert.ok(byId('30').notes.includes('no rating found: left empty'));
      assert.equal(byId('30').status, 'draft');
      assert.ok(byId('20').notes.some((note: string) => /attachment 201 is not in the export/.test(note)));
      assert.ok(byId('20').notes.some((note: string) => /comment 601 replies to comment 999, which is not in the export/.test(note)));
      const skipped = firstReport.skipped.map((item: any) => `${item.kind} ${item.wordpressId}: ${item.reason}`);
      for (const expected of [
        'item 50: a page, not a post',
        'item 40: a post with status "trash"',
        "comment 508: a pingback, not a reader's comment",
        'image 201: not in the export',
      ]) {
        assert.ok(skipped.includes(expected), `${expected} in ${JSON.stringify(skipped)}`);
      }
    });

    it('a second import of the same export changes nothing and downloads nothing', async () => {
      const before = await counts(ctx);
      const requests = site.requests.length;
      const etag = (await ctx.api.get(`/api/film-reviews/reviews/${SLUG}/comments`)).headers.get('etag');
      const report = await importThroughAdmin(ctx, token, exportFile, false);
      assert.deepEqual(report.totals.reviews, { created: 0, updated: 0, unchanged: 3, failed: 0 });
      assert.deepEqual(report.totals.comments, { created: 0, updated: 0, unchanged: 9, skipped: 1, pingbacks: 1 });
      assert.equal(report.totals.images.uploaded, 0);
      assert.deepEqual(await counts(ctx), before);
      assert.equal(site.requests.length, requests);
      assert.equal((await ctx.api.get(`/api/film-reviews/reviews/${SLUG}/comments`)).headers.get('etag'), etag, 'the thread did not change');
      const reviewId = firstReport.posts.find((post: any) => post.wordpressId === '10').documentId;
      assert.deepEqual(await eventsFor(ctx, reviewId), ['review.comments-changed'], 'no event when nothing changed');
    });

    it('an edited export updates what changed, adds new comments under their parent, and a failing post does not stop the others', async () => {
      const edited = site.writeExport((xml) =>
        xml
          .replace('Four stars: beautiful, patient, and very sad.', 'Four stars: beautiful, patient, and very, very sad.')
          .replace('The boat looked real.', 'The boat looked so real.')
          .replace(
            '</wp:comment>\n\t</item>\n\n\t<item>\n\t\t<title><![CDATA[Amélie',
            `</wp:comment>
		<wp:comment><wp:comment_id>509</wp:comment_id><wp:comment_author><![CDATA[Bram]]></wp:comment_author><wp:comment_author_email><![CDATA[bram@readers.example]]></wp:comment_author_email><wp:comment_author_IP><![CDATA[198.51.100.23]]></wp:comment_author_IP><wp:comment_date_gmt><![CDATA[2015-04-01 10:00:00]]></wp:comment_date_gmt><wp:comment_content><![CDATA[@Ines Norfolk, I think: Holkham beach.]]></wp:comment_content><wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type><wp:comment_parent>504</wp:comment_parent></wp:comment>
	</item>

	<item>
		<title><![CDATA[Amélie`
          )
          // A byline longer than the field allows: this post fails on publish, the others go on.
          .replace('<wp:author_display_name><![CDATA[Olu &amp; Friends]]>', `<wp:author_display_name><![CDATA[${'Olu '.repeat(40)}]]>`)
      );
      const report = await importThroughAdmin(ctx, token, edited, false);
      assert.deepEqual(report.totals.reviews, { created: 0, updated: 1, unchanged: 1, failed: 1 });
      assert.equal(report.totals.comments.created, 1);
      assert.equal(report.totals.comments.updated, 1, 'the edited comment');
      const failed = report.posts.find((post: any) => post.action === 'failed');
      assert.equal(failed.wordpressId, '20');
      assert.ok(failed.notes.some((note: string) => note.startsWith('failed: ')), JSON.stringify(failed.notes));

      const review = (await ctx.api.get(`/api/film-reviews/reviews/${SLUG}`)).body.data;
      assert.match(review.body, /very, very sad/);
      const thread = (await ctx.api.get(`/api/film-reviews/reviews/${SLUG}/comments`)).body;
      assert.equal(thread.meta.totalComments, 6);
      const ines = thread.data.find((comment: any) => comment.author.name === 'Ines');
      assert.equal(ines.content, 'Does anyone know where the beach scenes were shot? The boat looked so real.');
      assert.deepEqual(ines.replies.map((comment: any) => [comment.number, comment.content]), [[6, '@Ines Norfolk, I think: Holkham beach.']]);
      assert.equal((await ctx.api.get(`/api/film-reviews/reviews/${slugOf('20')}`)).body.data.reviewer.name, 'Olu & Friends', 'the failed post left its review as it was');
    });
    it('imports from the command line inside the app (a dry run first lists each post), reading images from a copy of wp-content/uploads', async () => {
      // Another blog (its own site address) whose server is gone: every image must come from the folder.
      const offline = site.writeExport((xml) => xml.replaceAll(site.url, 'http://127.0.0.1:9'));
      const reportFile = path.join(path.dirname(offline), 'cli-report.json');
      const requests = site.requests.length;
      // SQLite takes one writer at a time: the running app's workers wait while the command writes (docs/wordpress-import.md says so).
      const worker = backgroundWorkers(ctx.strapi);
      await worker.stop();
      const cli = (...args: string[]) =>
        promisify(execFile)(process.execPath, [path.resolve(__dirname, '../../bin/film-reviews.js'), 'import-wordpress', offline, '--uploads', site.uploadsDir, ...args], {
          cwd: PLAYGROUND_DIR,
          env: process.env,
          timeout: 180_000,
        });
      const reviews = () => ctx.strapi.db.query('plugin::film-reviews.film-review').count({});
      const reviewsBefore = await reviews();
      let plan: string;
      let reviewsAfterDryRun: number;
      let stdout: string;
      try {
        plan = (await cli('--dry-run', '--report', path.join(path.dirname(offline), 'cli-dry-run.json'))).stdout;
        reviewsAfterDryRun = await reviews();
        stdout = (await cli('--report', reportFile)).stdout;
      } finally {
        await worker.start();
      }
      // The dry run says, on the terminal, what it would do with each post and why; it writes nothing.
      assert.equal(reviewsAfterDryRun, reviewsBefore, 'a dry run writes nothing');
      assert.match(plan, /Dry run \(nothing written\)/);
      assert.match(plan, /What the import would do, item by item \(5\):/);
      assert.match(plan, /create post 10 "Never Let Me Go \(2010\)": new, as a published review; \d+ comments to create/);
      assert.match(plan, /create post 30 "Notes on Stalker": new, as a draft\n(?: {11}- .*\n)* {11}- no rating found: left empty/);
      assert.match(plan, /- skipped comment 508: a pingback, not a reader's comment/);
      assert.match(plan, /skip {3}item 40 "An old draft I binned": a post with status "trash"/);
      assert.match(plan, /skip {3}item 50 "About": a page, not a post/);
      assert.match(stdout, /Reviews: {2}3 created, 0 updated, 0 unchanged, 0 failed/);
      assert.match(stdout, /Images: {3}6 uploaded, 2 reused, 0 failed/);
      const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
      assert.equal(report.site, '127.0.0.1:9');
      assert.equal(site.requests.length, requests, 'no download');
      const copySlug = report.posts.find((post: any) => post.wordpressId === '10').slug;
      assert.notEqual(copySlug, SLUG, 'a second blog\'s post with the same slug gets the next free one');
      const copy = await ctx.api.get(`/api/film-reviews/reviews/${copySlug}`);
      assert.equal(copy.status, 200);
      assert.equal(copy.body.data.gallery.length, 6);
    });
  });
