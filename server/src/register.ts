import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerCustomFields } from './custom-fields';
import { customFieldValidation } from './custom-fields/field-validation';
import { reviewSlugs } from './reviews/slug-middleware';
import { sharedAcrossLocales } from './reviews/locale-sync';
import { galleryOutput } from './images/gallery-output';
import { deleteCommentsWithReview } from './comments/review-deletion';
import { registerGraphql } from './graphql';
import { getService } from './get-service';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  registerCustomFields(strapi);
  // Document service middlewares see every write path: content manager, REST, plugin routes
  // and direct strapi.documents() calls. Slugs first so validation sees the final data.
  strapi.documents.use(reviewSlugs(strapi));
  strapi.documents.use(sharedAcrossLocales(strapi));
  strapi.documents.use(
    customFieldValidation(strapi, async (fileIds) => {
      await getService(strapi, 'image-jobs').enqueue(fileIds);
    })
  );
  strapi.documents.use(galleryOutput(strapi));
  strapi.documents.use(deleteCommentsWithReview(strapi));
  registerGraphql(strapi);
};

export default register;
