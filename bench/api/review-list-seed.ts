import type { Core } from '@strapi/strapi';

/**
 * `count` published film reviews and as many api:: copies, each with a cover, a film and an
 * excerpt, so the plugin's card list and core REST `find` (same populate) serve equal pages.
 */
export const seedReviewList = async (strapi: Core.Strapi, count: number) => {
  const cover = await strapi.db.query('plugin::upload.file').findOne({ select: ['id'], where: { mime: { $startsWith: 'image/' } } });
  for (let i = 0; i < count; i += 1) {
    const data = {
      title: `Bench list ${i} (${1990 + i})`,
      reviewer: 'Bench',
      rating: 1 + (i % 5),
      excerpt: 'A spoiler-free paragraph about the film, as a card shows it.',
      film: { title: `Bench list ${i}`, releaseYear: 1990 + i },
      cover: cover.id,
    };
    await strapi.documents('plugin::film-reviews.film-review' as any).create({ data: data as any, status: 'published' });
    await strapi.documents('api::bench-review.bench-review' as any).create({ data: data as any, status: 'published' });
  }
};
