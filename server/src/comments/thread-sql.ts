/**
 * The set-based statements of the thread bookkeeping, as text for comment-store.ts (the only
 * caller), which hands in the table and column names Strapi's metadata gives.
 */

export const COMMENT_COLUMNS = ['id', 'documentId', 'parentDocumentId', 'reviewDocumentId', 'moderationStatus', 'createdAt', 'rating', 'threadNumber', 'threadRoot', 'threadParent', 'threadDepth', 'deletedAt'] as const;
export const THREAD_COLUMNS = ['reviewDocumentId', 'version', 'approvedCount', 'deletedCount', 'rootCount', 'ratingCount', 'ratingSum'] as const;

export interface ThreadTables {
  comments: string;
  threads: string;
  c: Record<(typeof COMMENT_COLUMNS)[number], string>;
  t: Record<(typeof THREAD_COLUMNS)[number], string>;
}

/**
 * The approved comments of the given reviews as the public thread shows them, in one recursive
 * query: `num` is the position in posting order, a reply whose parent is not an approved earlier
 * comment of the same review is a root, and a reply deeper than maxDepth hangs from its deepest
 * allowed ancestor (the parent's own display parent once the parent sits at maxDepth). The
 * depth limit is its one `?` after the review ids.
 */
const threadTree = ({ comments, c }: ThreadTables, reviews: string, textType: string) => `
WITH RECURSIVE approved AS (
  SELECT ${c.id} AS row_id, ${c.documentId} AS doc, ${c.parentDocumentId} AS parent_doc, ${c.reviewDocumentId} AS review,
         ROW_NUMBER() OVER (PARTITION BY ${c.reviewDocumentId} ORDER BY ${c.createdAt}, ${c.id}) AS num
  FROM ${comments}
  WHERE ${c.reviewDocumentId} IN (${reviews}) AND ${c.moderationStatus} = 'approved'
), tree AS (
  SELECT a.row_id, a.doc, a.review, a.num, a.doc AS root_doc, CAST(NULL AS ${textType}) AS shown_parent, 0 AS lvl
  FROM approved a
  WHERE NOT EXISTS (
    SELECT 1 FROM approved p
    WHERE p.doc = a.parent_doc AND p.review = a.review AND p.num < a.num
  )
  UNION ALL
  SELECT a.row_id, a.doc, a.review, a.num, t.root_doc,
         CASE WHEN t.lvl < ? THEN t.doc ELSE t.shown_parent END, t.lvl + 1
  FROM approved a
  JOIN tree t ON a.parent_doc = t.doc AND a.review = t.review AND a.num > t.num
)`;

/** `?, ?, ?` for a list of bindings. */
export const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

/**
 * The three statements of a recompute, each binding the review ids (`ids` holds their
 * placeholders). MySQL and MariaDB have no `UPDATE … FROM`, no `IS DISTINCT FROM` and no CAST to
 * VARCHAR: they join the tree as a derived table and compare with the null-safe `<=>`.
 */
export const recomputeSql = (names: ThreadTables, client: string, ids: string) => {
  const { comments, threads, c, t } = names;
  const mysql = client === 'mysql';
  const bookkeeping = [
    [c.threadNumber, 'tree.num'],
    [c.threadRoot, 'tree.root_doc'],
    [c.threadParent, 'tree.shown_parent'],
    [c.threadDepth, 'tree.lvl'],
  ] as const;
  const differs = (column: string, value: string) => (mysql ? `NOT (${comments}.${column} <=> ${value})` : `${comments}.${column} IS DISTINCT FROM ${value}`);
  const changed = bookkeeping.map(([column, value]) => differs(column, value)).join(' OR ');
  const numbering = mysql
    ? `UPDATE ${comments} JOIN (${threadTree(names, ids, 'CHAR(255)')} SELECT * FROM tree) tree ON ${comments}.${c.id} = tree.row_id
      SET ${bookkeeping.map(([column, value]) => `${comments}.${column} = ${value}`).join(', ')}
      WHERE ${changed}`
    : `${threadTree(names, ids, 'VARCHAR(255)')}
      UPDATE ${comments} SET ${bookkeeping.map(([column, value]) => `${column} = ${value}`).join(', ')}
      FROM tree
      WHERE ${comments}.${c.id} = tree.row_id AND (${changed})`;
  const unnumbering = `UPDATE ${comments} SET ${bookkeeping.map(([column]) => `${column} = NULL`).join(', ')}
      WHERE ${c.reviewDocumentId} IN (${ids}) AND ${differs(c.moderationStatus, "'approved'")} AND ${c.threadNumber} IS NOT NULL`;
  const numbered = (aggregate: string, extra = '') =>
    `(SELECT ${aggregate} FROM ${comments} c WHERE c.${c.reviewDocumentId} = ${threads}.${t.reviewDocumentId} AND c.${c.threadNumber} IS NOT NULL${extra})`;
  // A comment its author deleted keeps its number (the others keep theirs); a deleted root is
  // shown, and counted, only while a comment under it is not deleted.
  const shownRoot = `c.${c.threadParent} IS NULL AND (c.${c.deletedAt} IS NULL OR EXISTS (
        SELECT 1 FROM ${comments} below WHERE below.${c.threadRoot} = c.${c.documentId} AND below.${c.threadNumber} IS NOT NULL AND below.${c.deletedAt} IS NULL))`;
  const counting = `UPDATE ${threads} SET ${t.version} = ${t.version} + 1,
        ${t.approvedCount} = ${numbered('COUNT(*)')},
        ${t.deletedCount} = ${numbered('COUNT(*)', ` AND c.${c.deletedAt} IS NOT NULL`)},
        ${t.rootCount} = ${numbered('COUNT(*)', ` AND ${shownRoot}`)},
        ${t.ratingCount} = ${numbered(`COUNT(c.${c.rating})`)},
        ${t.ratingSum} = ${numbered(`COALESCE(SUM(c.${c.rating}), 0)`)}
      WHERE ${t.reviewDocumentId} IN (${ids})`;
  return { numbering, unnumbering, counting };
};
