import type { Core } from '@strapi/strapi';
import { commentStore } from '../comments/comment-store';
import { invalidAt } from '../validation';
import { optOutOfDigest } from './moderator-recipients';
import { readUnsubscribeToken } from './unsubscribe-token';

/**
 * One click, no login: a reader's token stops reply emails for every comment of their address
 * (until they ask again on a new comment); a moderator's stops the digest for their address.
 * Unsubscribing twice is as good as once.
 */
export const unsubscribe = async (strapi: Core.Strapi, token: string): Promise<'reply' | 'digest'> => {
  const subject = readUnsubscribeToken(strapi, token);
  if (!subject) throw invalidAt(['token'], 'This unsubscribe link is not valid');
  if (subject.kind === 'digest') {
    await optOutOfDigest(strapi, subject.email);
    return 'digest';
  }
  // The comment may have been erased since: then nothing is left to stop.
  await commentStore(strapi).unsubscribeAuthorOf(subject.commentDocumentId);
  return 'reply';
};
