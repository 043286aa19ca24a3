import type { Core } from '@strapi/strapi';
import { seedDemo } from '../scripts/seed';

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // `npm run demo` sets this: create the demo admin and seed the reference content.
    if (process.env.FILM_REVIEWS_DEMO_SEED === 'true') {
      await seedDemo(strapi);
    }
  },
};
