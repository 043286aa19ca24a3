import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerCustomFields } from './custom-fields';
import { customFieldValidation } from './custom-fields/field-validation';
import { reviewSlugs } from './reviews/slug-middleware';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  registerCustomFields(strapi);
  // Document service middlewares see every write path: content manager, REST, plugin routes
  // and direct strapi.documents() calls. Slugs first so validation sees the final data.
  strapi.documents.use(reviewSlugs(strapi));
  strapi.documents.use(customFieldValidation(strapi));
};

export default register;
