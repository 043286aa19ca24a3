import register from './register';
import bootstrap from './bootstrap';
import destroy from './destroy';
import config from './config';
import contentTypes from './content-types';
import imageJobs from './images/image-jobs';
import imageWorker from './images/image-worker';
import pageWeight from './images/page-weight-service';
import imagesController from './images/admin/controller';
import imagesAdminRoutes from './images/admin/routes';

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  services: {
    'image-jobs': imageJobs,
    'image-worker': imageWorker,
    'page-weight': pageWeight,
  },
  controllers: {
    images: imagesController,
  },
  routes: {
    admin: { type: 'admin', routes: [...imagesAdminRoutes] },
  },
};
