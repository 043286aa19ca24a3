import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nestPage, type ThreadRow } from '../../server/src/comments/thread';

let number = 0;
const row = (id: string, parent: string | null = null, extra: Partial<ThreadRow> = {}): ThreadRow => {
  number += 1;
  return {
    documentId: id,
    threadParent: parent,
    threadNumber: number,
    authorName: `Author ${id}`,
    authorUrl: null,
    content: `Text ${id}`,
    contentHtml: `<p>Text ${id}</p>`,
    containsSpoilers: false,
    rating: null,
    isEditorReply: false,
    createdAt: Date.UTC(2026, 0, 1, 0, number),
    likeCount: 0,
    editedAt: null,
    deletedAt: null,
    ...extra,
  };
};
type Node = { documentId: string; replies: Node[] };
const shape = (nodes: Node[]): unknown[] => nodes.map((node) => (node.replies.length ? [node.documentId, shape(node.replies)] : node.documentId));
const oldest = { sort: 'oldest', hideSpoilers: false } as const;

describe('nesting a page of comments', () => {
  it('nests replies under their parents at any depth, oldest first', () => {
    const rows = [row('a'), row('b', 'a'), row('c', 'b'), row('d', 'c'), row('e'), row('f', 'a')];
    assert.deepEqual(shape(nestPage(rows, oldest)), [['a', [['b', [['c', ['d']]]], 'f']], 'e']);
  });

  it('puts the newest root first on request, its replies still oldest first', () => {
    const rows = [row('a'), row('b', 'a'), row('c', 'a'), row('d')];
    assert.deepEqual(shape(nestPage(rows, { ...oldest, sort: 'newest' })), ['d', ['a', ['b', 'c']]]);
  });

  it('puts the most liked root first for sort=top, ties oldest first, replies still in posting order', () => {
    const rows = [row('a', null, { likeCount: 1 }), row('b', 'a', { likeCount: 9 }), row('c', null, { likeCount: 3 }), row('d', null, { likeCount: 1 }), row('e', 'c'), row('f', 'c', { likeCount: 5 })];
    assert.deepEqual(shape(nestPage(rows, { ...oldest, sort: 'top' })), [['c', ['e', 'f']], ['a', ['b']], 'd']);
  });

  it('shows a reply whose parent is not on the page at the top level rather than dropping it', () => {
    assert.deepEqual(shape(nestPage([row('a'), row('b', 'elsewhere')], oldest)), ['a', 'b']);
  });

  it('hides the text of a spoiler comment only when asked, and says so', () => {
    const rows = [row('s', null, { containsSpoilers: 1 }), row('p', null, { containsSpoilers: 0 })];
    const [spoiler, plain] = nestPage(rows, { ...oldest, hideSpoilers: true });
    assert.deepEqual([spoiler.content, spoiler.contentHtml, spoiler.containsSpoilers, spoiler.spoilerHidden], [null, null, true, true]);
    assert.deepEqual([plain.content, plain.containsSpoilers, 'spoilerHidden' in plain], ['Text p', false, false]);
    const [shown] = nestPage(rows, oldest);
    assert.deepEqual([shown.content, shown.contentHtml, 'spoilerHidden' in shown], ['Text s', '<p>Text s</p>', false]);
  });

  it('gives the public shape whatever the database returns for booleans, numbers and dates', () => {
    const sqlite = row('x', null, { threadNumber: '7' as unknown as number, isEditorReply: 1, authorUrl: '', createdAt: Date.UTC(2026, 4, 2, 3, 4, 5) });
    const postgres = row('y', null, { isEditorReply: false, authorUrl: 'https://reader.test', rating: 4, createdAt: new Date('2026-05-02T03:04:05.000Z') });
    const [x, y] = nestPage([sqlite, postgres], oldest);
    assert.deepEqual(x, {
      documentId: 'x',
      number: 7,
      author: { name: 'Author x', url: null },
      content: 'Text x',
      contentHtml: '<p>Text x</p>',
      containsSpoilers: false,
      rating: null,
      isEditorReply: true,
      createdAt: '2026-05-02T03:04:05.000Z',
      editedAt: null,
      deleted: false,
      likes: 0,
      replies: [],
    });
    assert.deepEqual([y.author.url, y.rating, y.isEditorReply, y.createdAt], ['https://reader.test', 4, false, '2026-05-02T03:04:05.000Z']);
  });

  it("shows an edited comment's edit time, as the database returns it", () => {
    const [edited] = nestPage([row('e', null, { editedAt: Date.UTC(2026, 4, 2, 3, 14) })], oldest);
    assert.equal(edited.editedAt, '2026-05-02T03:14:00.000Z');
  });

  it('keeps a deleted comment, emptied, only while it holds a reply that is not deleted', () => {
    const deleted = { deletedAt: Date.UTC(2026, 4, 2), authorName: 'Was Here', content: 'gone', contentHtml: '<p>gone</p>', likeCount: 4, rating: 3 };
    const rows = [row('a', null, deleted), row('b', 'a'), row('c', null, deleted), row('d', null, deleted), row('e', 'd', deleted), row('f'), row('g', 'f', deleted)];
    const page = nestPage(rows, oldest);
    assert.deepEqual(shape(page), [['a', ['b']], 'f']);
    const { replies, ...placeholder } = page[0];
    assert.deepEqual(placeholder, {
      documentId: 'a',
      number: rows[0].threadNumber,
      author: { name: '[deleted]', url: null },
      content: null,
      contentHtml: null,
      containsSpoilers: false,
      rating: null,
      isEditorReply: false,
      createdAt: new Date(rows[0].createdAt).toISOString(),
      editedAt: null,
      deleted: true,
      likes: 0,
    });
    assert.equal(replies[0].deleted, false);
  });

  it('returns nothing for an empty page', () => {
    assert.deepEqual(nestPage([], { sort: 'newest', hideSpoilers: true }), []);
  });
});
