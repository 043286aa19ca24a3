/**
 * What the public API takes and answers. Defined once, in the client package's source
 * (packages/client, published as strapi-plugin-film-reviews-client); the server's code takes them
 * from here, so the compiler checks what it sends against what frontends are promised, and
 * `strapi-plugin-film-reviews/strapi-server` keeps exporting them for code written for 0.1.0.
 * Type-only, so the plugin never needs the client package at run time: `npm run build` emits
 * that file's declaration to dist/packages/client/src/types.d.ts, where this file's own
 * declaration finds it inside the plugin's tarball.
 */
export type * from '../../packages/client/src/types';
