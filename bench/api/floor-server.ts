/**
 * The floors, plain node:http and better-sqlite3 on the bench's database, no Strapi, no
 * middleware, no permissions. GET: one SQL query for the same rows the plugin reads for a thread
 * page (the page's roots and their replies, with the thread's counts), the same nesting, JSON.
 * POST: the JSON body parsed and one comment row inserted, held as pending, as the plugin stores
 * a first-time reader's; the database is in the mode the app left it (WAL), synchronous=NORMAL.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { nestPage, type ThreadRow } from '../../server/src/comments/thread';

const db = new Database(process.argv[2], { readonly: true });
const writer = new Database(process.argv[2]);
writer.pragma('synchronous = NORMAL');
const insert = writer.prepare(`
  INSERT INTO film_reviews_reader_comments (document_id, review_document_id, author_name, author_email, content, content_html, moderation_status,
    contains_spoilers, is_editor_reply, notify_replies, created_at, updated_at, published_at)
  VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, 0, 0, ?, ?, ?)`);

const postComment = (request: http.IncomingMessage, response: http.ServerResponse, review: string) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const { data } = JSON.parse(Buffer.concat(chunks).toString());
    const documentId = randomUUID().replace(/-/g, '').slice(0, 24);
    const now = Date.now();
    insert.run(documentId, review, data.authorName, data.authorEmail, data.content, `<p>${data.content}</p>`, now, now, now);
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: { documentId, moderationStatus: 'pending' } }));
  });
};
const page = db.prepare(`
  SELECT c.document_id AS documentId, c.thread_parent AS threadParent, c.thread_number AS threadNumber, c.author_name AS authorName,
         c.author_url AS authorUrl, c.content, c.content_html AS contentHtml, c.contains_spoilers AS containsSpoilers, c.rating,
         c.is_editor_reply AS isEditorReply, c.created_at AS createdAt, t.approved_count, t.root_count
  FROM film_reviews_reader_comments c
  JOIN (SELECT document_id FROM film_reviews_reader_comments
        WHERE review_document_id = ? AND thread_parent IS NULL AND thread_number IS NOT NULL
        ORDER BY thread_number LIMIT ? OFFSET ?) p ON c.thread_root = p.document_id
  JOIN film_reviews_comment_threads t ON t.review_document_id = ?
  WHERE c.thread_number IS NOT NULL
  ORDER BY c.thread_number`);

const server = http.createServer((request, response) => {
  const url = new URL(request.url!, 'http://floor');
  const review = url.searchParams.get('review')!;
  if (request.method === 'POST') return postComment(request, response, review);
  const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
  const pageNumber = Number(url.searchParams.get('page') ?? 1);
  const rows = page.all(review, pageSize, (pageNumber - 1) * pageSize, review) as Array<ThreadRow & { approved_count: number; root_count: number }>;
  const total = rows[0]?.root_count ?? 0;
  const body = JSON.stringify({
    data: nestPage(rows, { sort: 'oldest', hideSpoilers: true }),
    meta: { pagination: { page: pageNumber, pageSize, pageCount: Math.ceil(total / pageSize), total }, totalComments: rows[0]?.approved_count ?? 0 },
  });
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as any).port }));

// As the bench's Strapi does: never outlive the bench that forked it.
process.on('disconnect', () => process.exit(1));
