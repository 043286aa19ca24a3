import { timingSafeEqual } from 'node:crypto';
import { config } from './config';

/** The admin's preview URL carries the shared secret; a wrong or missing one sees nothing. */
export const isPreviewAllowed = (secret: string | null) => {
  if (!config.previewSecret || !secret) return false;
  const given = Buffer.from(secret);
  const expected = Buffer.from(config.previewSecret);
  return given.length === expected.length && timingSafeEqual(given, expected);
};
