import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { contentManagerPath } from '../helpers/admin';
import { http } from '../helpers/http';
import { testJpeg, uploadFile } from '../helpers/upload';
import { waitFor } from '../helpers/wait';
import type { ApiContext } from './context';

const REVIEW_UID = 'plugin::film-reviews.film-review';
const JOB_UID = 'plugin::film-reviews.image-job';
const SCORECARD_UID = 'api::scorecard.scorecard';

const jobOf = (ctx: ApiContext, fileId: number) => ctx.strapi.db.query(JOB_UID).findOne({ where: { fileId } });
const waitDone = (ctx: ApiContext, fileId: number) =>
  waitFor(async () => {
    const job = await jobOf(ctx, fileId);
    if (job?.state === 'failed') throw new Error(`job failed: ${job.error}`);
    return job?.state === 'done' && job;
  }, 120_000, `the image job of file ${fileId}`);

export const imagesSuite = (ctx: ApiContext) =>
  describe('gallery field and image pipeline', () => {
    let wide: { id: number; url: string };
    let narrow: { id: number; url: string };

    it('queues a job on upload without processing it in the request', async () => {
      const started = Date.now();
      wide = await uploadFile(ctx.baseUrl, ctx.apiToken, 'wide.jpg', await testJpeg(2400, 1350), 'image/jpeg');
      const job = await jobOf(ctx, wide.id);
      assert.ok(job, 'a job row exists right after the upload');
      assert.ok(['queued', 'running'].includes(job.state), `state right after upload: ${job.state}`);
      assert.equal(job.result, null);
      narrow = await uploadFile(ctx.baseUrl, ctx.apiToken, 'narrow.jpg', await testJpeg(700, 400, 2), 'image/jpeg');
      assert.ok(Date.now() - started < 30_000);
    });

    it('refuses galleries with missing files, non-images, unknown keys, long texts or too many items', async () => {
      const text = await uploadFile(ctx.baseUrl, ctx.apiToken, 'notes.txt', Buffer.from('not an image'), 'text/plain');
      const before = await ctx.strapi.db.query(SCORECARD_UID).count();
      const cases: Array<[unknown, string[]]> = [
        [[{ file: 99999 }], ['stills.0.file']],
        [[{ file: text.id }], ['stills.0.file']],
        [[{ file: wide.id, colour: 'red' }], ['stills.0.colour']],
        [[{ file: wide.id, caption: 'x'.repeat(501) }], ['stills.0.caption']],
        [[{ file: wide.id, spoiler: 'yes' }], ['stills.0.spoiler']],
        [[{ file: wide.id }, { file: wide.id }], ['stills.1.file']],
        [[{ file: wide.id }, { file: narrow.id }, { file: 99997 }, { file: 99998 }], ['stills']],
        [{ file: wide.id }, ['stills']],
      ];
      for (const [stills, paths] of cases) {
        const response = await ctx.api.post('/api/scorecards', { data: { name: 'gallery', stills } });
        assert.equal(response.status, 400, JSON.stringify(stills));
        assert.equal(response.body.error.name, 'ValidationError');
        assert.deepEqual(response.body.error.details.errors.map((e: any) => e.path.join('.')), paths, JSON.stringify(stills));
        assert.match(response.body.error.message, /stills/);
      }
      assert.equal(await ctx.strapi.db.query(SCORECARD_UID).count(), before, 'nothing written');
      const viaAdmin = await ctx.admin.post(contentManagerPath(REVIEW_UID), {
        title: 'Gallery check',
        reviewer: 'T',
        gallery: [{ file: text.id }],
      });
      assert.equal(viaAdmin.status, 400);
      assert.match(viaAdmin.body.error.message, /gallery file \d+ is not an image/);
    });

    it('makes AVIF and WebP variants at the configured widths, served with the right type, and a placeholder', async () => {
      const job = await waitDone(ctx, wide.id);
      const result = typeof job.result === 'string' ? JSON.parse(job.result) : job.result;
      const widths = (format: string) => result.variants.filter((v: any) => v.format === format).map((v: any) => v.width);
      assert.deepEqual(widths('avif'), [480, 960, 1600]);
      assert.deepEqual(widths('webp'), [480, 960, 1600]);
      for (const variant of result.variants) {
        const response = await fetch(`${ctx.baseUrl}${variant.url}`);
        assert.equal(response.status, 200, variant.url);
        assert.equal(response.headers.get('content-type'), `image/${variant.format}`);
        const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
        assert.equal(meta.width, variant.width);
      }
      assert.ok(result.placeholder.dataUri.startsWith('data:image/webp;base64,'));
      assert.ok(result.placeholder.dataUri.length <= 1024, `data URI is ${result.placeholder.dataUri.length} bytes`);
      assert.match(result.placeholder.thumbhash, /^[A-Za-z0-9+/]+=*$/);
      assert.match(result.placeholder.color, /^#[0-9a-f]{6}$/);
    });

    it("makes the phone variant far lighter than the original and than Strapi's own large format", async () => {
      const job = await waitDone(ctx, wide.id);
      const file = await ctx.strapi.db.query('plugin::upload.file').findOne({ where: { id: wide.id } });
      const phone = Math.min(...job.result.variants.filter((v: any) => v.width === 960).map((v: any) => v.bytes));
      const original = Math.round(file.size * 1024);
      const large = Math.round(file.formats.large.size * 1024);
      console.log(`phone variant ${phone} B = ${((phone / original) * 100).toFixed(1)}% of the original, ${((phone / large) * 100).toFixed(1)}% of Strapi's large (${file.formats.large.width} px)`);
      assert.ok(phone <= original * 0.05, 'at most 5% of the original');
      assert.ok(phone <= large * 0.35, "at most 35% of Strapi's large format");
    });

    it('never upscales', async () => {
      const job = await waitDone(ctx, narrow.id);
      const result = typeof job.result === 'string' ? JSON.parse(job.result) : job.result;
      assert.deepEqual([...new Set(result.variants.map((v: any) => v.width))], [480]);
    });

    it('hydrates galleries in the standard REST output, keeping references for the admin', async () => {
      const created = await ctx.api.post('/api/scorecards', {
        data: { name: 'hydrated', stills: [{ file: narrow.id, caption: 'Second', spoiler: true }, { file: wide.id, alt: 'Wide' }] },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const { documentId } = created.body.data;
      const read = await ctx.api.get(`/api/scorecards/${documentId}`);
      const [first, second] = read.body.data.stills;
      assert.deepEqual(Object.keys(first).sort(), ['alt', 'bytes', 'caption', 'credit', 'height', 'id', 'mime', 'placeholder', 'sources', 'spoiler', 'url', 'width']);
      assert.equal(first.id, narrow.id);
      assert.equal(first.caption, 'Second');
      assert.equal(first.spoiler, true);
      assert.equal(second.alt, 'Wide');
      assert.equal(second.width, 2400);
      assert.deepEqual(second.sources.map((s: any) => s.type), ['image/avif', 'image/webp']);
      assert.match(second.sources[0].srcset, /^\/uploads\/\S+ 480w, \/uploads\/\S+ 960w, \/uploads\/\S+ 1600w$/);
      assert.ok(second.placeholder.thumbhash);
      const list = await ctx.api.get('/api/scorecards?filters[name][$eq]=hydrated');
      assert.equal(list.body.data[0].stills[1].id, wide.id);

      const admin = await ctx.admin.get(contentManagerPath(SCORECARD_UID, documentId));
      assert.deepEqual(admin.body.data.stills, [{ file: narrow.id, caption: 'Second', spoiler: true }, { file: wide.id, alt: 'Wide' }]);
    });

    it('serves the original with empty sources until the job has run', async () => {
      await ctx.strapi.plugin('film-reviews').service('image-worker').stop();
      try {
        const fresh = await uploadFile(ctx.baseUrl, ctx.apiToken, 'fresh.jpg', await testJpeg(600, 300, 3), 'image/jpeg');
        const created = await ctx.api.post('/api/scorecards', { data: { name: 'fresh', stills: [{ file: fresh.id }] } });
        const [item] = created.body.data.stills;
        assert.equal(item.url, fresh.url);
        assert.deepEqual(item.sources, []);
        assert.equal(item.placeholder, null);
      } finally {
        ctx.strapi.plugin('film-reviews').service('image-worker').start();
      }
    });

    it('removes a deleted file from every gallery, clears the cover and deletes its variants', async () => {
      const doomed = await uploadFile(ctx.baseUrl, ctx.apiToken, 'doomed.jpg', await testJpeg(1000, 600, 4), 'image/jpeg');
      const job = await waitDone(ctx, doomed.id);
      const variantPaths = job.result.variants.map((v: any) => path.join(process.env.PUBLIC_DIR!, v.url));
      assert.ok(variantPaths.every((p: string) => fs.existsSync(p)));
      const review = await ctx.admin.post(contentManagerPath(REVIEW_UID), {
        title: 'Pruning',
        reviewer: 'T',
        cover: doomed.id,
        gallery: [{ file: wide.id }, { file: doomed.id, caption: 'gone soon' }, { file: narrow.id }],
      });
      assert.equal(review.status, 201, JSON.stringify(review.body));
      const card = await ctx.api.post('/api/scorecards', { data: { name: 'pruning', stills: [{ file: doomed.id }] } });

      const deleted = await ctx.api.del(`/api/upload/files/${doomed.id}`);
      assert.equal(deleted.status, 200);

      const stored = await ctx.admin.get(contentManagerPath(REVIEW_UID, review.body.data.documentId));
      assert.deepEqual(stored.body.data.gallery.map((item: any) => item.file), [wide.id, narrow.id]);
      assert.equal(stored.body.data.cover, null);
      const storedCard = await ctx.strapi.db.query(SCORECARD_UID).findOne({ where: { documentId: card.body.data.documentId } });
      assert.deepEqual(storedCard.stills, []);
      assert.equal(await jobOf(ctx, doomed.id), null);
      assert.ok(variantPaths.every((p: string) => !fs.existsSync(p)), 'variants deleted through the provider');
    });

    it('lets only one of two workers claim each job', async () => {
      const worker = ctx.strapi.plugin('film-reviews').service('image-worker');
      const jobs = ctx.strapi.plugin('film-reviews').service('image-jobs');
      await worker.stop();
      try {
        const fileIds = Array.from({ length: 20 }, (_, i) => 900_000 + i);
        await jobs.enqueue(fileIds);
        const claimAll = async (workerId: string) => {
          const claimed: number[] = [];
          for (let job = await jobs.claim(workerId); job; job = await jobs.claim(workerId)) claimed.push(job.fileId);
          return claimed;
        };
        const [a, b] = await Promise.all([claimAll('worker-a'), claimAll('worker-b')]);
        assert.equal(a.length + b.length, 20);
        assert.deepEqual([...a, ...b].sort(), [...fileIds].sort(), 'each job claimed exactly once');
        await ctx.strapi.db.query(JOB_UID).deleteMany({ where: { fileId: { $in: fileIds } } });
      } finally {
        worker.start();
      }
    });

    it('retries a failing job with backoff and keeps its error', async () => {
      const jobs = ctx.strapi.plugin('film-reviews').service('image-jobs');
      const worker = ctx.strapi.plugin('film-reviews').service('image-worker');
      await worker.stop();
      try {
        const broken = await uploadFile(ctx.baseUrl, ctx.apiToken, 'broken.jpg', await testJpeg(500, 300, 5), 'image/jpeg');
        // The original disappears from the provider's storage: processing must fail, not crash.
        fs.rmSync(path.join(process.env.PUBLIC_DIR!, broken.url));
        const job = await jobs.claim(worker.workerId);
        assert.equal(job.fileId, broken.id);
        await jobs.fail(job, worker.workerId, new Error('ENOENT: original missing'));
        const after = await jobOf(ctx, broken.id);
        assert.equal(after.state, 'queued');
        assert.equal(after.attempts, 1);
        assert.equal(after.error, 'ENOENT: original missing');
        assert.ok(new Date(after.runAfter).getTime() > Date.now() + 5_000, 'retried later, not at once');
        await ctx.strapi.db.query(JOB_UID).update({ where: { id: after.id }, data: { attempts: 4, runAfter: new Date() } });
        const last = await jobs.claim(worker.workerId);
        await jobs.fail(last, worker.workerId, new Error('still missing'));
        assert.equal((await jobOf(ctx, broken.id)).state, 'failed');

        const status = await ctx.admin.get('/film-reviews/images/status');
        assert.equal(status.status, 200);
        assert.ok(status.body.data.counts.failed >= 1);
        assert.equal(status.body.data.failed[0].fileName, 'broken.jpg');
        assert.equal(status.body.data.failed[0].error, 'still missing');
        const retried = await ctx.admin.post(`/film-reviews/images/jobs/${last.id}/retry`);
        assert.equal(retried.status, 200);
        assert.equal((await jobOf(ctx, broken.id)).state, 'queued');
        assert.equal((await ctx.admin.post('/film-reviews/images/jobs/999999/retry')).status, 404);
        await ctx.strapi.db.query(JOB_UID).delete({ where: { id: last.id } });
      } finally {
        worker.start();
      }
    });

    it('resumes queued jobs after a restart', async () => {
      await ctx.strapi.plugin('film-reviews').service('image-worker').stop();
      const pending = await uploadFile(ctx.baseUrl, ctx.apiToken, 'pending.jpg', await testJpeg(900, 500, 6), 'image/jpeg');
      assert.equal((await jobOf(ctx, pending.id)).state, 'queued');
      await ctx.restart();
      await waitDone(ctx, pending.id);
    });

    it('backfills images that have no job', async () => {
      const orphan = await uploadFile(ctx.baseUrl, ctx.apiToken, 'orphan.jpg', await testJpeg(640, 360, 7), 'image/jpeg');
      await waitFor(async () => (await jobOf(ctx, orphan.id)) !== null, 10_000, 'the upload job');
      await ctx.strapi.db.query(JOB_UID).delete({ where: { fileId: orphan.id } });
      const response = await ctx.admin.post('/film-reviews/images/backfill');
      assert.equal(response.status, 200);
      assert.ok(response.body.data.queued >= 1, 'the orphan (and any other image without a job) is queued');
      await waitDone(ctx, orphan.id);
    });

    it("sums a review's original and phone bytes for its page weight", async () => {
      const weight = ctx.strapi.plugin('film-reviews').service('page-weight');
      const wideJob = await waitDone(ctx, wide.id);
      const files = await ctx.strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: [wide.id, narrow.id] } } });
      const original = files.reduce((sum: number, f: any) => sum + Math.round(f.size * 1024), 0);
      const result = await weight.forReview({ cover: { id: wide.id }, gallery: [{ file: wide.id }, { file: narrow.id }] });
      assert.equal(result.count, 2, 'the cover repeated in the gallery counts once');
      assert.equal(result.originalBytes, original);
      const at960 = wideJob.result.variants.filter((v: any) => v.width === 960).map((v: any) => v.bytes);
      const narrowJob = await waitDone(ctx, narrow.id);
      const narrowPhone = Math.min(...narrowJob.result.variants.map((v: any) => v.bytes));
      assert.equal(result.optimizedBytes, Math.min(...at960) + narrowPhone);
      assert.ok(result.optimizedBytes < result.originalBytes);
    });

    it('protects the images admin routes with RBAC on the server', async () => {
      const editorRole = await ctx.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
      await ctx.strapi.service('admin::user').create({
        email: 'no-images@test.local',
        password: 'Editor12345!',
        firstname: 'No',
        lastname: 'Images',
        isActive: true,
        registrationToken: null,
        roles: [editorRole.id],
      });
      const login = await http(ctx.baseUrl).post('/admin/login', { email: 'no-images@test.local', password: 'Editor12345!' });
      const editor = http(ctx.baseUrl, login.body.data.token);
      assert.equal((await editor.get('/film-reviews/images/status')).status, 403);
      assert.equal((await editor.post('/film-reviews/images/backfill')).status, 403);
      assert.equal((await editor.post('/film-reviews/images/jobs/1/retry')).status, 403);
      assert.equal((await http(ctx.baseUrl).get('/film-reviews/images/status')).status, 401);
    });
  });
