/**
 * What the public API takes and answers, for frontends that import the types from
 * `strapi-plugin-film-reviews/strapi-server` (as 0.1.0 did). They are defined once, in the
 * client package's source (packages/client, published as strapi-plugin-film-reviews-client):
 * the server's code is typed with them, and this re-export keeps the old import path working.
 * Type-only, so the plugin never needs the client package at run time: `npm run build` emits
 * that file's declaration to dist/packages/client/src/types.d.ts, where the relative imports
 * of dist/server/src/*.d.ts find it inside the plugin's own tarball.
 */
export type * from '../../packages/client/src/types';
