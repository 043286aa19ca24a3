export default ({ env }) => ({
  // Loaded from the repository root through the playground's dependency on it.
  'film-reviews': { enabled: true },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'film-reviews-playground-jwt-secret') },
  },
});
