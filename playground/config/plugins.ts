export default ({ env }) => ({
  // Loaded from the repository root through the playground's dependency on it.
  'film-reviews': {
    enabled: true,
    // npm run soak holds the image jobs back during its comment phase, then kills Strapi mid-job
    // and wants the job back in seconds, not 10 minutes.
    config: {
      // Shared with config/admin's Preview handler and the frontend (frontend/README).
      preview: { secret: env('PREVIEW_SECRET', 'film-reviews-playground-preview-secret') },
      images: {
        worker: env.bool('FILM_REVIEWS_IMAGE_WORKER', true),
        leaseSeconds: env.int('FILM_REVIEWS_IMAGE_LEASE_SECONDS', 600),
      },
    },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'film-reviews-playground-jwt-secret') },
  },
  // The peer npm run bench compares comment threads with; off for the demo and the tests.
  ...(env.bool('BENCH_PEER_COMMENTS', false)
    ? { comments: { enabled: true, resolve: './node_modules/strapi-plugin-comments', config: { enabledCollections: ['api::bench-review.bench-review'], approvalFlow: [], badWords: false } } }
    : {}),
});
