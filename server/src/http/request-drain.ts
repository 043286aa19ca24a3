import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../config/plugin-config';

/**
 * Strapi's shutdown destroys every open connection at once, cutting off requests being answered.
 * The plugin's destroy runs before that: the server stops taking connections (Node also closes
 * the idle kept-alive ones) and the requests already taken are answered, for up to
 * `shutdown.graceSeconds`, before Strapi closes the rest.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let active = 0;
  let drained: (() => void) | null = null;

  return {
    /** Counts requests from arrival to their response's end, whatever route or middleware answers them. */
    watch() {
      strapi.server.httpServer.on('request', (_request, response) => {
        active += 1;
        response.once('close', () => {
          active -= 1;
          if (active === 0) drained?.();
        });
      });
    },

    async drain() {
      const server = strapi.server.httpServer;
      if (server.listening) server.close();
      if (active === 0) return;
      const graceMs = pluginConfig(strapi).shutdown.graceSeconds * 1000;
      strapi.log.info(`[film-reviews] answering ${active} request(s) in flight before shutting down (at most ${graceMs / 1000} s)`);
      await new Promise<void>((resolve) => {
        drained = resolve;
        setTimeout(resolve, graceMs).unref();
      });
    },
  };
};
