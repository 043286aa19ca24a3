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
      // The tests retry a failed email after 1 s rather than 30 s.
      notifications: { retrySeconds: env.int('FILM_REVIEWS_NOTIFICATION_RETRY_SECONDS', 30) },
    },
  },
  // Email through Strapi's email plugin and nodemailer: the SMTP server at SMTP_HOST:SMTP_PORT
  // (the tests start one). With nothing listening the demo works and its emails wait in the
  // plugin's outbox, retried with backoff.
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 2525),
        secure: false,
        ignoreTLS: true,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      },
      settings: { defaultFrom: env('SMTP_FROM', 'Film reviews <reviews@example.com>') },
    },
  },
  // Optional for the plugin: with it, the plugin adds its GraphQL queries and mutation (README, GraphQL).
  graphql: {
    config: { endpoint: '/graphql', depthLimit: 10, defaultLimit: 25, maxLimit: 100, landingPage: false },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'film-reviews-playground-jwt-secret') },
  },
  // The peer npm run bench compares comment threads with; off for the demo and the tests.
  ...(env.bool('BENCH_PEER_COMMENTS', false)
    ? { comments: { enabled: true, resolve: './node_modules/strapi-plugin-comments', config: { enabledCollections: ['api::bench-review.bench-review'], approvalFlow: [], badWords: false } } }
    : {}),
});
