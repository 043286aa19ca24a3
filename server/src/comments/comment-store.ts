import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { lazyTable, lockingRead, retryingDeadlocks, storedTime, unlessDuplicate } from '../database';
import { newDocumentId } from '../document-id';
import { MODERATION_STATUSES } from '../moderation/moderation-input';
import type { CommentState } from '../notifications/comment-changes';
import { reviewStore, type ReviewAddress } from '../reviews/review-store';
import { COMMENT_THREAD_UID, READER_COMMENT_UID } from '../uids';
import type { ThreadRow } from './thread';
import type { CommentSort } from './comment-input';
import type { ModerationSort } from '../../../shared/contracts/moderation';
import { COMMENT_COLUMNS, placeholders, recomputeSql, THREAD_COLUMNS, type ThreadTables } from './thread-sql';

/** A review's public thread at this moment, from its bookkeeping row. */
export interface ThreadState {
  reviewDocumentId: string;
  /** Changes with every change to the review's public thread. */
  version: number;
  /** Approved comments the thread shows: those their authors deleted are left out. */
  shownCount: number;
  /** Root comments the thread shows (a deleted one only while it holds a shown reply). */
  rootCount: number;
}

/** What a review's comment feed changes with (see `feedState`). */
export interface CommentFeedState {
  reviewDocumentId: string;
  title: string;
  slug: string;
  /** The thread's version: changes with every change to the public thread. */
  version: number;
  /** The later of the review's last change and its newest public comment. */
  lastChanged: Date;
}

/** A comment as its author's edit or delete finds it (see own-comment-service.ts). */
export interface OwnComment {
  id: number;
  documentId: string;
  reviewDocumentId: string;
  moderationStatus: string;
  createdAt: string | number | Date;
  editTokenHash: string | null;
  authorUserId: number | null;
  authorEmail: string;
  authorName: string;
  authorUrl: string | null;
  content: string;
  containsSpoilers: boolean | null;
  earlierVersions: unknown;
  threadNumber: number | null;
}

/** A comment as a feed entry shows it: nothing private. */
export interface FeedComment {
  documentId: string;
  authorName: string;
  content: string;
  contentHtml: string | null;
  createdAt: string | number | Date;
}

/** What moderators see of a comment: emails included, for the admin API only. */
const MODERATION_COLUMNS = ['documentId', 'reviewDocumentId', 'parentDocumentId', 'authorName', 'authorEmail', 'authorUrl', 'content', 'containsSpoilers', 'rating', 'moderationStatus', 'isEditorReply', 'createdAt', 'moderatedAt', 'moderatedBy', 'likeCount', 'heldReason', 'editedAt', 'earlierVersions', 'deletedAt'];
const STATE_COLUMNS = ['documentId', 'reviewDocumentId', 'moderationStatus', 'parentDocumentId', 'authorEmail'];
const PAGE_COLUMNS = ['documentId', 'threadParent', 'threadNumber', 'authorName', 'authorUrl', 'content', 'contentHtml', 'containsSpoilers', 'rating', 'isEditorReply', 'createdAt', 'likeCount', 'editedAt', 'deletedAt'] as const;
/** What deciding on a reader's edit or delete of their own comment reads. */
const OWN_COLUMNS = ['id', 'documentId', 'reviewDocumentId', 'moderationStatus', 'createdAt', 'editTokenHash', 'authorUserId', 'authorEmail', 'authorName', 'authorUrl', 'content', 'containsSpoilers', 'earlierVersions', 'threadNumber'];
const INSERT_BATCH = 200;

const newestFirst = [{ createdAt: 'desc' }, { id: 'desc' }];
const oldestFirst = [{ createdAt: 'asc' }, { id: 'asc' }];

/**
 * The threads whose state row each transaction has locked (and whose version it bumped): shared
 * by every store, since a comment's insert and its append are written by different services.
 */
const lockedThreads = new WeakMap<Knex.Transaction, Set<string>>();

/**
 * Reader comments and the per-review thread rows. Every write of a comment goes through the
 * query engine, so the comment lifecycles (comment-writes.ts) keep the thread bookkeeping and
 * write the outbox rows; the bookkeeping's own writes go around it in SQL, so they fire
 * nothing. A write that can change what the outbox tells runs in a transaction, which its
 * lifecycles' outbox rows join: they commit or roll back together.
 */
export const commentStore = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(READER_COMMENT_UID);
  const threadRows = () => strapi.db.query(COMMENT_THREAD_UID);
  const commentsTable = lazyTable(strapi, READER_COMMENT_UID);
  const threadsTable = lazyTable(strapi, COMMENT_THREAD_UID);
  const reviews = reviewStore(strapi);
  let names: ThreadTables | undefined;
  const tables = (): ThreadTables =>
    (names ??= { comments: commentsTable().name, threads: threadsTable().name, c: commentsTable().columns(COMMENT_COLUMNS), t: threadsTable().columns(THREAD_COLUMNS) });
  const knex = () => strapi.db.connection;
  /** A review subquery (`review`) with its thread row beside it, when it has one. */
  const withThreadRow = (review: Knex.QueryBuilder) => {
    const { threads, t } = tables();
    return knex().from(review.as('review')).leftJoin(threads, `${threads}.${t.reviewDocumentId}`, 'review.documentId');
  };
  /** A comment under the given root that the thread shows: a deleted root stays only for these. */
  const shownUnder = (root: Knex.Ref<string, any>) => {
    const { comments, c } = tables();
    return knex()({ below: comments }).select(knex().raw('1')).where(`below.${c.threadRoot}`, root).whereNotNull(`below.${c.threadNumber}`).whereNull(`below.${c.deletedAt}`);
  };
  const inTransaction = <T>(work: (trx: Knex.Transaction) => Promise<T>) => strapi.db.transaction(({ trx }) => work(trx));
  const exists = async (where: Record<string, unknown>) => Boolean(await rows().findOne({ select: ['id'], where }));
  const moderationScope = ({ review, q }: { review?: string; q?: string }) => ({
    ...(review ? { reviewDocumentId: review } : {}),
    ...(q ? { $or: [{ content: { $containsi: q } }, { authorName: { $containsi: q } }, { authorEmail: { $containsi: q } }] } : {}),
  });

  /** One state row per review; an insert that loses a race to another writer is a no-op. */
  const ensureStates = async (trx: Knex.Transaction, reviewIds: string[]) => {
    const { threads, t } = tables();
    const { column } = threadsTable();
    const existing = new Set(await trx(threads).whereIn(t.reviewDocumentId, reviewIds).pluck(t.reviewDocumentId));
    const now = new Date();
    const missing = reviewIds
      .filter((id) => !existing.has(id))
      .map((id) => ({
        [column('documentId')]: newDocumentId(),
        [t.reviewDocumentId]: id,
        [t.version]: 0,
        [t.approvedCount]: 0,
        [t.rootCount]: 0,
        [t.ratingCount]: 0,
        [t.ratingSum]: 0,
        [t.deletedCount]: 0,
        [column('likeCount')]: 0,
        [column('createdAt')]: now,
        [column('updatedAt')]: now,
        [column('publishedAt')]: now,
      }));
    if (missing.length > 0) await trx(threads).insert(missing).onConflict(t.reviewDocumentId).ignore();
  };

  const recomputeIn = async (trx: Knex.Transaction, reviewIds: string[], depth: number) => {
    const ids = placeholders(reviewIds);
    const { numbering, unnumbering, counting } = recomputeSql(tables(), strapi.db.dialect.client, ids);
    await trx.raw(numbering, [...reviewIds, depth]);
    await trx.raw(unnumbering, reviewIds);
    await ensureStates(trx, reviewIds);
    await trx.raw(counting, reviewIds);
  };

  /** Locks the review's thread (its state row) for the rest of the transaction, bumping its version once. */
  const lockState = async (trx: Knex.Transaction, review: string) => {
    const locked = lockedThreads.get(trx) ?? new Set<string>();
    lockedThreads.set(trx, locked);
    if (locked.has(review)) return;
    const { threads, t } = tables();
    const bump = () => trx(threads).where(t.reviewDocumentId, review).increment(t.version, 1);
    // The first comment of a review creates its state row.
    if (Number(await bump()) === 0) {
      await ensureStates(trx, [review]);
      await bump();
    }
    locked.add(review);
  };

  /** The steps of appending one comment, inside the caller's transaction (see thread-bookkeeping.ts). */
  const threadWriter = (trx: Knex.Transaction) => {
    const { comments, threads, c, t } = tables();
    return {
      /** The comment, if approved; a locking read (see lockingRead). */
      async lockApproved(commentId: number) {
        const [comment] = await lockingRead(
          strapi,
          trx(comments)
            .select({ id: c.id, documentId: c.documentId, reviewDocumentId: c.reviewDocumentId, parentDocumentId: c.parentDocumentId, rating: c.rating, createdAt: c.createdAt })
            .where({ [c.id]: commentId, [c.moderationStatus]: 'approved' })
        );
        return comment as { id: number; documentId: string; reviewDocumentId: string; parentDocumentId: string | null; rating: number | null; createdAt: unknown } | undefined;
      },
      /** Locks the review's thread (its state row) and answers how many comments it numbers. */
      async lockThread(review: string): Promise<number> {
        await lockState(trx, review);
        // This transaction's own write of the row is the latest.
        const [{ count }] = await trx(threads).select({ count: t.approvedCount }).where(t.reviewDocumentId, review);
        return Number(count);
      },
      async lockNumbered(review: string, number: number) {
        const [last] = await lockingRead(strapi, trx(comments).select({ createdAt: c.createdAt, id: c.id }).where({ [c.reviewDocumentId]: review, [c.threadNumber]: number }));
        return last as { createdAt: unknown; id: number } | undefined;
      },
      /** The parent's place, and whether its root's author deleted it (a reply may be what shows that root again). */
      async lockNumberedParent(review: string, documentId: string) {
        const rootDeleted = trx({ root: comments }).select(`root.${c.deletedAt}`).where(`root.${c.documentId}`, trx.ref(`${comments}.${c.threadRoot}`));
        const [parent] = await lockingRead(
          strapi,
          trx(comments)
            .select({ documentId: c.documentId, threadParent: c.threadParent, threadRoot: c.threadRoot, threadDepth: c.threadDepth, rootDeletedAt: rootDeleted })
            .where({ [c.documentId]: documentId, [c.reviewDocumentId]: review })
            .whereNotNull(c.threadNumber)
        );
        return parent as { documentId: string; threadParent: string | null; threadRoot: string; threadDepth: number; rootDeletedAt: unknown } | undefined;
      },
      async place(commentId: number, place: { number: number; root: string; parent: string | null; depth: number }) {
        await trx(comments).where(c.id, commentId).update({ [c.threadNumber]: place.number, [c.threadRoot]: place.root, [c.threadParent]: place.parent, [c.threadDepth]: place.depth });
      },
      async countAppended(review: string, { root, rating }: { root: boolean; rating: number | null }) {
        await trx(threads)
          .where(t.reviewDocumentId, review)
          .update({
            [t.approvedCount]: trx.raw('?? + 1', [t.approvedCount]),
            [t.rootCount]: trx.raw(`?? + ${root ? 1 : 0}`, [t.rootCount]),
            [t.ratingCount]: trx.raw(`?? + ${rating === null ? 0 : 1}`, [t.ratingCount]),
            [t.ratingSum]: trx.raw('?? + ?', [t.ratingSum, rating ?? 0]),
          });
      },
      recompute: (reviewIds: string[], depth: number) => recomputeIn(trx, reviewIds, depth),
    };
  };

  return {
    // The public thread: a conditional read, then one page.

    /** A published review's thread state, in one query (the review is read with its thread row); null when there is no such review. */
    async threadState(address: ReviewAddress): Promise<ThreadState | null> {
      const { threads, t } = tables();
      const [row] = await withThreadRow(reviews.rowAt(address)).select({
        reviewDocumentId: 'review.documentId',
        version: `${threads}.${t.version}`,
        approvedCount: `${threads}.${t.approvedCount}`,
        rootCount: `${threads}.${t.rootCount}`,
        deletedCount: `${threads}.${t.deletedCount}`,
      });
      if (!row) return null;
      return {
        reviewDocumentId: row.reviewDocumentId,
        version: Number(row.version ?? 0),
        shownCount: Number(row.approvedCount ?? 0) - Number(row.deletedCount ?? 0),
        rootCount: Number(row.rootCount ?? 0),
      };
    },

    /**
     * What a review's comment feed changes with, in one query: the review's name and last change,
     * its thread's version and when its newest public comment came; null when there is no such review.
     */
    async feedState(address: ReviewAddress): Promise<CommentFeedState | null> {
      const { comments, threads, c, t } = tables();
      const newestComment = knex()(comments).max(c.createdAt).where(c.reviewDocumentId, knex().ref('review.documentId')).whereNotNull(c.threadNumber);
      const [row] = await withThreadRow(reviews.rowAt(address, ['documentId', 'title', 'slug', 'updatedAt'])).select({
        reviewDocumentId: 'review.documentId',
        title: 'review.title',
        slug: 'review.slug',
        reviewUpdatedAt: 'review.updatedAt',
        version: `${threads}.${t.version}`,
        newestComment,
      });
      if (!row) return null;
      const lastChanged = Math.max(storedTime(row.reviewUpdatedAt), row.newestComment === null ? 0 : storedTime(row.newestComment));
      return { reviewDocumentId: row.reviewDocumentId, title: row.title, slug: row.slug, version: Number(row.version ?? 0), lastChanged: new Date(lastChanged) };
    },

    /** A review's latest public comments for its feed, newest first: numbered (approved) ones without spoilers. */
    feedComments(reviewDocumentId: string, limit: number): Promise<FeedComment[]> {
      return rows().findMany({
        select: ['documentId', 'authorName', 'content', 'contentHtml', 'createdAt'],
        where: { reviewDocumentId, threadNumber: { $notNull: true }, deletedAt: null, $or: [{ containsSpoilers: false }, { containsSpoilers: null }] },
        orderBy: newestFirst,
        limit,
      });
    },

    /**
     * One page of a thread in one query: the page's roots (by number, or by likes then number for
     * `top`) and every numbered comment under them, in posting order.
     */
    threadPage(reviewDocumentId: string, page: { sort: CommentSort; offset: number; limit: number }): Promise<ThreadRow[]> {
      const { comments, c } = tables();
      const byNumber = { column: c.threadNumber, order: page.sort === 'newest' ? 'desc' : 'asc' };
      const rootOrder = page.sort === 'top' ? [{ column: commentsTable().column('likeCount'), order: 'desc' }, byNumber] : [byNumber];
      const roots = knex()(comments)
        .select({ root: c.documentId })
        .where({ [c.reviewDocumentId]: reviewDocumentId, [c.threadParent]: null })
        .whereNotNull(c.threadNumber)
        .where((shown) => shown.whereNull(c.deletedAt).orWhereExists(shownUnder(knex().ref(`${comments}.${c.documentId}`))))
        .orderBy(rootOrder)
        .limit(page.limit)
        .offset(page.offset)
        .as('page_roots');
      return knex()({ c: comments })
        .join(roots, `c.${c.threadRoot}`, 'page_roots.root')
        .select(Object.fromEntries(PAGE_COLUMNS.map((attribute) => [attribute, `c.${commentsTable().column(attribute)}`])))
        .whereNotNull(`c.${c.threadNumber}`)
        .orderBy(`c.${c.threadNumber}`, 'asc');
    },

    /** The counts each review's thread row keeps, one row per review. */
    async threadCounts(reviewDocumentIds: string[]): Promise<Array<{ reviewDocumentId: string; shownCount: number; ratingCount: number; ratingSum: number; likeCount: number }>> {
      const found = await threadRows().findMany({
        select: ['reviewDocumentId', 'approvedCount', 'deletedCount', 'ratingCount', 'ratingSum', 'likeCount'],
        where: { reviewDocumentId: { $in: reviewDocumentIds } },
      });
      return found.map((row: any) => ({
        reviewDocumentId: row.reviewDocumentId,
        shownCount: Number(row.approvedCount) - Number(row.deletedCount ?? 0),
        ratingCount: Number(row.ratingCount),
        ratingSum: Number(row.ratingSum),
        likeCount: Number(row.likeCount ?? 0),
      }));
    },

    // Likes (likes/like-store.ts), in the like's transaction.

    /** Locks the review's thread and bumps its version: a comment's like count changes what its pages show. */
    lockThreadIn: (trx: Knex.Transaction, review: string) => lockState(trx, review),

    /** The review's thread row, which keeps the review's like count, created if it has none yet. */
    ensureThreadIn: (trx: Knex.Transaction, review: string) => ensureStates(trx, [review]),

    // The thread bookkeeping (thread-bookkeeping.ts).

    /** Runs `work` in a transaction with the steps of an append. */
    appendInTransaction: <T>(work: (thread: ReturnType<typeof threadWriter>) => Promise<T>) => inTransaction((trx) => work(threadWriter(trx))),

    /** Numbers, display parents and counts of these reviews' threads, recomputed in one transaction. */
    recomputeThreads: (reviewIds: string[], depth: number) => inTransaction((trx) => recomputeIn(trx, reviewIds, depth)),

    reviewsWithComments(): Promise<string[]> {
      const { comments, c } = tables();
      return knex()(comments).distinct(c.reviewDocumentId).pluck(c.reviewDocumentId);
    },

    /** Reviews with an approved comment the bookkeeping has not numbered (stored before it, or written around it). */
    reviewsWithUnnumbered(): Promise<string[]> {
      const { comments, c } = tables();
      return knex()(comments).distinct(c.reviewDocumentId).where(c.moderationStatus, 'approved').whereNull(c.threadNumber).pluck(c.reviewDocumentId);
    },

    withoutHtml(limit: number): Promise<Array<{ id: number; content: string | null }>> {
      const { comments, c } = tables();
      const { column } = commentsTable();
      return knex()(comments).select({ id: c.id, content: column('content') }).whereNull(column('contentHtml')).limit(limit);
    },

    /** The rendered HTML of comments stored without it, in one transaction. */
    async saveHtml(rendered: Array<{ id: number; html: string }>) {
      const { comments, c } = tables();
      await inTransaction(async (trx) => {
        for (const row of rendered) await trx(comments).where(c.id, row.id).update({ [commentsTable().column('contentHtml')]: row.html });
      });
    },

    // Posting a comment.

    isApprovedIn: (documentId: string, reviewDocumentId: string) => exists({ documentId, reviewDocumentId, moderationStatus: 'approved', deletedAt: null }),

    /**
     * In one query: whether this email already posted this text on this review, whether it has an
     * approved comment, and whether `blocks` (the blocks holding for the poster) has a row.
     */
    async postingHistory({ authorEmail, reviewDocumentId, content, blocks }: { authorEmail: string; reviewDocumentId: string; content: string; blocks: Knex.QueryBuilder }) {
      const { comments, c } = tables();
      const { column } = commentsTable();
      const posted = knex()(comments).select(c.id).where({ [column('authorEmail')]: authorEmail, [c.reviewDocumentId]: reviewDocumentId, [column('content')]: content });
      const approved = knex()(comments).select(c.id).where({ [column('authorEmail')]: authorEmail, [c.moderationStatus]: 'approved' });
      const [row] = await knex().select({ repeat: knex().raw('exists ?', [posted]), returning: knex().raw('exists ?', [approved]), blocked: knex().raw('exists ?', [blocks]) });
      return { repeat: Boolean(Number(row.repeat)), returning: Boolean(Number(row.returning)), blocked: Boolean(Number(row.blocked)) };
    },

    /**
     * Through the query engine in a transaction: the lifecycles' thread bookkeeping and outbox
     * rows commit with the comment. Input is validated at the edge (comment-input.ts), so the
     * document service's second validation is left out; `publishedAt` is what it would set on a
     * type without drafts; a deadlock's victim is run again. Null when the same comment is
     * already stored.
     */
    create(data: Record<string, unknown>): Promise<{ documentId: string } | null> {
      return unlessDuplicate(() =>
        retryingDeadlocks(async () => {
          // Strapi types the callback's promise as the transaction's result; awaiting unwraps it.
          const created: { documentId: string } = await strapi.db.transaction(async ({ trx }) => {
            // An approved comment is numbered into its thread: taking the thread's lock before the
            // insert, as its append would after, queues concurrent posts to one thread at its
            // state row instead of letting them deadlock over each other's new comments.
            if (data.moderationStatus === 'approved') await lockState(trx, String(data.reviewDocumentId));
            return rows().create({ data: { ...data, publishedAt: new Date() } });
          });
          return created;
        })
      );
    },

    // Readers' edits and deletes of their own comments (own-comment-service.ts).

    /** The comment as its author's edit or delete needs it; null when there is none or its author deleted it. */
    ownComment: (documentId: string): Promise<OwnComment | null> => rows().findOne({ select: OWN_COLUMNS, where: { documentId, deletedAt: null } }),

    /** Whether an approved reply its author has not deleted hangs under the comment. */
    hasShownReplies: (documentId: string) => exists({ parentDocumentId: documentId, moderationStatus: 'approved', deletedAt: null }),

    /**
     * Through the query engine in a transaction, so its lifecycles render the HTML, recompute the
     * thread and write the outbox rows with it; `alongside` runs in the same transaction. A
     * deadlock's victim is run again. Null when the unique duplicate key refused the new text.
     */
    updateOwn(id: number, data: Record<string, unknown>, alongside?: (trx: Knex.Transaction) => Promise<unknown>): Promise<true | null> {
      return unlessDuplicate(() =>
        retryingDeadlocks(async () => {
          await strapi.db.transaction(async ({ trx }) => {
            await rows().update({ where: { id }, data });
            await alongside?.(trx);
          });
          return true as const;
        })
      );
    },

    /** A comment the thread never showed, gone for good. */
    async deleteOwn(id: number) {
      await retryingDeadlocks(() => strapi.db.transaction(() => rows().delete({ where: { id } })));
    },

    // What the lifecycles compare (comment-writes.ts).

    /** The comments a write's `where` selects, as the outbox compares them. */
    states: (where: unknown): Promise<CommentState[]> => rows().findMany({ select: STATE_COLUMNS, where }),

    statesOf: (documentIds: string[]): Promise<CommentState[]> => rows().findMany({ select: STATE_COLUMNS, where: { documentId: { $in: documentIds } } }),

    /** A deleted review's comments and thread row. */
    async deleteForReview(reviewDocumentId: string) {
      await rows().deleteMany({ where: { reviewDocumentId } });
      await threadRows().deleteMany({ where: { reviewDocumentId } });
    },

    // Moderation.

    async countsByStatus(scope: { review?: string; q?: string }) {
      const where = moderationScope(scope);
      const counts = await Promise.all(MODERATION_STATUSES.map((status) => rows().count({ where: { ...where, moderationStatus: status } })));
      return Object.fromEntries(MODERATION_STATUSES.map((status, i) => [status, counts[i]])) as Record<(typeof MODERATION_STATUSES)[number], number>;
    },

    /** A page of the moderation queue, newest or oldest first, and how many comments match. */
    async moderationPage(query: { status?: string; review?: string; q?: string; sort: ModerationSort; offset: number; limit: number }) {
      const where = { ...moderationScope(query), ...(query.status ? { moderationStatus: query.status } : {}) };
      const [found, total] = await Promise.all([
        rows().findMany({ select: MODERATION_COLUMNS, where, orderBy: query.sort === 'oldest' ? oldestFirst : newestFirst, offset: query.offset, limit: query.limit }),
        rows().count({ where }),
      ]);
      return { rows: found as Array<Record<string, any>>, total };
    },

    /** Every comment of a review, every status, in posting order. */
    conversation: (reviewDocumentId: string): Promise<Array<Record<string, any>>> =>
      rows().findMany({ select: MODERATION_COLUMNS, where: { reviewDocumentId }, orderBy: oldestFirst }),

    /** The newest pending comments, of one review or all. */
    latestPending: ({ reviewDocumentId, limit }: { reviewDocumentId?: string; limit: number }): Promise<Array<Record<string, any>>> =>
      rows().findMany({ select: MODERATION_COLUMNS, where: { ...(reviewDocumentId ? { reviewDocumentId } : {}), moderationStatus: 'pending' }, orderBy: newestFirst, limit }),

    async pendingIds(): Promise<string[]> {
      return (await rows().findMany({ select: ['documentId'], where: { moderationStatus: 'pending' } })).map((row: { documentId: string }) => row.documentId);
    },

    hasPendingBesides: (documentIds: string[]) => exists({ moderationStatus: 'pending', documentId: { $notIn: documentIds } }),

    /** A moderator's decision on these comments, in the caller's transaction; answers the ones there were. */
    async setStatus(documentIds: string[], moderationStatus: string, moderatedBy: string): Promise<string[]> {
      const found: Array<{ documentId: string }> = await rows().findMany({ select: ['documentId'], where: { documentId: { $in: documentIds } } });
      if (found.length > 0) await rows().updateMany({ where: { documentId: { $in: found.map((row) => row.documentId) } }, data: { moderationStatus, moderatedAt: new Date(), moderatedBy } });
      return found.map((row) => row.documentId);
    },

    find: (documentId: string, select: string[]): Promise<Record<string, any> | null> => rows().findOne({ select, where: { documentId } }),

    // Reader reports.

    findApproved: (documentId: string): Promise<{ documentId: string; containsSpoilers: boolean | null } | null> =>
      rows().findOne({ select: ['documentId', 'containsSpoilers'], where: { documentId, moderationStatus: 'approved', deletedAt: null } }),

    async markSpoilers(documentId: string) {
      await strapi.db.transaction(() => rows().updateMany({ where: { documentId, moderationStatus: 'approved' }, data: { containsSpoilers: true } }));
    },

    /** Back to the moderation queue, with who sent it there. */
    async holdApproved(documentId: string, moderatedBy: string) {
      await strapi.db.transaction(() => rows().updateMany({ where: { documentId, moderationStatus: 'approved' }, data: { moderationStatus: 'pending', moderatedAt: new Date(), moderatedBy } }));
    },

    // Notifications.

    /** Of these comments, the ones whose author asked to hear about replies, with that author's email. */
    subscribedAuthors: (documentIds: string[]): Promise<Array<{ documentId: string; authorEmail: string }>> =>
      rows().findMany({ select: ['documentId', 'authorEmail'], where: { documentId: { $in: documentIds }, notifyReplies: true } }),

    /** No more reply emails for any comment of this comment's author (none when the comment is gone). */
    async unsubscribeAuthorOf(documentId: string) {
      const comment = await rows().findOne({ select: ['authorEmail'], where: { documentId } });
      if (comment) await rows().updateMany({ where: { authorEmail: comment.authorEmail, notifyReplies: true }, data: { notifyReplies: false } });
    },

    // Readers' personal data.

    /** Every comment of an email (matched without case), oldest first. */
    byEmail: (email: string): Promise<Array<Record<string, any>>> => rows().findMany({ where: { authorEmail: { $eqi: email } }, orderBy: oldestFirst }),

    refsByEmail: (email: string): Promise<Array<{ id: number; documentId: string; parentDocumentId: string | null; reviewDocumentId: string }>> =>
      rows().findMany({ select: ['id', 'documentId', 'parentDocumentId', 'reviewDocumentId'], where: { authorEmail: { $eqi: email } } }),

    /** Replaces the author and drops everything else that identifies them (their account, client, and earlier texts), in one transaction. */
    async anonymize(ids: number[], author: { authorName: string; authorEmail: string }) {
      await strapi.db.transaction(() =>
        rows().updateMany({
          where: { id: { $in: ids } },
          data: { ...author, authorUrl: null, authorUserId: null, ipHash: null, userAgent: null, contentKey: null, notifyReplies: false, editTokenHash: null, earlierVersions: null },
        })
      );
    },

    /** Replies to these comments that are not among them. */
    repliesTo: (documentIds: string[]): Promise<Array<{ id: number; parentDocumentId: string }>> =>
      rows().findMany({ select: ['id', 'parentDocumentId'], where: { parentDocumentId: { $in: documentIds }, documentId: { $notIn: documentIds } } }),

    async reparent(ids: number[], parentDocumentId: string | null) {
      await rows().updateMany({ where: { id: { $in: ids } }, data: { parentDocumentId } });
    },

    async deleteByIds(ids: number[]) {
      await rows().deleteMany({ where: { id: { $in: ids } } });
    },

    /** Forgets the client address hash and user agent of comments stored before `before`; answers how many. */
    async clearClientData(before: Date): Promise<number> {
      const { count } = await rows().updateMany({
        where: { createdAt: { $lt: before }, $or: [{ ipHash: { $notNull: true } }, { userAgent: { $notNull: true } }] },
        data: { ipHash: null, userAgent: null },
      });
      return count;
    },

    // The WordPress import.

    /** Of these duplicate keys, the ones already stored. */
    async takenContentKeys(contentKeys: string[]): Promise<Set<string>> {
      if (contentKeys.length === 0) return new Set();
      return new Set((await rows().findMany({ select: ['contentKey'], where: { contentKey: { $in: contentKeys } } })).map((row: { contentKey: string }) => row.contentKey));
    },

    /** New comments in bulk inserts (their lifecycle recomputes each batch's reviews once), then changed ones one by one. */
    async writeImported(creates: Array<Record<string, unknown>>, updates: Array<{ documentId: string; data: Record<string, unknown> }>) {
      for (let from = 0; from < creates.length; from += INSERT_BATCH) await rows().createMany({ data: creates.slice(from, from + INSERT_BATCH) });
      for (const { documentId, data } of updates) await rows().update({ where: { documentId }, data });
    },

    // Insights.

    /** Approved comments per reader rating, the reviews with the most approved comments, and when recent comments came. */
    commentActivity(since: Date, mostDiscussed: number) {
      const { name, column } = commentsTable();
      const table = () => knex()(name);
      return Promise.all([
        table().select({ rating: column('rating') }).count({ n: '*' }).where(column('moderationStatus'), 'approved').whereNotNull(column('rating')).groupBy(column('rating')),
        table().select({ createdAt: column('createdAt') }).where(column('createdAt'), '>=', since) as Promise<Array<{ createdAt: string | number | Date }>>,
        table().select({ review: column('reviewDocumentId') }).count({ n: '*' }).where(column('moderationStatus'), 'approved').whereNull(column('deletedAt')).groupBy(column('reviewDocumentId')).orderBy('n', 'desc').limit(mostDiscussed),
      ]);
    },
  };
};

export type CommentStore = ReturnType<typeof commentStore>;
