import { before } from 'node:test';
import type { Core } from '@strapi/strapi';
import { seedContent, seedThread } from '../../playground/scripts/seed';

const REVIEW_UID = 'plugin::film-reviews.film-review';

/**
 * Registers a `before` hook seeding the demo content (the reference review with its gallery,
 * French version and thread, the other demo reviews, a draft): for a suite that reads it. The
 * seed is keyed by title, so whichever suite asks first writes it and the others find it.
 */
export const usesDemoContent = (ctx: { strapi: Core.Strapi }) => before(() => seedContent(ctx.strapi));

export interface OwnReview {
  documentId: string;
  slug: string;
  title: string;
}

/** A published review open to comments, for a suite whose counts must not meet another suite's comments. */
export const createReview = async (strapi: Core.Strapi, title: string, { withThread = false } = {}): Promise<OwnReview> => {
  const review = await strapi.documents(REVIEW_UID as any).create({
    data: { title, reviewer: 'Test Reviewer', rating: 3, film: { title, releaseYear: 2001, credits: [] } } as any,
    status: 'published',
  });
  if (withThread) await seedThread(strapi, review.documentId);
  return { documentId: review.documentId, slug: review.slug, title };
};

/**
 * Sets when a version of a review last changed, below the timestamps Strapi keeps (which an
 * `updateMany` leaves alone): for an order or a modified status that does not hang on the clock.
 */
const setUpdatedAt = (strapi: Core.Strapi, documentId: string, version: 'draft' | 'published', at: Date) =>
  strapi.db.query(REVIEW_UID).updateMany({ where: { documentId, publishedAt: version === 'draft' ? null : { $notNull: true } }, data: { updatedAt: at } });

/** `comments`: the approved comments readers see, from the thread's counts. */
export type EditedReview = OwnReview & { rating: number; updatedAt: Date; comments: number };

/**
 * Three reviews, the last edited of all, each in one status: a draft only (edited last), one
 * published whose draft changed since (modified), one published as is with a thread.
 */
export const reviewsInEveryStatus = async (strapi: Core.Strapi, prefix: string) => {
  const published = await createReview(strapi, `${prefix}: published`, { withThread: true });
  const modified = await createReview(strapi, `${prefix}: modified`);
  const title = `${prefix}: draft`;
  const draft = await strapi.documents(REVIEW_UID as any).create({
    data: { title, reviewer: 'Test Reviewer', rating: 4.5, film: { title, releaseYear: 2002, credits: [] } } as any,
  });
  // Later than anything written before, and apart.
  const now = Date.now();
  const at = (offset: number) => new Date(now + offset);
  await setUpdatedAt(strapi, published.documentId, 'published', at(10));
  await setUpdatedAt(strapi, published.documentId, 'draft', at(10));
  await setUpdatedAt(strapi, modified.documentId, 'published', at(20));
  await setUpdatedAt(strapi, modified.documentId, 'draft', at(30));
  await setUpdatedAt(strapi, draft.documentId, 'draft', at(40));
  const thread = await strapi.db.query('plugin::film-reviews.comment-thread').findOne({ where: { reviewDocumentId: published.documentId } });
  const edited = (review: OwnReview, rating: number, updatedAt: Date, comments = 0): EditedReview => ({ ...review, rating, updatedAt, comments });
  return {
    draft: edited({ documentId: draft.documentId, slug: draft.slug, title }, 4.5, at(40)),
    modified: edited(modified, 3, at(30)),
    published: edited(published, 3, at(10), Number(thread.approvedCount) - Number(thread.deletedCount ?? 0)),
  };
};
