import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::bench-review.bench-review');
