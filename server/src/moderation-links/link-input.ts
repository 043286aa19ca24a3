import * as z from 'zod';

/** The GET's query (the link as the email carries it) and the POST's body (the confirmation page's form, or a JSON client). */
export const linkInput = z.object({ token: z.string().min(1).max(1000) }).strict();
