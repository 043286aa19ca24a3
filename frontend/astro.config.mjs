// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import node from '@astrojs/node';

// Server-rendered on every request (reviews, comments and the comment form change while the
// site runs); the standalone Node server reads HOST and PORT at start.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // One request per page: the small stylesheet goes inline, and so does the page script (under 8 KB).
  build: { inlineStylesheets: 'always' },
  vite: { build: { assetsInlineLimit: 8 * 1024 } },
  security: {
    // Form posts are checked against the page's own origin (Astro's CSRF guard)…
    checkOrigin: true,
    // …which Astro takes from the Host header only for these names (set at build time).
    allowedDomains: (process.env.FRONTEND_HOSTNAMES || '127.0.0.1,localhost').split(',').map((hostname) => ({ hostname: hostname.trim() })),
  },
  // Strapi's plugin already made the AVIF/WebP variants; Astro's own image service is not used.
  image: { service: passthroughImageService() },
  devToolbar: { enabled: false },
});
