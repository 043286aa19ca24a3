import type { Context } from 'koa';
import { errors } from '@strapi/utils';

/** An admin panel user, as the admin's auth leaves it on `ctx.state.user`. */
export interface AdminUser {
  id: number;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
}

/** A users-permissions login, as the content API's auth leaves it on `ctx.state.user`. */
export interface ReaderUser {
  id: number;
  username?: string;
  email?: string;
}

/** What Strapi's auth middleware leaves on `ctx.state`. */
export interface RequestState {
  user?: AdminUser | ReaderUser;
  auth?: { strategy?: { name?: string }; credentials?: unknown; [key: string]: unknown };
  route?: { info?: { type?: string; pluginName?: string } };
}

/**
 * Koa's context as Strapi fills it: route params from its router and the parsed body from its
 * body parser, neither of which is in koa's own types.
 */
export type HttpContext = Omit<Context, 'state' | 'params'> & {
  state: RequestState;
  params: Record<string, string>;
  request: Context['request'] & { body?: unknown };
};

/** The admin acting on an admin route: the route's auth has checked it, so none is a server fault. */
export const adminUser = (ctx: HttpContext): AdminUser => {
  const user = ctx.state.user;
  if (!user || !('email' in user) || typeof user.email !== 'string') throw new errors.UnauthorizedError('An admin login is required');
  return user as AdminUser;
};
