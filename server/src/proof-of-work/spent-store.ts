import type { Core } from '@strapi/strapi';
import { unlessDuplicate } from '../database';
import { PROOF_OF_WORK_SOLUTION_UID } from '../uids';

/** Solutions already spent, until their challenge expires: the unique hash makes one spend win across instances. */
export const spentStore = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(PROOF_OF_WORK_SOLUTION_UID);
  return {
    /** False when the solution was spent before (here or on another instance). */
    async spend(solutionHash: string, expiresAt: Date): Promise<boolean> {
      return (await unlessDuplicate(() => rows().create({ data: { solutionHash, expiresAt } }))) !== null;
    },

    /** Solutions of expired challenges: verification refuses those anyway. Answers how many went. */
    async deleteExpired(now: Date): Promise<number> {
      return (await rows().deleteMany({ where: { expiresAt: { $lt: now } } })).count;
    },
  };
};
