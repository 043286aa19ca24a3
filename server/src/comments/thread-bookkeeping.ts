import type { Core } from '@strapi/strapi';
import { commentHtml } from './comment-html';
import { commentStore } from './comment-store';
import { getService } from '../get-service';
import { storedTime } from '../database';

const BACKFILL_BATCH = 500;
const RECOMPUTE_BATCH = 100;

/** Whether `a` comes after `b` in posting order (time, then id). */
const postedAfter = (a: { createdAt: unknown; id: number }, b: { createdAt: unknown; id: number }) =>
  storedTime(a.createdAt) > storedTime(b.createdAt) || (storedTime(a.createdAt) === storedTime(b.createdAt) && a.id > b.id);

/**
 * Keeps what the public thread needs on each comment (HTML, number, root, display parent, depth)
 * and a per-review version, counts and reader-rating sums (for the cards), at write and moderation time, so a read costs its page.
 * Writes that only append (a new approved comment, the common case) cost a few indexed
 * statements; anything else recomputes the affected reviews in a few set-based statements.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = commentStore(strapi);
  const maxDepth = async () => (await getService(strapi, 'settings').get()).maxThreadDepth as number;
  const inBatches = async (reviewIds: string[], work: (batch: string[]) => Promise<void>) => {
    for (let from = 0; from < reviewIds.length; from += RECOMPUTE_BATCH) await work(reviewIds.slice(from, from + RECOMPUTE_BATCH));
  };

  const service = {
    /** Recomputes the threads of these reviews (moderation, edits, deletes, imports). */
    async recompute(reviewIds: Array<string | null | undefined>) {
      const unique = [...new Set(reviewIds.filter((id): id is string => Boolean(id)))];
      if (unique.length === 0) return;
      await store.recomputeThreads(unique, await maxDepth());
    },

    /** After maxThreadDepth changes: every display parent may move. */
    async recomputeAll() {
      await inBatches(await store.reviewsWithComments(), service.recompute);
    },

    /**
     * Numbers a newly stored approved comment after the review's last one and hangs it under its
     * parent. Locking the review's thread comes first, so concurrent appends from several
     * instances number one after the other; the reads after it are locking reads, which see
     * the appends this one waited for.
     */
    async append(commentId: number) {
      const depth = await maxDepth();
      await store.appendInTransaction(async (thread) => {
        const comment = await thread.lockApproved(commentId);
        if (!comment) return;
        const review = comment.reviewDocumentId;
        // Numbers run 1..count.
        const count = await thread.lockThread(review);
        const last = count > 0 ? await thread.lockNumbered(review, count) : undefined;
        // Stored out of posting order (an import with old dates): numbers after it shift.
        if (last && postedAfter(last, comment)) return thread.recompute([review], depth);
        const parent = comment.parentDocumentId ? await thread.lockNumberedParent(review, comment.parentDocumentId) : undefined;
        // Under a root its author deleted, this reply may show the root again: the counts say whether.
        if (parent && parent.rootDeletedAt !== null) return thread.recompute([review], depth);
        const parentDepth = parent ? Number(parent.threadDepth) : -1;
        await thread.place(commentId, {
          number: count + 1,
          root: parent ? parent.threadRoot : comment.documentId,
          parent: parent ? (parentDepth < depth ? parent.documentId : parent.threadParent) : null,
          depth: parentDepth + 1,
        });
        await thread.countAppended(review, { root: !parent, rating: comment.rating });
      });
    },

    /**
     * The migration for comments stored before this bookkeeping existed (and after a raw import):
     * renders missing HTML in batches and recomputes every review with an unnumbered approved
     * comment. Cheap when there is nothing to do, so it runs on every start.
     */
    async backfill() {
      for (;;) {
        const batch = await store.withoutHtml(BACKFILL_BATCH);
        if (batch.length === 0) break;
        await store.saveHtml(batch.map((row) => ({ id: row.id, html: commentHtml(row.content ?? '') })));
      }
      await inBatches(await store.reviewsWithUnnumbered(), service.recompute);
    },
  };
  return service;
};
