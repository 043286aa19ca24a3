import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

export const PEER_UID = 'plugin::comments.comment';

/**
 * The same thread shape as thread-seed.ts, loaded into strapi-plugin-comments 3.2.4 for the
 * review's api:: copy: approved comments whose `threadOf` relation points at the parent.
 * Rows go in with explicit ids so the relation's link rows can follow in bulk.
 */
export const seedPeerThread = async (strapi: Core.Strapi, related: string, count: number, startAt = new Date('2025-01-01T00:00:00Z')) => {
  const knex = strapi.db.connection;
  const meta: any = strapi.db.metadata.get(PEER_UID);
  const column = (attribute: string) => meta.attributes[attribute].columnName ?? attribute;
  const link = meta.attributes.threadOf.joinTable;
  const [{ max }] = await knex(meta.tableName).max('id as max');
  let id = Number(max ?? 0);
  const rows: Record<string, unknown>[] = [];
  const links: Record<string, number>[] = [];
  let parent = 0;
  for (let i = 0; i < count; i += 1) {
    id += 1;
    const created = new Date(startAt.getTime() + i * 1000);
    rows.push({
      id,
      [column('documentId')]: randomUUID().replace(/-/g, '').slice(0, 24),
      [column('content')]: `Bench comment ${i}: the ending still gets me. More at https://example.net/notes/${i}\n\nSecond paragraph.`,
      [column('blocked')]: false,
      [column('blockedThread')]: false,
      [column('authorId')]: `bench-${i}`,
      [column('authorName')]: `Bench reader ${i}`,
      [column('authorEmail')]: `bench${i}@readers.test`,
      [column('isAdminComment')]: false,
      [column('approvalStatus')]: 'APPROVED',
      [column('related')]: related,
      [column('createdAt')]: created,
      [column('updatedAt')]: created,
      [column('publishedAt')]: created,
    });
    if (i % 5 !== 0) links.push({ [link.joinColumn.name]: id, [link.inverseJoinColumn.name]: parent });
    parent = id;
  }
  for (let from = 0; from < rows.length; from += 100) await knex(meta.tableName).insert(rows.slice(from, from + 100));
  for (let from = 0; from < links.length; from += 400) await knex(link.name).insert(links.slice(from, from + 400));
};
