/**
 * Profiles the plugin's thread read path: node --cpu-prof --import tsx bench/api/profile-page.ts
 * boots the playground in this process, seeds a 5,000-comment thread and reads its 100-root
 * page for a few seconds (autocannon shares the process, so its own time shows too).
 */
import { startPlayground } from '../../tests/helpers/strapi';
import { backgroundWorkers } from '../../tests/helpers/workers';
import { seedContent } from '../../playground/scripts/seed';
import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';
import { seedThread } from './thread-seed';
import { load } from './measure';

const main = async () => {
  const app = await startPlayground();
  try {
    await backgroundWorkers(app.strapi).stop();
    await seedContent(app.strapi);
    const review = await app.strapi.db.query('plugin::film-reviews.film-review').findOne({ where: { slug: REFERENCE_SLUG }, select: ['documentId'] });
    await seedThread(app.strapi, review.documentId, 5000);
    const result = await load(`${app.baseUrl}/api/film-reviews/reviews/${REFERENCE_SLUG}/comments?pagination%5BpageSize%5D=100`, { connections: 1, seconds: Number(process.env.SECONDS ?? 5) });
    console.log(JSON.stringify(result));
  } finally {
    await app.stop();
  }
};

main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
