import { requires } from '../permissions';
import { noInput } from '../validation';
import { defineRoutes } from '../http/define-routes';
import { REVIEW_READ_PERMISSION } from '../../../shared/contracts/homepage';

/** Admin home page widgets. The pending comments one reads the moderation list (oldest first). */
export default defineRoutes([
  // Whoever may open reviews in the content manager may see which changed last.
  { method: 'GET', path: '/homepage/recent-reviews', handler: 'homepage.recentReviews', request: { query: noInput.shape }, config: requires(REVIEW_READ_PERMISSION) },
]);
