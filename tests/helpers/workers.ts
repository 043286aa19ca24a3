import type { Core } from '@strapi/strapi';

const WORKERS = ['image-worker', 'outbox-worker'];

/** The plugin's background workers together, for benches and tests that need them quiet. */
export const backgroundWorkers = (strapi: Core.Strapi) => ({
  async stop() {
    for (const name of WORKERS) await strapi.plugin('film-reviews').service(name).stop();
  },
  start() {
    for (const name of WORKERS) strapi.plugin('film-reviews').service(name).start();
  },
});
