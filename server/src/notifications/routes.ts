import { unsubscribeQuery } from './controller';

/**
 * The unsubscribe link works without any role's permission: a revoked public permission must
 * never turn an email's unsubscribe link into a 403.
 */
export default ['GET', 'POST'].map((method) => ({
  method,
  path: '/unsubscribe',
  handler: 'notifications.unsubscribe',
  request: { query: unsubscribeQuery.shape },
  config: { auth: false },
}));
