import * as z from 'zod';
import { localeParam } from '../http/params';

/** POST/DELETE /reviews/:slug/like?locale=fr: the locale whose slug names the review. */
export const reviewLikeQuery = z.object({ locale: localeParam }).strict();
