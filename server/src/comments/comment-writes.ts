import type { Core } from '@strapi/strapi';
import { READER_COMMENT_UID } from '../uids';
import { commentHtml } from './comment-html';
import { commentStore } from './comment-store';
import { commentChanges, mayNotify, touchesVisibleFields, type CommentState } from '../notifications/comment-changes';
import { getService } from '../get-service';

type Event = { params: { data?: any; where?: any }; result?: any; state: Record<string, any> };

/**
 * Every write to comments goes through the query engine (plugin routes, moderation, the
 * content manager, scripts), so its lifecycles keep the stored HTML and the thread bookkeeping
 * current: HTML is rendered when the text is stored, a new approved comment is appended to its
 * thread, and anything else recomputes the reviews it touched. They also write the outbox rows
 * the change calls for (webhook events, reply emails, the digest), in the write's transaction.
 */
export const subscribeToCommentWrites = (strapi: Core.Strapi) => {
  const threads = () => getService(strapi, 'comment-threads');
  const outbox = () => getService(strapi, 'outbox');
  const comments = commentStore(strapi);
  // The stored HTML only ever comes from the text: a write that sets it by hand is ignored.
  const render = (data: any) => {
    if (!data) return;
    delete data.contentHtml;
    if (typeof data.content === 'string') data.contentHtml = commentHtml(data.content);
  };
  const remember = async (event: Event) => {
    const rows = await comments.states(event.params.where);
    event.state.before = rows;
    event.state.reviews = rows.map((row) => row.reviewDocumentId);
  };
  const recomputeRemembered = (event: Event) => threads().recompute([...(event.state.reviews ?? []), event.params.data?.reviewDocumentId]);
  const recordChanges = (before: CommentState[], after: CommentState[], data?: Record<string, unknown>) =>
    outbox().recordCommentChanges(commentChanges(before, after, touchesVisibleFields(data)));
  const afterUpdate = async (event: Event) => {
    await recomputeRemembered(event);
    const before: CommentState[] = event.state.before ?? [];
    if (!mayNotify(event.params.data)) return;
    const after = before.length ? await comments.statesOf(before.map((row) => row.documentId)) : [];
    await recordChanges(before, after, event.params.data);
  };
  const afterDelete = async (event: Event) => {
    await recomputeRemembered(event);
    await recordChanges(event.state.before ?? [], []);
  };

  strapi.db.lifecycles.subscribe({
    models: [READER_COMMENT_UID],
    beforeCreate: (event: Event) => render(event.params.data),
    beforeCreateMany: (event: Event) => event.params.data?.forEach(render),
    async afterCreate(event: Event) {
      if (event.params.data?.moderationStatus === 'approved') await threads().append(event.result.id);
      await recordChanges([], [event.result]);
    },
    afterCreateMany: (event: Event) => threads().recompute((event.params.data ?? []).map((row: any) => row.reviewDocumentId)),
    async beforeUpdate(event: Event) {
      render(event.params.data);
      await remember(event);
    },
    async beforeUpdateMany(event: Event) {
      render(event.params.data);
      await remember(event);
    },
    beforeDelete: remember,
    beforeDeleteMany: remember,
    afterUpdate,
    afterUpdateMany: afterUpdate,
    afterDelete,
    afterDeleteMany: afterDelete,
  } as any);
};
