import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

const TABLE = 'film_reviews_reader_comments';

/**
 * Adds `count` approved comments to a review the way the bench describes a busy thread: one
 * root in five, each root followed by a chain of four replies (depth 4). Rows go in with one
 * multi-row INSERT per batch, then the plugin's own backfill fills what it keeps per comment,
 * as it would after an import.
 */
export const seedThread = async (strapi: Core.Strapi, reviewDocumentId: string, count: number, startAt = new Date('2025-01-01T00:00:00Z')) => {
  const knex = strapi.db.connection;
  const rows: Record<string, unknown>[] = [];
  let parent: string | null = null;
  for (let i = 0; i < count; i += 1) {
    const documentId = randomUUID().replace(/-/g, '').slice(0, 24);
    const created = new Date(startAt.getTime() + i * 1000);
    rows.push({
      document_id: documentId,
      review_document_id: reviewDocumentId,
      parent_document_id: i % 5 === 0 ? null : parent,
      author_name: `Bench reader ${i}`,
      author_email: `bench${i}@readers.test`,
      content: `Bench comment ${i}: the ending still gets me. More at https://example.net/notes/${i}\n\nSecond paragraph.`,
      contains_spoilers: i % 7 === 0,
      moderation_status: 'approved',
      is_editor_reply: false,
      created_at: created,
      updated_at: created,
      published_at: created,
    });
    parent = documentId;
  }
  for (let from = 0; from < rows.length; from += 200) await knex(TABLE).insert(rows.slice(from, from + 200));
  const threads = strapi.plugin('film-reviews').service('comment-threads');
  if (threads) await threads.backfill();
};
