import type { Core } from '@strapi/strapi';
import { createChallenge, randomInt } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { keyedHash } from '../comments/client-identity';
import type { ProofOfWorkChallenge } from '../client-types';

/** The counter a solver must reach, between half this and this: a second or two in a browser (docs/editors.md#proof-of-work). */
export const MAX_COUNTER = 100_000;
/** Long enough to write a comment after the widget solved; replays are refused that long. */
export const CHALLENGE_MINUTES = 10;

/**
 * The HMAC keys that sign challenges and their solved keys, derived from the app's keys: every
 * instance of one app verifies what another signed, and nobody without the keys can forge one.
 */
export const proofKeys = (strapi: Core.Strapi) => ({
  hmacSignatureSecret: keyedHash(strapi, 'proof-of-work:challenge'),
  hmacKeySignatureSecret: keyedHash(strapi, 'proof-of-work:solved-key'),
});

/**
 * A signed challenge whose answer is a counter the server picked: the solver tries counters
 * until one derives the signed key prefix, and the server checks it with one HMAC.
 */
export const newChallenge = (strapi: Core.Strapi, now = Date.now()): Promise<ProofOfWorkChallenge> =>
  createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(MAX_COUNTER, MAX_COUNTER / 2),
    deriveKey,
    expiresAt: new Date(now + CHALLENGE_MINUTES * 60_000),
    ...proofKeys(strapi),
  });
