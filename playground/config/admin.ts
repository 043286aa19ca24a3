export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'film-reviews-playground-admin-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'film-reviews-playground-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'film-reviews-playground-transfer-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'film-reviews-playground-encryption-key') },
  flags: { nps: false, promoteEE: false },
});
