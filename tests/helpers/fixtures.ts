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
