const FILM_REVIEW_UID = 'plugin::film-reviews.film-review';

export default ({ env }) => {
  // The reference frontend (frontend/, started by npm run demo) renders drafts at /preview.
  const frontendUrl = env('FRONTEND_URL', 'http://127.0.0.1:3000');
  const previewSecret = env('PREVIEW_SECRET', 'film-reviews-playground-preview-secret');
  return {
    auth: { secret: env('ADMIN_JWT_SECRET', 'film-reviews-playground-admin-secret') },
    apiToken: { salt: env('API_TOKEN_SALT', 'film-reviews-playground-api-token-salt') },
    transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'film-reviews-playground-transfer-salt') } },
    secrets: { encryptionKey: env('ENCRYPTION_KEY', 'film-reviews-playground-encryption-key') },
    flags: { nps: false, promoteEE: false },
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [frontendUrl],
        /** The preview pane's URL for a film review; other content types have no preview (null). */
        async handler(uid: string, { documentId, status }: { documentId: string; status: 'draft' | 'published' }) {
          if (uid !== FILM_REVIEW_UID) return null;
          const review = await (strapi as any).documents(FILM_REVIEW_UID).findOne({ documentId, status, fields: ['slug'] });
          if (!review?.slug) return null;
          const query = new URLSearchParams({ slug: review.slug, status, secret: previewSecret });
          return `${frontendUrl}/preview?${query}`;
        },
      },
    },
  };
};
