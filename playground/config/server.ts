export default ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  logger: { updates: { enabled: false } },
  // Tests point this at a temporary folder so their uploads never mix with the demo's.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: {
    // Playground-only keys; a real app sets APP_KEYS in its environment.
    keys: env.array('APP_KEYS', ['film-reviews-playground-key-1', 'film-reviews-playground-key-2']),
  },
});
