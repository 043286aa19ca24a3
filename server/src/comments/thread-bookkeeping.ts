import { newDocumentId } from '../document-id';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { commentHtml } from './comment-html';
import { getService } from '../get-service';

export const COMMENTS_TABLE = 'film_reviews_reader_comments';
export const THREADS_TABLE = 'film_reviews_comment_threads';
const BACKFILL_BATCH = 500;

/**
 * The approved comments of the given reviews as the public thread shows them, in one recursive
 * query: `num` is the position in posting order, a reply whose parent is not an approved earlier
 * comment of the same review is a root, and a reply deeper than maxDepth hangs from its deepest
 * allowed ancestor (the parent's own display parent once the parent sits at maxDepth).
 */
const THREAD_CTE = (reviews: string, textType: string) => `
WITH RECURSIVE approved AS (
  SELECT id, document_id, parent_document_id, review_document_id,
         ROW_NUMBER() OVER (PARTITION BY review_document_id ORDER BY created_at, id) AS num
  FROM ${COMMENTS_TABLE}
  WHERE review_document_id IN (${reviews}) AND moderation_status = 'approved'
), tree AS (
  SELECT a.id, a.document_id, a.review_document_id, a.num, a.document_id AS root_id, CAST(NULL AS ${textType}) AS parent_id, 0 AS lvl
  FROM approved a
  WHERE NOT EXISTS (
    SELECT 1 FROM approved p
    WHERE p.document_id = a.parent_document_id AND p.review_document_id = a.review_document_id AND p.num < a.num
  )
  UNION ALL
  SELECT a.id, a.document_id, a.review_document_id, a.num, t.root_id,
         CASE WHEN t.lvl < ? THEN t.document_id ELSE t.parent_id END, t.lvl + 1
  FROM approved a
  JOIN tree t ON a.parent_document_id = t.document_id AND a.review_document_id = t.review_document_id AND a.num > t.num
)`;

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

const BOOKKEEPING = [
  ['thread_number', 'tree.num'],
  ['thread_root', 'tree.root_id'],
  ['thread_parent', 'tree.parent_id'],
  ['thread_depth', 'tree.lvl'],
] as const;

/**
 * The two SQL shapes the recompute needs. MySQL and MariaDB have no `UPDATE … FROM`, no
 * `IS DISTINCT FROM` and no CAST to VARCHAR: they join the tree as a derived table and compare
 * with the null-safe `<=>`.
 */
const recomputeSql = (client: string, ids: string) => {
  const mysql = client === 'mysql';
  const differs = (column: string, value: string) =>
    mysql ? `NOT (${COMMENTS_TABLE}.${column} <=> ${value})` : `${COMMENTS_TABLE}.${column} IS DISTINCT FROM ${value}`;
  const changed = BOOKKEEPING.map(([column, value]) => differs(column, value)).join(' OR ');
  const numbering = mysql
    ? `UPDATE ${COMMENTS_TABLE} JOIN (${THREAD_CTE(ids, 'CHAR(255)')} SELECT * FROM tree) tree ON ${COMMENTS_TABLE}.id = tree.id
      SET ${BOOKKEEPING.map(([column, value]) => `${COMMENTS_TABLE}.${column} = ${value}`).join(', ')}
      WHERE ${changed}`
    : `${THREAD_CTE(ids, 'VARCHAR(255)')}
      UPDATE ${COMMENTS_TABLE} SET ${BOOKKEEPING.map(([column, value]) => `${column} = ${value}`).join(', ')}
      FROM tree
      WHERE ${COMMENTS_TABLE}.id = tree.id AND (${changed})`;
  const unnumbering = `UPDATE ${COMMENTS_TABLE} SET ${BOOKKEEPING.map(([column]) => `${column} = NULL`).join(', ')}
      WHERE review_document_id IN (${ids}) AND ${differs('moderation_status', "'approved'")} AND thread_number IS NOT NULL`;
  return { numbering, unnumbering };
};

/**
 * Keeps what the public thread needs on each comment (HTML, number, root, display parent, depth)
 * and a per-review version, counts and reader-rating sums (for the cards), at write and moderation time, so a read costs its page.
 * Writes that only append (a new approved comment, the common case) cost a few indexed
 * statements; anything else recomputes the affected reviews in a few set-based statements.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const maxDepth = async () => (await getService(strapi, 'settings').get()).maxThreadDepth as number;
  const inTransaction = <T>(work: (trx: Knex.Transaction) => Promise<T>) => strapi.db.transaction(({ trx }) => work(trx));

  /** One state row per review; an insert that loses a race to another writer is a no-op. */
  const ensureStates = async (trx: Knex.Transaction, reviewIds: string[]) => {
    const existing = new Set(await trx(THREADS_TABLE).whereIn('review_document_id', reviewIds).pluck('review_document_id'));
    const now = new Date();
    const missing = reviewIds
      .filter((id) => !existing.has(id))
      .map((id) => ({
        document_id: newDocumentId(),
        review_document_id: id,
        version: 0,
        approved_count: 0,
        root_count: 0,
        rating_count: 0,
        rating_sum: 0,
        created_at: now,
        updated_at: now,
        published_at: now,
      }));
    if (missing.length > 0) await trx(THREADS_TABLE).insert(missing).onConflict('review_document_id').ignore();
  };

  const recomputeIn = async (trx: Knex.Transaction, reviewIds: string[], depth: number) => {
    const ids = placeholders(reviewIds);
    const { numbering, unnumbering } = recomputeSql(strapi.db.dialect.client, ids);
    await trx.raw(numbering, [...reviewIds, depth]);
    await trx.raw(unnumbering, reviewIds);
    await ensureStates(trx, reviewIds);
    await trx.raw(
      `UPDATE ${THREADS_TABLE} SET version = version + 1,
        approved_count = (SELECT COUNT(*) FROM ${COMMENTS_TABLE} c WHERE c.review_document_id = ${THREADS_TABLE}.review_document_id AND c.thread_number IS NOT NULL),
        root_count = (SELECT COUNT(*) FROM ${COMMENTS_TABLE} c WHERE c.review_document_id = ${THREADS_TABLE}.review_document_id AND c.thread_number IS NOT NULL AND c.thread_parent IS NULL),
        rating_count = (SELECT COUNT(c.rating) FROM ${COMMENTS_TABLE} c WHERE c.review_document_id = ${THREADS_TABLE}.review_document_id AND c.thread_number IS NOT NULL),
        rating_sum = (SELECT COALESCE(SUM(c.rating), 0) FROM ${COMMENTS_TABLE} c WHERE c.review_document_id = ${THREADS_TABLE}.review_document_id AND c.thread_number IS NOT NULL)
      WHERE review_document_id IN (${ids})`,
      reviewIds
    );
  };

  const service = {
    /** Recomputes the threads of these reviews (moderation, edits, deletes, imports). */
    async recompute(reviewIds: Array<string | null | undefined>) {
      const unique = [...new Set(reviewIds.filter((id): id is string => Boolean(id)))];
      if (unique.length === 0) return;
      const depth = await maxDepth();
      await inTransaction((trx) => recomputeIn(trx, unique, depth));
    },

    /** After maxThreadDepth changes: every display parent may move. */
    async recomputeAll() {
      const reviewIds: string[] = await strapi.db.connection(COMMENTS_TABLE).distinct('review_document_id').pluck('review_document_id');
      for (let from = 0; from < reviewIds.length; from += 100) await service.recompute(reviewIds.slice(from, from + 100));
    },

    /**
     * Numbers a newly stored approved comment after the review's last one and hangs it under its
     * parent. The state row's update comes first: it locks the review's thread, so concurrent
     * appends from several instances number one after the other. The reads after it are locking
     * reads on PostgreSQL and MySQL: MySQL's plain reads would see the transaction's snapshot,
     * taken before this append waited for the lock, and miss the appends it waited for.
     */
    async append(commentId: number) {
      const depth = await maxDepth();
      const latest = <T extends Knex.QueryBuilder>(query: T) => (strapi.db.dialect.client === 'sqlite' ? query : query.forUpdate());
      await inTransaction(async (trx) => {
        const [comment] = await latest(
          trx(COMMENTS_TABLE).select('review_document_id', 'parent_document_id', 'rating', 'created_at', 'id').where({ id: commentId, moderation_status: 'approved' })
        );
        if (!comment) return;
        const review = comment.review_document_id as string;
        await ensureStates(trx, [review]);
        await trx(THREADS_TABLE).where({ review_document_id: review }).increment('version', 1);
        // Numbers run 1..approved_count; this transaction's own write of the row is the latest.
        const [{ approved_count: count }] = await trx(THREADS_TABLE).select('approved_count').where({ review_document_id: review });
        const [last] =
          Number(count) > 0
            ? await latest(trx(COMMENTS_TABLE).select('created_at', 'id').where({ review_document_id: review, thread_number: Number(count) }))
            : [];
        // A Date on PostgreSQL and MySQL, epoch milliseconds or an ISO string on SQLite.
        const time = (value: unknown) => (Number.isFinite(Number(value)) ? Number(value) : new Date(value as string).getTime());
        // Stored out of posting order (an import with old dates): numbers after it shift.
        if (last && (time(last.created_at) > time(comment.created_at) || (time(last.created_at) === time(comment.created_at) && last.id > comment.id))) {
          return recomputeIn(trx, [review], depth);
        }
        const [parent] = comment.parent_document_id
          ? await latest(
              trx(COMMENTS_TABLE)
                .select('document_id', 'thread_parent', 'thread_root', 'thread_depth')
                .where({ document_id: comment.parent_document_id, review_document_id: review })
                .whereNotNull('thread_number')
            )
          : [];
        const parentDepth = parent ? Number(parent.thread_depth) : -1;
        await trx(COMMENTS_TABLE)
          .where({ id: commentId })
          .update({
            thread_number: Number(count) + 1,
            thread_root: parent ? parent.thread_root : trx.ref('document_id'),
            thread_parent: parent ? (parentDepth < depth ? parent.document_id : parent.thread_parent) : null,
            thread_depth: parentDepth + 1,
          });
        await trx(THREADS_TABLE)
          .where({ review_document_id: review })
          .update({
            approved_count: trx.raw('approved_count + 1'),
            root_count: trx.raw(`root_count + ${parent ? 0 : 1}`),
            rating_count: trx.raw(`rating_count + ${comment.rating === null ? 0 : 1}`),
            rating_sum: trx.raw('rating_sum + ?', [comment.rating ?? 0]),
          });
      });
    },

    /**
     * The migration for comments stored before this bookkeeping existed (and after a raw import):
     * renders missing HTML in batches and recomputes every review with an unnumbered approved
     * comment. Cheap when there is nothing to do, so it runs on every start.
     */
    async backfill() {
      const knex = strapi.db.connection;
      for (;;) {
        const batch: Array<{ id: number; content: string }> = await knex(COMMENTS_TABLE).select('id', 'content').whereNull('content_html').limit(BACKFILL_BATCH);
        if (batch.length === 0) break;
        await inTransaction(async (trx) => {
          for (const row of batch) await trx(COMMENTS_TABLE).where({ id: row.id }).update({ content_html: commentHtml(row.content ?? '') });
        });
      }
      const stale: string[] = await knex(COMMENTS_TABLE)
        .distinct('review_document_id')
        .where({ moderation_status: 'approved' })
        .whereNull('thread_number')
        .pluck('review_document_id');
      for (let from = 0; from < stale.length; from += 100) await service.recompute(stale.slice(from, from + 100));
    },
  };
  return service;
};
