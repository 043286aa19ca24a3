import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::bench-review.bench-review');
