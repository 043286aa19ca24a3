import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::bench-review.bench-review');
