import * as z from 'zod';

/** Emails are matched without regard to case: readers type them as they like. */
const email = z.string().trim().min(3).max(254).pipe(z.email());

/** GET /privacy/export?email=… */
export const exportQuery = z.object({ email }).strict();

/**
 * POST /privacy/erase. `anonymize` keeps the comments (their replies still make sense) without
 * anything that identifies the reader; `delete` removes them and hangs their replies one level up.
 */
export const eraseRequest = z.object({ email, mode: z.enum(['anonymize', 'delete']) }).strict();

export type EraseRequest = z.infer<typeof eraseRequest>;
