import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, READER_COMMENT_UID } from '../uids';
import { commentHtml } from './comment-html';

type Event = { params: { data?: any; where?: any }; result?: any; state: Record<string, any> };

/**
 * Every write to comments goes through the query engine (plugin routes, moderation, the
 * content manager, scripts), so its lifecycles keep the stored HTML and the thread bookkeeping
 * current: HTML is rendered when the text is stored, a new approved comment is appended to its
 * thread, and anything else recomputes the reviews it touched.
 */
export const subscribeToCommentWrites = (strapi: Core.Strapi) => {
  const threads = () => strapi.plugin(PLUGIN_ID).service('comment-threads');
  // The stored HTML only ever comes from the text: a write that sets it by hand is ignored.
  const render = (data: any) => {
    if (!data) return;
    delete data.contentHtml;
    if (typeof data.content === 'string') data.contentHtml = commentHtml(data.content);
  };
  const rememberReviews = async (event: Event) => {
    const rows: Array<{ reviewDocumentId: string }> = await strapi.db
      .query(READER_COMMENT_UID)
      .findMany({ select: ['reviewDocumentId'], where: event.params.where });
    event.state.reviews = rows.map((row) => row.reviewDocumentId);
  };
  const recomputeRemembered = (event: Event) => threads().recompute([...(event.state.reviews ?? []), event.params.data?.reviewDocumentId]);

  strapi.db.lifecycles.subscribe({
    models: [READER_COMMENT_UID],
    beforeCreate: (event: Event) => render(event.params.data),
    beforeCreateMany: (event: Event) => event.params.data?.forEach(render),
    async afterCreate(event: Event) {
      if (event.params.data?.moderationStatus === 'approved') await threads().append(event.result.id);
    },
    afterCreateMany: (event: Event) => threads().recompute((event.params.data ?? []).map((row: any) => row.reviewDocumentId)),
    async beforeUpdate(event: Event) {
      render(event.params.data);
      await rememberReviews(event);
    },
    async beforeUpdateMany(event: Event) {
      render(event.params.data);
      await rememberReviews(event);
    },
    beforeDelete: rememberReviews,
    beforeDeleteMany: rememberReviews,
    afterUpdate: recomputeRemembered,
    afterUpdateMany: recomputeRemembered,
    afterDelete: recomputeRemembered,
    afterDeleteMany: recomputeRemembered,
  } as any);
};
