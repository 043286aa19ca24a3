import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { READER_COMMENT_UID } from '../uids';
import { optOutOfDigest } from './moderator-recipients';
import { readUnsubscribeToken } from './unsubscribe-token';

/**
 * One click, no login: a reader's token stops reply emails for every comment of their address
 * (until they ask again on a new comment); a moderator's stops the digest for their address.
 * Unsubscribing twice is as good as once.
 */
export const unsubscribe = async (strapi: Core.Strapi, token: string): Promise<'reply' | 'digest'> => {
  const subject = readUnsubscribeToken(strapi, token);
  if (!subject) {
    const message = 'This unsubscribe link is not valid';
    throw new errors.ValidationError(message, { errors: [{ path: ['token'], message, name: 'ValidationError' }] });
  }
  if (subject.kind === 'digest') {
    await optOutOfDigest(strapi, subject.email);
    return 'digest';
  }
  const comment = await strapi.db.query(READER_COMMENT_UID).findOne({ select: ['authorEmail'], where: { documentId: subject.commentDocumentId } });
  // The comment may have been erased since: nothing is left to stop.
  if (comment) {
    await strapi.db.query(READER_COMMENT_UID).updateMany({ where: { authorEmail: comment.authorEmail, notifyReplies: true }, data: { notifyReplies: false } });
  }
  return 'reply';
};
