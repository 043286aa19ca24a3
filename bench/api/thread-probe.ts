/**
 * A quick probe of the comment thread read path: p50 of the first page and of a 100-root page,
 * and queries per request, at 5 comments and at 5,005. Run: node --import tsx bench/api/thread-probe.ts
 */
import { startPlayground } from '../../tests/helpers/strapi';
import { backgroundWorkers } from '../../tests/helpers/workers';
import { seedContent } from '../../playground/scripts/seed';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import { seedThread } from './thread-seed';

const main = async () => {
  const app = await startPlayground();
  try {
    await backgroundWorkers(app.strapi).stop();
    await seedContent(app.strapi);
    const url = (size: number) => `${app.baseUrl}/api/film-reviews/reviews/${REFERENCE_SLUG}/comments?pagination[pageSize]=${size}`;
    const knex = app.strapi.db.connection;
    const measure = async (size: number) => {
      let queries = 0;
      const onQuery = () => (queries += 1);
      const times: number[] = [];
      for (let i = 0; i < 30; i += 1) {
        if (i === 29) knex.on('query', onQuery);
        const start = performance.now();
        const response = await fetch(url(size));
        await response.arrayBuffer();
        times.push(performance.now() - start);
      }
      knex.off('query', onQuery);
      times.sort((a, b) => a - b);
      return { p50: +times[15].toFixed(1), queries };
    };
    const before = { first: await measure(20), big: await measure(100) };
    const review = await app.strapi.db.query('plugin::film-reviews.film-review').findOne({ where: { slug: REFERENCE_SLUG }, select: ['documentId'] });
    await seedThread(app.strapi, review.documentId, 5000);
    const after = { first: await measure(20), big: await measure(100) };
    console.log(JSON.stringify({ at5: before, at5005: after }));
  } finally {
    await app.stop();
  }
};

main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
