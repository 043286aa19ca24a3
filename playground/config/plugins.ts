export default ({ env }) => ({
  // Loaded from the repository root through the playground's dependency on it.
  'film-reviews': { enabled: true },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'film-reviews-playground-jwt-secret') },
  },
  // The peer npm run bench compares comment threads with; off for the demo and the tests.
  ...(env.bool('BENCH_PEER_COMMENTS', false)
    ? { comments: { enabled: true, resolve: './node_modules/strapi-plugin-comments', config: { enabledCollections: ['api::bench-review.bench-review'], approvalFlow: [], badWords: false } } }
    : {}),
});
