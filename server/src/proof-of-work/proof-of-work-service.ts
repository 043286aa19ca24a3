import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { verifySolution, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { invalidAt } from '../validation';
import { newChallenge, proofKeys } from './challenge';
import { spentStore } from './spent-store';

const refused = (message: string) => invalidAt(['altcha'], message);

/** The widget's base64 JSON, or null when it is not one. */
const decode = (altcha: string): Payload | null => {
  try {
    const payload = JSON.parse(Buffer.from(altcha, 'base64').toString('utf8'));
    return payload?.challenge?.parameters && payload?.solution ? payload : null;
  } catch {
    return null;
  }
};

/** Hands out challenges and spends their solutions, once each. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const spent = spentStore(strapi);
  return {
    challenge: (now?: number) => newChallenge(strapi, now),

    /** 400 at `altcha` unless the payload solves a challenge this app signed, unexpired and not spent before; spends it. */
    async spend(altcha: string): Promise<void> {
      const payload = decode(altcha);
      if (!payload) throw refused('altcha must be a solved challenge');
      const result = await verifySolution({ challenge: payload.challenge, solution: payload.solution, deriveKey, ...proofKeys(strapi) }).catch(() => null);
      if (result?.expired) throw refused('altcha challenge expired; solve a new one');
      if (!result?.verified) throw refused('altcha does not solve a challenge of this site');
      // Spent by challenge, not by answer: the key check ignores the counter, so an answer with a changed counter must not count as new.
      const hash = createHash('sha256').update(payload.challenge.signature!).digest('hex');
      const expiresAt = new Date(payload.challenge.parameters.expiresAt! * 1000);
      if (!(await spent.spend(hash, expiresAt))) throw refused('altcha was already used; solve a new one');
    },

    purgeExpired: (now: Date) => spent.deleteExpired(now),
  };
};
