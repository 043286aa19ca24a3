import { REFERENCE_SLUG } from '../../playground/scripts/seed-content';

/**
 * The bad-input catalogue: one row per request that must be refused with a 4xx in Strapi's
 * error shape and write nothing. `{comment}` and `{review}` in a path are replaced by a real
 * comment's and review's documentId, so the route gets past "not found" to the input checks.
 */
export interface BadInput {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** Sent with the admin token (admin routes) instead of anonymously. */
  admin?: boolean;
  headers?: Record<string, string>;
  /** A JSON body, serialised with content-type application/json. */
  json?: unknown;
  /** A body sent byte for byte (with `headers` saying what it claims to be). */
  raw?: string | Buffer;
  status: number | [min: number, max: number];
  error?: string;
  /**
   * Refused by Strapi's body parser (malformed JSON, a prototype key, over its size limit) before
   * any plugin code runs: Strapi's error shape without `details`, which a plugin cannot change.
   */
  bodyParser?: true;
}

/** Requests that look hostile but are fine: answered 2xx, and a comment's text stored exactly as typed. */
export interface AcceptedInput extends Pick<BadInput, 'name' | 'method' | 'path' | 'json'> {
  status: number;
  stored?: string;
}

const REVIEWS = '/api/film-reviews/reviews';
const DETAIL = `${REVIEWS}/${REFERENCE_SLUG}`;
const COMMENTS = `${DETAIL}/comments`;
const ADMIN = '/film-reviews';
const JSON_TYPE = { 'content-type': 'application/json' };

/** A submission that passes every check, so each case changes exactly one thing. */
export const validComment = (email = 'catalogue@example.org') => ({ authorName: 'Cat', authorEmail: email, content: 'A fine film.' });
const comment = (changes: Record<string, unknown>) => ({ data: { ...validComment(), ...changes } });
/** `{"a":{"a":…1…}}` nested `depth` levels, as text: JSON.stringify would need the object first. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const rawComment = (dataJson: string) => `{"data":${dataJson}}`;

type Expected = Pick<BadInput, 'status' | 'error' | 'bodyParser'>;

const INVALID = { status: 400, error: 'ValidationError' } as const;
const CLIENT_ERROR: [number, number] = [400, 499];

const publicQueries: BadInput[] = [
  ['unknown top-level key', '?populate=*'],
  ['fields selection', '?fields[0]=title'],
  ['filter on a private comment field (authorEmail)', '?filters[authorEmail][$eq]=maren@example.org'],
  ['filter on ipHash', '?filters[ipHash][$notNull]=true'],
  ['filter on userAgent', '?filters[userAgent][$contains]=Mozilla'],
  ['filter on createdBy (admin user)', '?filters[createdBy][email][$contains]=@'],
  ['unknown operator', '?filters[rating][$foo]=3'],
  ['$where-style operator', '?filters[$where]=1%3D1'],
  ['$where on a field', '?filters[title][$where]=this.title'],
  ['raw SQL operator', '?filters[title][$raw]=1'],
  ['$or with a private field', '?filters[$or][0][authorEmail][$eq]=x'],
  ['filters not an object', '?filters=drop%20table'],
  ['sort on a private field', '?sort=authorEmail:asc'],
  ['sort on ipHash', '?sort=ipHash'],
  ['sort on an unknown field', '?sort=nope:desc'],
  ['sort in a bad direction', '?sort=title:sideways'],
  ['page -1', '?pagination[page]=-1'],
  ['page 0', '?pagination[page]=0'],
  ['page NaN', '?pagination[page]=NaN'],
  ['page 1.5', '?pagination[page]=1.5'],
  ['pageSize 0', '?pagination[pageSize]=0'],
  ['pageSize 1e400 (Infinity)', '?pagination[pageSize]=1e400'],
  ['pageSize as text', '?pagination[pageSize]=many'],
  ['page given twice', '?pagination[page]=1&pagination[page]=2'],
  ['start/limit pagination', '?pagination[start]=0&pagination[limit]=10'],
  ['pagination not an object', '?pagination=1'],
  ['locale of 21 characters', `?locale=${'x'.repeat(21)}`],
  ['locale as an object', '?locale[a]=b'],
  ['NUL byte in a filter value', '?filters[title][$eq]=a%00b'],
  ['filter 1,000 levels deep', `?filters${'[a]'.repeat(1000)}=1`],
].map(([name, query]) => ({ name: `GET /reviews: ${name}`, method: 'GET', path: `${REVIEWS}${query}`, status: 400 }));

const detailAndThreadQueries: BadInput[] = [
  { name: 'GET /reviews/:slug: spoilers=maybe', method: 'GET', path: `${DETAIL}?spoilers=maybe`, ...INVALID },
  { name: 'GET /reviews/:slug: unknown query key', method: 'GET', path: `${DETAIL}?populate=*`, ...INVALID },
  { name: 'GET /reviews/:slug: spoilers given twice', method: 'GET', path: `${DETAIL}?spoilers=show&spoilers=hide`, ...INVALID },
  { name: 'GET /reviews/:slug: slug of 10,000 characters', method: 'GET', path: `${REVIEWS}/${'a'.repeat(10_000)}`, ...INVALID },
  { name: 'GET /reviews/:slug: unknown slug', method: 'GET', path: `${REVIEWS}/no-such-film`, status: 404, error: 'NotFoundError' },
  { name: 'GET /reviews/:slug: NUL byte in the slug', method: 'GET', path: `${REVIEWS}/a%00b`, ...INVALID },
  { name: 'GET /reviews/:slug: U+202E in the slug', method: 'GET', path: `${REVIEWS}/%E2%80%AEog-em-tel-reven`, ...INVALID },
  { name: 'GET /reviews/:slug: SQL in the slug', method: 'GET', path: `${REVIEWS}/x'%20OR%201=1--`, ...INVALID },
  { name: 'GET /reviews/:slug: broken percent-encoding', method: 'GET', path: `${REVIEWS}/%E0%A4%A`, status: CLIENT_ERROR },
  { name: 'GET /reviews/:slug: invalid UTF-8 in the slug', method: 'GET', path: `${REVIEWS}/%C3%28`, status: CLIENT_ERROR },
  { name: 'GET /reviews/:slug: lone surrogate in the slug', method: 'GET', path: `${REVIEWS}/%ED%A0%80`, status: CLIENT_ERROR },
  { name: 'GET comments: sort=random', method: 'GET', path: `${COMMENTS}?sort=random`, ...INVALID },
  { name: 'GET comments: sort on a private field', method: 'GET', path: `${COMMENTS}?sort=authorEmail`, ...INVALID },
  { name: 'GET comments: filters on authorEmail', method: 'GET', path: `${COMMENTS}?filters[authorEmail][$eq]=maren@example.org`, ...INVALID },
  { name: 'GET comments: filters on ipHash', method: 'GET', path: `${COMMENTS}?filters[ipHash][$notNull]=true`, ...INVALID },
  { name: 'GET comments: page -1', method: 'GET', path: `${COMMENTS}?pagination[page]=-1`, ...INVALID },
  { name: 'GET comments: page NaN', method: 'GET', path: `${COMMENTS}?pagination[page]=NaN`, ...INVALID },
  { name: 'GET comments: pageSize 1e9', method: 'GET', path: `${COMMENTS}?pagination[pageSize]=1e9`, ...INVALID },
  { name: 'GET comments: pageSize 101', method: 'GET', path: `${COMMENTS}?pagination[pageSize]=101`, ...INVALID },
  { name: 'GET comments: spoilers=all', method: 'GET', path: `${COMMENTS}?spoilers=all`, ...INVALID },
  { name: 'GET comments: populate', method: 'GET', path: `${COMMENTS}?populate=*`, ...INVALID },
  { name: 'GET comments: slug of 10,000 characters', method: 'GET', path: `${REVIEWS}/${'a'.repeat(10_000)}/comments`, ...INVALID },
  { name: 'GET comments: unknown slug', method: 'GET', path: `${REVIEWS}/no-such-film/comments`, status: 404, error: 'NotFoundError' },
];

const REVIEWS_FEED = '/api/film-reviews/feeds/reviews.atom';
const COMMENTS_FEED = `/api/film-reviews/feeds/reviews/${REFERENCE_SLUG}/comments.atom`;

const feedQueries: BadInput[] = [
  { name: 'GET reviews feed: unknown query key', method: 'GET', path: `${REVIEWS_FEED}?limit=1000`, ...INVALID },
  { name: 'GET reviews feed: populate', method: 'GET', path: `${REVIEWS_FEED}?populate=*`, ...INVALID },
  { name: 'GET reviews feed: locale the site does not have', method: 'GET', path: `${REVIEWS_FEED}?locale=xx`, ...INVALID },
  { name: 'GET reviews feed: locale of 21 characters', method: 'GET', path: `${REVIEWS_FEED}?locale=${'x'.repeat(21)}`, ...INVALID },
  { name: 'GET reviews feed: locale as an object', method: 'GET', path: `${REVIEWS_FEED}?locale[$ne]=en`, ...INVALID },
  { name: 'GET comments feed: unknown query key', method: 'GET', path: `${COMMENTS_FEED}?spoilers=show`, ...INVALID },
  { name: 'GET comments feed: locale the site does not have', method: 'GET', path: `${COMMENTS_FEED}?locale=xx`, ...INVALID },
  { name: 'GET comments feed: slug of 10,000 characters', method: 'GET', path: `/api/film-reviews/feeds/reviews/${'a'.repeat(10_000)}/comments.atom`, ...INVALID },
  { name: 'GET comments feed: SQL in the slug', method: 'GET', path: `/api/film-reviews/feeds/reviews/x'%20OR%201=1--/comments.atom`, ...INVALID },
  { name: 'GET comments feed: unknown slug', method: 'GET', path: '/api/film-reviews/feeds/reviews/no-such-film/comments.atom', status: 404, error: 'NotFoundError' },
];

const post = (name: string, body: Pick<BadInput, 'json' | 'raw' | 'headers'>, expected: Expected = INVALID): BadInput => ({
  name: `POST comments: ${name}`,
  method: 'POST',
  path: COMMENTS,
  ...body,
  ...expected,
});

const commentPosts: BadInput[] = [
  post('no body', { headers: JSON_TYPE, raw: '' }),
  post('empty object', { json: {} }),
  post('data is a string', { json: { data: 'hello' } }),
  post('data is an array', { json: { data: [validComment()] } }),
  post('data is null', { json: { data: null } }),
  post('body is an array', { json: [comment({})] }),
  post('unknown top-level field', { json: { ...comment({}), meta: {} } }),
  post('content is a number', { json: comment({ content: 42 }) }),
  post('content is empty', { json: comment({ content: '' }) }),
  post('content is only whitespace', { json: comment({ content: ' \n\t ' }) }),
  post('content of 5,001 characters', { json: comment({ content: 'x'.repeat(5001) }) }),
  post('content is an object', { json: comment({ content: { $ne: null } }) }),
  post('authorName of 81 characters', { json: comment({ authorName: 'n'.repeat(81) }) }),
  post('authorName is an array', { json: comment({ authorName: ['Cat'] }) }),
  post('authorEmail without an @', { json: comment({ authorEmail: 'not-an-email' }) }),
  post('authorEmail of 300 characters', { json: comment({ authorEmail: `${'e'.repeat(290)}@example.org` }) }),
  post('authorUrl javascript:', { json: comment({ authorUrl: 'javascript:alert(1)' }) }),
  post('authorUrl ftp:', { json: comment({ authorUrl: 'ftp://example.org' }) }),
  post('authorUrl not a URL', { json: comment({ authorUrl: 'example dot org' }) }),
  post('rating as text', { json: comment({ rating: '5' }) }),
  post('rating 99', { json: comment({ rating: 99 }) }),
  post('rating -1', { json: comment({ rating: -1 }) }),
  post('rating 3.3 (not a half star)', { json: comment({ rating: 3.3 }) }),
  post('containsSpoilers as text', { json: comment({ containsSpoilers: 'yes' }) }),
  post('parent of 65 characters', { json: comment({ parent: 'p'.repeat(65) }) }),
  post('parent that does not exist', { json: comment({ parent: 'no-such-comment' }) }),
  post('company (honeypot) as an object', { json: comment({ company: { name: 'x' } }) }),
  post('altcha (proof of work) as an object', { json: comment({ altcha: { challenge: {}, solution: {} } }) }),
  post('altcha as a number', { json: comment({ altcha: 42 }) }),
  post('altcha of 4,001 characters', { json: comment({ altcha: 'a'.repeat(4001) }) }),
  post('mass assignment: moderationStatus', { json: comment({ moderationStatus: 'approved' }) }),
  post('mass assignment: isEditorReply', { json: comment({ isEditorReply: true }) }),
  post('mass assignment: ipHash', { json: comment({ ipHash: 'abc' }) }),
  post('mass assignment: userAgent', { json: comment({ userAgent: 'x' }) }),
  post('mass assignment: moderatedBy', { json: comment({ moderatedBy: 'editor@test.local' }) }),
  post('mass assignment: threadNumber', { json: comment({ threadNumber: 1 }) }),
  post('mass assignment: threadRoot and threadDepth', { json: comment({ threadRoot: 'x', threadDepth: 0 }) }),
  post('mass assignment: contentHtml', { json: comment({ contentHtml: '<script>alert(1)</script>' }) }),
  post('mass assignment: reviewDocumentId', { json: comment({ reviewDocumentId: 'another-review' }) }),
  post('mass assignment: id, documentId and createdAt', { json: comment({ id: 1, documentId: 'x', createdAt: '2000-01-01' }) }),
  post('__proto__ key in data', { headers: JSON_TYPE, raw: rawComment('{"authorName":"Cat","authorEmail":"c@example.org","content":"x","__proto__":{"moderationStatus":"approved"}}') }, { status: 400, bodyParser: true }),
  post('constructor.prototype key in data', { json: comment({ constructor: { prototype: { moderationStatus: 'approved' } } }) }),
  post('__proto__ at the top level', { headers: JSON_TYPE, raw: `{"__proto__":{"isEditorReply":true},${rawComment(JSON.stringify(validComment())).slice(1)}` }, { status: 400, bodyParser: true }),
  post('1,000-level nested JSON', { headers: JSON_TYPE, raw: rawComment(`{"authorName":"Cat","authorEmail":"c@example.org","content":${nested(1000)}}`) }),
  post('200 KB body', { json: comment({ content: 'x'.repeat(200 * 1024) }) }, { status: 413, bodyParser: true }),
  post('5 MB body', { headers: JSON_TYPE, raw: rawComment(JSON.stringify({ ...validComment(), content: 'x'.repeat(5 * 1024 * 1024) })) }, { status: 413, bodyParser: true }),
  post('malformed JSON', { headers: JSON_TYPE, raw: '{"data": {"content": "x",' }, { status: 400, bodyParser: true }),
  post('JSON with a trailing comma', { headers: JSON_TYPE, raw: rawComment(`{"authorName":"Cat","authorEmail":"c@example.org","content":"x",}`) }, { status: 400, bodyParser: true }),
  post('a bare JSON string', { headers: JSON_TYPE, raw: '"hello"' }, { status: 400, bodyParser: true }),
  post('text/plain body', { headers: { 'content-type': 'text/plain' }, raw: JSON.stringify(comment({})) }, { status: CLIENT_ERROR }),
  post('form-encoded body', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, raw: 'data[authorName]=Cat&data[authorEmail]=c@example.org&data[content]=x' }, { status: CLIENT_ERROR }),
  post('XML body', { headers: { 'content-type': 'application/xml' }, raw: '<data><content>x</content></data>' }, { status: CLIENT_ERROR }),
  post('invalid UTF-8 bytes in content', {
    headers: JSON_TYPE,
    raw: Buffer.concat([Buffer.from(rawComment('{"authorName":"Cat","authorEmail":"c@example.org","content":"bad ')), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}}')]),
  }),
  post('lone surrogate in content', { headers: JSON_TYPE, raw: rawComment('{"authorName":"Cat","authorEmail":"c@example.org","content":"half \\ud800 a pair"}') }),
  post('lone surrogate in authorName', { headers: JSON_TYPE, raw: rawComment('{"authorName":"\\udc00","authorEmail":"c@example.org","content":"lone low surrogate"}') }),
  post('NUL byte in content', { json: comment({ content: 'before\u0000after' }) }),
  post('NUL byte in authorName', { json: comment({ authorName: 'Cat\u0000' }) }),
  post('NUL byte in authorEmail', { json: comment({ authorEmail: 'c\u0000@example.org' }) }),
  post('U+202E right-to-left override in authorEmail', { json: comment({ authorEmail: 'gro.elpmaxe@\u202Ec' }) }),
  { ...post('unknown review', { json: comment({}) }, { status: 404, error: 'NotFoundError' }), path: `${REVIEWS}/no-such-film/comments` },
  { ...post('slug of 10,000 characters', { json: comment({}) }), path: `${REVIEWS}/${'a'.repeat(10_000)}/comments` },
];

const adminRequest = (name: string, method: BadInput['method'], path: string, body: Pick<BadInput, 'json' | 'raw' | 'headers'> = {}, expected: Expected = INVALID): BadInput => ({
  // Long ids are collapsed in the name, which the test report prints.
  name: `admin ${method} ${path.split('?')[0].replace(/(\w)\1{20,}/g, '$1…')}: ${name}`,
  method,
  path: `${ADMIN}${path}`,
  admin: true,
  ...body,
  ...expected,
});

const adminRoutes: BadInput[] = [
  adminRequest('status=weird', 'GET', '/moderation/comments?status=weird'),
  adminRequest('block: note of 501 characters', 'POST', '/moderation/comments/{comment}/block', { json: { note: 'n'.repeat(501) } }),
  adminRequest('block: expiry in the past', 'POST', '/moderation/comments/{comment}/block', { json: { expiresAt: '2001-01-01T00:00:00Z' } }),
  adminRequest('block: expiry not a date-time', 'POST', '/moderation/comments/{comment}/block', { json: { expiresAt: 'next week' } }),
  adminRequest('block: a hash given', 'POST', '/moderation/comments/{comment}/block', { json: { ipHash: 'x' } }),
  adminRequest('block: unknown comment', 'POST', '/moderation/comments/no-such-comment/block', { json: {} }, { status: 404, error: 'NotFoundError' }),
  adminRequest('blocks: pageSize 101', 'GET', '/moderation/blocks?pageSize=101'),
  adminRequest('blocks: unknown query key', 'GET', '/moderation/blocks?filters[ipHash][$notNull]=true'),
  adminRequest('unblock: id of 65 characters', 'DELETE', `/moderation/blocks/${'b'.repeat(65)}`),
  adminRequest('unblock: unknown block', 'DELETE', '/moderation/blocks/no-such-block', {}, { status: 404, error: 'NotFoundError' }),
  adminRequest('page -1', 'GET', '/moderation/comments?page=-1'),
  adminRequest('pageSize 1e9', 'GET', '/moderation/comments?pageSize=1e9'),
  adminRequest('page NaN', 'GET', '/moderation/comments?page=NaN'),
  adminRequest('q of 201 characters', 'GET', `/moderation/comments?q=${'q'.repeat(201)}`),
  adminRequest('review of 10,000 characters', 'GET', `/moderation/comments?review=${'r'.repeat(10_000)}`),
  adminRequest('sort by a column', 'GET', '/moderation/comments?sort=authorEmail'),
  adminRequest('sort as an array', 'GET', '/moderation/comments?sort[]=oldest&sort[]=newest'),
  adminRequest('filters on ipHash', 'GET', '/moderation/comments?filters[ipHash][$notNull]=true'),
  adminRequest('$where in the query', 'GET', '/moderation/comments?$where=1'),
  adminRequest('no ids', 'POST', '/moderation/comments/bulk', { json: { ids: [], action: 'approve' } }),
  adminRequest('unknown action', 'POST', '/moderation/comments/bulk', { json: { ids: ['{comment}'], action: 'publish' } }),
  adminRequest('ids as a string', 'POST', '/moderation/comments/bulk', { json: { ids: '{comment}', action: 'approve' } }),
  adminRequest('201 ids', 'POST', '/moderation/comments/bulk', { json: { ids: Array.from({ length: 201 }, (_, i) => `id-${i}`), action: 'spam' } }),
  adminRequest('id as an operator object', 'POST', '/moderation/comments/bulk', { json: { ids: [{ $ne: null }], action: 'spam' } }),
  adminRequest('mass assignment: moderationStatus', 'POST', '/moderation/comments/bulk', { json: { ids: ['{comment}'], action: 'spam', moderationStatus: 'approved' } }),
  adminRequest('__proto__ key', 'POST', '/moderation/comments/bulk', { headers: JSON_TYPE, raw: '{"ids":["{comment}"],"action":"spam","__proto__":{"x":1}}' }, { status: 400, bodyParser: true }),
  adminRequest('malformed JSON', 'POST', '/moderation/comments/bulk', { headers: JSON_TYPE, raw: '{"ids":[' }, { status: 400, bodyParser: true }),
  adminRequest('5 MB body', 'POST', '/moderation/comments/bulk', { headers: JSON_TYPE, raw: JSON.stringify({ ids: ['x'.repeat(5 * 1024 * 1024)], action: 'spam' }) }, { status: 413, bodyParser: true }),
  adminRequest('1,000-level nested JSON', 'POST', '/moderation/comments/bulk', { headers: JSON_TYPE, raw: `{"ids":[${nested(1000)}],"action":"spam"}` }),
  adminRequest('unknown comment', 'GET', '/moderation/comments/no-such-comment/thread', {}, { status: 404, error: 'NotFoundError' }),
  adminRequest('id of 10,000 characters', 'GET', `/moderation/comments/${'c'.repeat(10_000)}/thread`),
  adminRequest('empty content', 'POST', '/moderation/comments/{comment}/reply', { json: { content: '   ' } }),
  adminRequest('content of 5,001 characters', 'POST', '/moderation/comments/{comment}/reply', { json: { content: 'x'.repeat(5001) } }),
  adminRequest('mass assignment: isEditorReply and moderationStatus', 'POST', '/moderation/comments/{comment}/reply', { json: { content: 'x', moderationStatus: 'pending', isEditorReply: false } }),
  adminRequest('NUL byte in content', 'POST', '/moderation/comments/{comment}/reply', { json: { content: 'a\u0000b' } }),
  adminRequest('lone surrogate in content', 'POST', '/moderation/comments/{comment}/reply', { headers: JSON_TYPE, raw: '{"content":"\\ud800"}' }),
  adminRequest('unknown comment', 'POST', '/moderation/comments/no-such-comment/reply', { json: { content: 'x' } }, { status: 404, error: 'NotFoundError' }),
  adminRequest('id of 10,000 characters', 'POST', `/moderation/comments/${'c'.repeat(10_000)}/reply`, { json: { content: 'x' } }),
  adminRequest('id of 10,000 characters', 'GET', `/moderation/reviews/${'r'.repeat(10_000)}`),
  adminRequest('unknown query key', 'GET', '/insights?from=2020-01-01'),
  adminRequest('unknown query key', 'GET', '/homepage/recent-reviews?limit=50'),
  adminRequest('maxLinks as text', 'PUT', '/settings', { json: { data: { maxLinks: 'two' } } }),
  adminRequest('maxLinks -1', 'PUT', '/settings', { json: { data: { maxLinks: -1 } } }),
  adminRequest('rateLimit.max 1e9', 'PUT', '/settings', { json: { data: { rateLimit: { max: 1e9, windowSeconds: 600 } } } }),
  adminRequest('unknown setting', 'PUT', '/settings', { json: { data: { debug: true } } }),
  adminRequest('__proto__ setting', 'PUT', '/settings', { headers: JSON_TYPE, raw: '{"data":{"__proto__":{"requireApproval":true}}}' }, { status: 400, bodyParser: true }),
  adminRequest('imageFormats with an unknown format', 'PUT', '/settings', { json: { data: { imageFormats: ['bmp'] } } }),
  adminRequest('spoilerPlaceholder of 200 KB', 'PUT', '/settings', { json: { data: { spoilerPlaceholder: 'x'.repeat(200 * 1024) } } }, { status: [400, 413] }),
  adminRequest('NUL byte in spoilerPlaceholder', 'PUT', '/settings', { json: { data: { spoilerPlaceholder: 'a\u0000b' } } }),
  adminRequest('lone surrogate in a moderation word', 'PUT', '/settings', { headers: JSON_TYPE, raw: '{"data":{"moderationWords":["\\ud800"]}}' }),
  adminRequest('malformed JSON', 'PUT', '/settings', { headers: JSON_TYPE, raw: '{"data":' }, { status: 400, bodyParser: true }),
  adminRequest('no email', 'GET', '/privacy/export'),
  adminRequest('email without an @', 'GET', '/privacy/export?email=reader'),
  adminRequest('email given twice', 'GET', '/privacy/export?email=a@example.org&email=b@example.org'),
  adminRequest('NUL byte in the email', 'GET', '/privacy/export?email=a%00@example.org'),
  adminRequest('email of 10,000 characters', 'GET', `/privacy/export?email=${'e'.repeat(10_000)}@example.org`),
  adminRequest('email as an operator object', 'GET', '/privacy/export?email[$ne]=x'),
  adminRequest('unknown query key', 'GET', '/privacy/export?email=a@example.org&format=csv'),
  adminRequest('unknown mode', 'POST', '/privacy/erase', { json: { email: 'maren@example.org', mode: 'shred' } }),
  adminRequest('no mode', 'POST', '/privacy/erase', { json: { email: 'maren@example.org' } }),
  adminRequest('email as an operator object', 'POST', '/privacy/erase', { json: { email: { $ne: null }, mode: 'delete' } }),
  adminRequest('email as an array', 'POST', '/privacy/erase', { json: { email: ['maren@example.org'], mode: 'delete' } }),
  adminRequest('unknown field', 'POST', '/privacy/erase', { json: { email: 'maren@example.org', mode: 'delete', all: true } }),
  adminRequest('__proto__ key', 'POST', '/privacy/erase', { headers: JSON_TYPE, raw: '{"email":"maren@example.org","mode":"delete","__proto__":{}}' }, { status: 400, bodyParser: true }),
  adminRequest('malformed JSON', 'POST', '/privacy/erase', { headers: JSON_TYPE, raw: '{"email":' }, { status: 400, bodyParser: true }),
  adminRequest('unknown job', 'POST', '/images/jobs/999999/retry', {}, { status: 404, error: 'NotFoundError' }),
  adminRequest('job id as text', 'POST', '/images/jobs/abc/retry', {}, { status: [400, 404] }),
  adminRequest('unknown query key', 'GET', '/images/status?verbose=1'),
  adminRequest('unexpected body', 'POST', '/images/backfill', { json: { all: true, moderationStatus: 'approved' } }),
];

const REPORT = '/api/film-reviews/comments/{comment}/report';
const report = (name: string, request: Partial<BadInput>, expected: Expected = INVALID): BadInput => ({ name: `POST report: ${name}`, method: 'POST', path: REPORT, ...request, ...expected });

const reportsAndUnsubscribe: BadInput[] = [
  report('unknown reason', { json: { data: { reason: 'boring' } } }),
  report('no reason', { json: { data: {} } }),
  report('reason as an array', { json: { data: { reason: ['spam'] } } }),
  report('unknown field (mass assignment of the count)', { json: { data: { reason: 'spam', count: 100 } } }),
  report('no data wrapper', { json: { reason: 'spam' } }),
  report('form-encoded (cross-site form)', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, raw: 'data[reason]=spam' }),
  report('malformed JSON', { headers: JSON_TYPE, raw: '{"data":' }, { status: 400, bodyParser: true }),
  report('__proto__ key', { headers: JSON_TYPE, raw: '{"data":{"reason":"spam","__proto__":{"x":1}}}' }, { status: 400, bodyParser: true }),
  report('unknown comment', { path: '/api/film-reviews/comments/no-such-comment/report', json: { data: { reason: 'spam' } } }, { status: 404, error: 'NotFoundError' }),
  report('comment id of 10,000 characters', { path: `/api/film-reviews/comments/${'c'.repeat(10_000)}/report`, json: { data: { reason: 'spam' } } }, { status: [400, 431] }),
  { name: 'GET challenge: unknown query key', method: 'GET', path: '/api/film-reviews/challenge?maxnumber=1', ...INVALID },
  { name: 'GET unsubscribe: no token', method: 'GET', path: '/api/film-reviews/unsubscribe', ...INVALID },
  { name: 'GET unsubscribe: forged token', method: 'GET', path: '/api/film-reviews/unsubscribe?token=cmVwbHk6eA.AAAA', ...INVALID },
  { name: 'GET unsubscribe: token as an operator object', method: 'GET', path: '/api/film-reviews/unsubscribe?token[$ne]=x', ...INVALID },
  { name: 'POST unsubscribe: token of 10,000 characters', method: 'POST', path: `/api/film-reviews/unsubscribe?token=${'t'.repeat(10_000)}`, ...INVALID },
  { name: 'GET moderate: no token', method: 'GET', path: '/api/film-reviews/moderate', ...INVALID },
  { name: 'GET moderate: forged token', method: 'GET', path: '/api/film-reviews/moderate?token=YWJjOmFwcHJvdmU6MTp4eHh4eHh4eHh4eHh4eHh4eHh4OjQxMDI0NDQ4MDA.AAAA', ...INVALID },
  { name: 'GET moderate: an unsubscribe token', method: 'GET', path: '/api/film-reviews/moderate?token=cmVwbHk6eA.AAAA', ...INVALID },
  { name: 'GET moderate: token as an operator object', method: 'GET', path: '/api/film-reviews/moderate?token[$ne]=x', ...INVALID },
  { name: 'GET moderate: unknown parameter', method: 'GET', path: '/api/film-reviews/moderate?token=x&action=approve', ...INVALID },
  { name: 'POST moderate: no body', method: 'POST', path: '/api/film-reviews/moderate', json: {}, ...INVALID },
  { name: 'POST moderate: forged token', method: 'POST', path: '/api/film-reviews/moderate', json: { token: 'YWJjOmFwcHJvdmU6MTp4eHh4eHh4eHh4eHh4eHh4eHh4OjQxMDI0NDQ4MDA.AAAA' }, ...INVALID },
  { name: 'POST moderate: token as a number', method: 'POST', path: '/api/film-reviews/moderate', json: { token: 42 }, ...INVALID },
  { name: 'POST moderate: token of 10,000 characters', method: 'POST', path: '/api/film-reviews/moderate', json: { token: 't'.repeat(10_000) }, ...INVALID },
  { name: 'POST moderate: form with an unknown field', method: 'POST', path: '/api/film-reviews/moderate', headers: { 'content-type': 'application/x-www-form-urlencoded' }, raw: 'token=x&action=approve', ...INVALID },
];

const READER_KEY = { 'x-reader-key': 'catalogue-reader-key-0001' };
const COMMENT_LIKE = '/api/film-reviews/comments/{comment}/like';
const REVIEW_LIKE = `${DETAIL}/like`;
/** Each like route: POST likes, DELETE takes the like back, and both refuse the same inputs. */
const likeCases = (route: string, path: string, badTarget: Array<[name: string, path: string, expected?: Expected]>): BadInput[] =>
  (['POST', 'DELETE'] as const).flatMap((method) =>
    (
      [
        ['no X-Reader-Key', { path }],
        ['X-Reader-Key of 15 characters', { path, headers: { 'x-reader-key': 'k'.repeat(15) } }],
        ['X-Reader-Key of 129 characters', { path, headers: { 'x-reader-key': 'k'.repeat(129) } }],
        ['X-Reader-Key with characters that are not URL-safe', { path, headers: { 'x-reader-key': 'key with spaces and %' } }],
        ['unknown query key', { path: `${path}?populate=*`, headers: READER_KEY }],
        ['a JSON body', { path, headers: READER_KEY, json: { data: { likes: 100 } } }],
        ...badTarget.map(([name, target, expected]) => [name, { path: target, headers: READER_KEY }, expected] as const),
      ] as Array<[string, Partial<BadInput>, Expected?]>
    ).map(([name, request, expected = INVALID]) => ({ name: `${method} ${route} like: ${name}`, method, path, ...request, ...expected }))
  );

const likes: BadInput[] = [
  ...likeCases('comment', COMMENT_LIKE, [
    ['documentId of 65 characters', `/api/film-reviews/comments/${'c'.repeat(65)}/like`],
    ['SQL in the documentId', "/api/film-reviews/comments/x'%20OR%201=1--/like"],
    ['unknown comment', '/api/film-reviews/comments/no-such-comment/like', { status: 404, error: 'NotFoundError' }],
  ]),
  ...likeCases('review', REVIEW_LIKE, [
    ['slug of 10,000 characters', `${REVIEWS}/${'a'.repeat(10_000)}/like`],
    ['SQL in the slug', `${REVIEWS}/x'%20OR%201=1--/like`],
    ['locale the site does not have', `${REVIEW_LIKE}?locale=xx`],
    ['unknown review', `${REVIEWS}/no-such-film/like`, { status: 404, error: 'NotFoundError' }],
  ]),
];

const OWN_COMMENT = '/api/film-reviews/comments/{comment}';
const WRONG_TOKEN = { 'x-edit-token': 'not-the-token-of-this-comment-at-all-0000000' };
const REFUSED = { status: 403, error: 'ForbiddenError' } as const;
const edit = (changes: Record<string, unknown>) => ({ data: { content: 'Fixed a typo.', ...changes } });
/** The edit and delete routes of a reader's own comment: the input is checked before the token, and a wrong token changes nothing. */
const ownComments: BadInput[] = [
  ...(
    [
      ['not JSON', { headers: { 'content-type': 'text/plain', ...WRONG_TOKEN }, raw: 'Fixed a typo.' }],
      ['no data', { json: { content: 'Fixed a typo.' } }],
      ['a field a reader may not set', { json: edit({ moderationStatus: 'approved' }) }],
      ['the author changed', { json: edit({ authorName: 'Someone else' }) }],
      ['empty content', { json: edit({ content: '   ' }) }],
      ['content of 5,001 characters', { json: edit({ content: 'x'.repeat(5001) }) }],
      ['content with a control character', { json: edit({ content: 'bad\u0000text' }) }],
      ['containsSpoilers as a string', { json: edit({ containsSpoilers: 'yes' }) }],
      ['unknown query key', { path: `${OWN_COMMENT}?populate=*`, json: edit({}) }],
      ['documentId of 65 characters', { path: `/api/film-reviews/comments/${'c'.repeat(65)}`, json: edit({}) }],
      ['SQL in the documentId', { path: "/api/film-reviews/comments/x'%20OR%201=1--", json: edit({}) }],
      ['a body over 64 KB', { json: edit({ content: 'x'.repeat(70_000) }) }, { status: 413, error: 'PayloadTooLargeError' }],
      ['no edit token', { json: edit({}), headers: {} }, REFUSED],
      ['a wrong edit token', { json: edit({}) }, REFUSED],
      ['unknown comment', { path: '/api/film-reviews/comments/no-such-comment', json: edit({}) }, { status: 404, error: 'NotFoundError' }],
    ] as Array<[string, Partial<BadInput>, Expected?]>
  ).map(([name, request, expected = INVALID]) => ({ name: `PUT own comment: ${name}`, method: 'PUT' as const, path: OWN_COMMENT, headers: WRONG_TOKEN, ...request, ...expected })),
  ...(
    [
      ['unknown query key', { path: `${OWN_COMMENT}?force=true` }],
      ['documentId of 65 characters', { path: `/api/film-reviews/comments/${'c'.repeat(65)}` }],
      ['no edit token', { headers: {} }, REFUSED],
      ['a wrong edit token', {}, REFUSED],
      ['unknown comment', { path: '/api/film-reviews/comments/no-such-comment' }, { status: 404, error: 'NotFoundError' }],
    ] as Array<[string, Partial<BadInput>, Expected?]>
  ).map(([name, request, expected = INVALID]) => ({ name: `DELETE own comment: ${name}`, method: 'DELETE' as const, path: OWN_COMMENT, headers: WRONG_TOKEN, ...request, ...expected })),
];

export const BAD_INPUTS: BadInput[] = [...publicQueries, ...detailAndThreadQueries, ...feedQueries, ...commentPosts, ...adminRoutes, ...reportsAndUnsubscribe, ...likes, ...ownComments];

export const ACCEPTED_INPUTS: AcceptedInput[] = [
  { name: 'GET /reviews: __proto__ in the query is dropped by the query parser', method: 'GET', path: `${REVIEWS}?__proto__[polluted]=1`, status: 200 },
  { name: 'GET /reviews: constructor.prototype in the query is dropped by the query parser', method: 'GET', path: `${REVIEWS}?constructor[prototype][polluted]=1`, status: 200 },
  { name: 'GET /reviews: pageSize 1e9 is capped at 100, as documented', method: 'GET', path: `${REVIEWS}?pagination[pageSize]=1e9`, status: 200 },
  { name: 'POST comments: U+202E right-to-left override in content', method: 'POST', path: COMMENTS, json: comment({ authorEmail: 'rtl@example.org', content: 'abc \u202Etxt.exe\u202C def' }), status: 201, stored: 'abc \u202Etxt.exe\u202C def' },
  { name: 'POST comments: Arabic, emoji, combining marks and a ZWJ sequence', method: 'POST', path: COMMENTS, json: comment({ authorEmail: 'intl@example.org', content: 'مرحبا 👩‍👩‍👧 e\u0301' }), status: 201, stored: 'مرحبا 👩‍👩‍👧 e\u0301' },
];
