/** Read at run time from the server's environment (never inlined into the build). */
const env = (name: string, fallback = '') => process.env[name] || fallback;

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export const config = {
  /** Where this server reaches Strapi. */
  strapiUrl: trimSlash(env('STRAPI_URL', 'http://127.0.0.1:1337')),
  /** Where readers' browsers reach the same Strapi (its feeds): its public address when the server's is internal. */
  get publicStrapiUrl() {
    return trimSlash(env('STRAPI_PUBLIC_URL', this.strapiUrl));
  },
  /** Where readers' browsers load uploads from (the same Strapi, or its CDN). */
  get mediaUrl() {
    return trimSlash(env('STRAPI_MEDIA_URL', this.publicStrapiUrl));
  },
  /** Shared with Strapi's config/admin Preview handler and the plugin's `preview.secret`. */
  previewSecret: env('PREVIEW_SECRET'),
  /** Optional: read drafts with a Strapi API token instead of the preview secret. */
  previewToken: env('STRAPI_PREVIEW_TOKEN'),
  /** How long review lists and pages are reused before Strapi is asked again. */
  cacheSeconds: Number(env('FRONTEND_CACHE_SECONDS', '10')),
};
