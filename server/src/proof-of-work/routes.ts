import * as z from 'zod';
import { defineRoutes } from '../http/define-routes';
import type { ProofOfWorkChallenge } from '../client-types';

/** Like the unsubscribe link, open to everyone: a revoked public permission must not break every guest's comment form. */
export default defineRoutes([
  {
    method: 'GET',
    path: '/challenge',
    handler: 'proof-of-work.challenge',
    response: z.object({
      parameters: z.object({
        algorithm: z.string(),
        nonce: z.string(),
        salt: z.string(),
        cost: z.number(),
        keyLength: z.number(),
        keyPrefix: z.string(),
        keySignature: z.string().optional(),
        expiresAt: z.number().optional(),
      }),
      signature: z.string().optional(),
    }) satisfies z.ZodType<ProofOfWorkChallenge>,
    config: { auth: false },
  },
]);
