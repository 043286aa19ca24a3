import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { itWithScreenshot, screenshot } from '../helpers/browser';
import { testJpeg } from '../helpers/upload';
import { waitFor } from '../helpers/wait';
import type { E2eContext } from './context';

const JOB_UID = 'plugin::film-reviews.image-job';

export const imagesPageSuite = (ctx: E2eContext) =>
  describe('images view', () => {
    const it = itWithScreenshot(() => ctx.page);
    const plugin = () => ctx.strapi.plugin('film-reviews');
    const count = (key: string) => ctx.page.locator(`[data-job-count="${key}"]`).innerText().then(Number);
    const progress = async () => {
      const value = await ctx.page.getByRole('progressbar').getAttribute('aria-valuenow');
      assert.notEqual(value, null, 'the progress bar exposes its value');
      return Number(value);
    };

    it('shows the progress bar moving while queued jobs run', async () => {
      const { page } = ctx;
      const worker = plugin().service('image-worker');
      await worker.stop();
      const uploads = [];
      for (const seed of [11, 12]) {
        const bytes = await testJpeg(1200, 700, seed);
        uploads.push(
          ctx.strapi.plugin('upload').service('upload').upload({
            data: { fileInfo: { name: `progress-${seed}.jpg` } },
            files: { filepath: await writeTemp(bytes, `progress-${seed}.jpg`), originalFilename: `progress-${seed}.jpg`, mimetype: 'image/jpeg', size: bytes.length },
          })
        );
      }
      await Promise.all(uploads);
      await page.goto(`${ctx.baseUrl}/admin/plugins/film-reviews/images`);
      await page.getByRole('progressbar').waitFor();
      await waitUntil(async () => (await count('queued')) >= 2);
      const before = await progress();
      assert.ok(before < 100, `progress with queued jobs: ${before}`);
      await screenshot(page, 'images-view-queued');
      worker.start();
      await waitUntil(async () => (await progress()) === 100, 120_000);
      assert.equal(await count('queued'), 0);
      await screenshot(page, 'images-view-done');
    });

    it('backfills images without variants from the button', async () => {
      const { page } = ctx;
      const someJob = await ctx.strapi.db.query(JOB_UID).findOne({ where: { state: 'done' } });
      await ctx.strapi.db.query(JOB_UID).delete({ where: { id: someJob.id } });
      await page.reload();
      const doneBefore = Number(await waitUntil(async () => (await count('done')) || false));
      await page.getByRole('button', { name: 'Backfill' }).click();
      await page.getByText('1 images queued').waitFor();
      await waitUntil(async () => (await count('done')) === doneBefore + 1, 120_000);
    });

    it('lists a failed job with its error and retries it', async () => {
      const { page } = ctx;
      const jobs = plugin().service('image-jobs');
      const job = await ctx.strapi.db.query(JOB_UID).findOne({ where: { state: 'done' } });
      await ctx.strapi.db.query(JOB_UID).update({ where: { id: job.id }, data: { state: 'failed', attempts: 5, error: 'decoder exploded' } });
      await page.reload();
      const row = page.locator(`[data-failed-job="${job.id}"]`);
      await row.getByText('decoder exploded').waitFor();
      await screenshot(page, 'images-view-failed');
      await row.getByRole('button', { name: 'Retry' }).click();
      await row.waitFor({ state: 'detached' });
      assert.notEqual((await jobs.counts()).failed, undefined);
      const after = await ctx.strapi.db.query(JOB_UID).findOne({ where: { id: job.id } });
      assert.ok(['queued', 'running', 'done'].includes(after.state), after.state);
    });
  });

const writeTemp = async (bytes: Buffer, name: string) => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-upload-')), name);
  fs.writeFileSync(file, bytes);
  return file;
};

/** Until the page shows what `probe` reads (a locator still rendering counts as not yet). */
const waitUntil = <T>(probe: () => Promise<T>, timeoutMs = 30_000) => waitFor(() => probe().catch(() => undefined), timeoutMs, 'the images view');
