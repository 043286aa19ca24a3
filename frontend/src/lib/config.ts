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
  /**
   * A Strapi API token with the comment-create permission, sent with comment posts: while the plugin requires proof of
   * work, a reader's comment sent without one (their browser ran no JavaScript) is then held instead of refused.
   */
  apiToken: env('STRAPI_API_TOKEN'),
  /** `true` while the plugin's `requireProofOfWork` is on: the comment form loads the altcha widget. */
  proofOfWork: env('PROOF_OF_WORK') === 'true',
  /** How long review lists and pages are reused before Strapi is asked again. */
  cacheSeconds: Number(env('FRONTEND_CACHE_SECONDS', '10')),
};
