import { slugParam } from '../http/params';
import { defineRoutes } from '../http/define-routes';
import { feedQuery } from './feed-input';

/**
 * Atom feeds (content API, prefix /api/film-reviews). They answer XML, not JSON, so they declare
 * no response schema: the OpenAPI document would call it application/json.
 */
export default defineRoutes([
  {
    method: 'GET',
    path: '/feeds/reviews.atom',
    handler: 'feeds.reviews',
    request: { query: feedQuery.shape },
    config: {},
  },
  {
    method: 'GET',
    path: '/feeds/reviews/:slug/comments.atom',
    handler: 'feeds.comments',
    request: { params: { slug: slugParam }, query: feedQuery.shape },
    config: {},
  },
]);
