import type { Core } from '@strapi/strapi';
import type { controllers } from '../controllers';

type Controllers = typeof controllers;
type HandlersOf<C> = C extends (...args: never[]) => infer Made ? Made : C;

/** Every `controller.action` the plugin has, e.g. `'comments.create'`. */
export type HandlerName = {
  [Name in keyof Controllers & string]: `${Name}.${keyof HandlersOf<Controllers[Name]> & string}`;
}[keyof Controllers & string];

export type PluginRoute = Omit<Core.RouteInput, 'handler'> & { handler: HandlerName };

/** Routes as data, with each handler checked against the controllers when the plugin compiles. */
export const defineRoutes = (routes: PluginRoute[]): PluginRoute[] => routes;
