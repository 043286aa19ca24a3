import { errors } from '@strapi/utils';

/**
 * A status @strapi/utils has no error for (409, 410). Strapi's error middleware and the GraphQL
 * plugin answer an http-errors error in Strapi's shape when it is an instance of
 * `errors.HttpError` of the app's @strapi/utils, which pins its own http-errors: an app can hold
 * a second copy (5.40 pins 2.0.0 beside a hoisted 2.0.1), so the plugin builds on that class
 * rather than importing one.
 */
export const httpError = (status: number, name: string, message: string) =>
  Object.setPrototypeOf(Object.assign(new Error(message), { name, status, statusCode: status, expose: true, details: {} }), errors.HttpError.prototype) as Error;

export const alreadyPosted = () => httpError(409, 'ConflictError', 'You already posted this comment on this review');

/**
 * 403 with its reason. Strapi's route authorization turns any `ForbiddenError` a handler throws
 * into a bare "Forbidden" except a `PolicyError`, so this is one, named as the 403 it is (GraphQL
 * still answers it with the code FORBIDDEN).
 */
export const forbidden = (message: string) => Object.assign(new errors.PolicyError(message), { name: 'ForbiddenError' });
