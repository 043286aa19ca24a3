import * as z from 'zod';
import { localeParam } from '../http/params';

/** Both feeds take the locale only; anything else is refused, not ignored. */
export const feedQuery = z.object({ locale: localeParam }).strict();
