import { errors } from '@strapi/utils';

/**
 * @strapi/utils has no 409 error. Strapi's error middleware and the GraphQL plugin answer an
 * http-errors error in Strapi's shape when it is an instance of `errors.HttpError` of the app's
 * @strapi/utils, which pins its own http-errors: an app can hold a second copy (5.40 pins 2.0.0
 * beside a hoisted 2.0.1), so the plugin builds its 409 on that class rather than importing one.
 */
export const alreadyPosted = () =>
  Object.setPrototypeOf(
    Object.assign(new Error('You already posted this comment on this review'), { name: 'ConflictError', status: 409, statusCode: 409, expose: true, details: {} }),
    errors.HttpError.prototype
  ) as Error;

/**
 * 403 with its reason. Strapi's route authorization turns any `ForbiddenError` a handler throws
 * into a bare "Forbidden" except a `PolicyError`, so this is one, named as the 403 it is (GraphQL
 * still answers it with the code FORBIDDEN).
 */
export const forbidden = (message: string) => Object.assign(new errors.PolicyError(message), { name: 'ForbiddenError' });
