import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { limitStore } from './limit-store';

export interface LimitDecision {
  allowed: boolean;
  /** Seconds until a new attempt can pass. */
  retryAfter: number;
}

const ATTEMPTS = 5;
const ALLOWED: LimitDecision = { allowed: true, retryAfter: 0 };

/**
 * How often a client may post: comments per address and per email, reader reports per address
 * (each kind of post under keys of its own). Fixed-window counters in the database, so every
 * instance sees the same ones. Counting is an atomic increment bounded by the limit; opening a
 * window is a conditional write on the value just read (a lost race reads again), so
 * concurrent posts can never both take the last slot.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const windows = limitStore(strapi);

  const take = async (key: string, { max, windowSeconds }: { max: number; windowSeconds: number }): Promise<LimitDecision> => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const now = Date.now();
      const window = await windows.find(key);
      const windowEndsAt = new Date(now + windowSeconds * 1000);
      if (!window) {
        if (await windows.open(key, windowEndsAt)) return ALLOWED;
        continue;
      }
      const ends = new Date(window.windowEndsAt).getTime();
      if (ends <= now) {
        if (await windows.reopen(window, windowEndsAt)) return ALLOWED;
        continue;
      }
      // An open window: one atomic increment while there is room, however many count at once
      // (a read-then-write here lost most races when 50 clients shared one address).
      if (await windows.countIn(window, max)) return ALLOWED;
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((ends - now) / 1000)) };
    }
    // Heavy contention on one key: refuse rather than let a burst through.
    return { allowed: false, retryAfter: 1 };
  };

  return {
    take,
    /** Takes a slot or answers 429 with `refusal`, saying in `retryAfter` when to try again. */
    async spend(key: string, limit: { max: number; windowSeconds: number }, refusal: string) {
      const decision = await take(key, limit);
      if (!decision.allowed) throw new errors.RateLimitError(refusal, { retryAfter: decision.retryAfter });
    },
  };
};
