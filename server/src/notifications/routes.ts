import { unsubscribeQuery } from './controller';
import { defineRoutes } from '../http/define-routes';

/**
 * The unsubscribe link works without any role's permission: a revoked public permission must
 * never turn an email's unsubscribe link into a 403.
 */
export default defineRoutes(
  (['GET', 'POST'] as const).map((method) => ({
    method,
    path: '/unsubscribe',
    handler: 'notifications.unsubscribe',
    request: { query: unsubscribeQuery.shape },
    config: { auth: false },
  }))
);
