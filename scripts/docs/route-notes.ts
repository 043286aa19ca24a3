/**
 * What the route schemas cannot say: what each route is for, who may call it and what it answers
 * besides its schema. Keyed by `METHOD /path` as the routes files declare them; the docs test
 * fails when a route has no note or a note names no route.
 */
export interface RouteNote {
  summary: string;
  /** Who may call it, when it is not an RBAC action (admin routes name theirs in the route). */
  access?: string;
  /** Status codes and what they mean, beyond the common 400. */
  answers?: string[];
  /** Anything else a caller must know. */
  notes?: string[];
  /** The admin answer's shape in words (admin routes declare no response schema). */
  returns?: string;
}

const PUBLIC_GRANT = "public role: granted on the plugin's first start (Settings → Users & Permissions → Roles → Public to revoke)";

/** What the four like routes share. */
const likeNote = (summary: string, target: string, notes: string[]): RouteNote => ({
  summary,
  access: `${PUBLIC_GRANT}; the reader is a signed-in Users & Permissions user, or else a guest named by the \`X-Reader-Key\` header`,
  notes: [
    '`X-Reader-Key`: a random key of 16 to 128 URL-safe characters (`A-Z a-z 0-9 _ -`) the browser makes once and keeps; only a keyed hash of it is stored. Ignored for a signed-in user, who is counted by account.',
    'Idempotent per reader: liking twice counts once, unliking what the reader never liked changes nothing. Who liked is never published.',
    'Takes no body.',
    ...notes,
  ],
  answers: ['200 `{ likes, liked }`: the count after the change', '400 no reader (no user, no `X-Reader-Key`) or a malformed key, a body, or an unknown parameter', `404 ${target}`, '429 with `Retry-After`: more than `rateLimit.max` likes and unlikes from one address per window (a budget apart from comments)'],
});

export const ROUTE_NOTES: Record<string, RouteNote> = {
  // Content API, under /api/film-reviews
  'GET /reviews': {
    summary: 'Published reviews as cards.',
    access: PUBLIC_GRANT,
    notes: [
      "`filters` and `sort` take Strapi's standard syntax on any public attribute (e.g. `filters[rating][$gte]=4`, `filters[film][credits][name][$eq]=Mark Romanek`, `sort=rating:desc`).",
      'Filters on private attributes or on the comments, `populate` and `fields` answer 400.',
      '`pagination[pageSize]` above 100 is capped at 100.',
      '`cover` is the cover, or else the first gallery image.',
    ],
    answers: ['200 cards and pagination', '400 an unknown parameter, a private attribute, or a locale the site does not have'],
  },
  'GET /reviews/:slug': {
    summary: 'One published review: the card plus body, credits, gallery, advisories and schema.org JSON-LD.',
    access: `${PUBLIC_GRANT}; \`status=draft\` needs the \`x-film-reviews-preview-secret\` header (config \`preview.secret\`) or an API token with this action`,
    notes: [
      "`spoilers=hide` (default) replaces each `||…||` span of `body` by the `spoilerPlaceholder` setting, and a gallery image marked as a spoiler keeps only `{ id, width, height, spoiler, placeholder }`.",
      '`spoilers=show` answers the body as written (spans still delimited, so a frontend can blur them) and every image.',
      '`structuredData.reviewBody` is the spoiler-free `excerpt`, never the body; image URLs in it are absolute (`server.absoluteUrl`).',
      'A draft is answered with `Cache-Control: private, no-store`.',
    ],
    answers: ['200 the review', '401 `status=draft` without the secret or an API token', '404 unknown slug, or not published (in that locale)'],
  },
  'GET /reviews/:slug/comments': {
    summary: "The review's approved comments as a tree: root comments paginated, each with all its approved replies (oldest first).",
    access: PUBLIC_GRANT,
    notes: [
      '`number` is the position among approved comments in posting order (the "3." a blog shows); sorting does not change it.',
      'With `spoilers=hide` (default) a comment marked `containsSpoilers` has `content` and `contentHtml` null and `spoilerHidden: true`.',
      '`contentHtml` is the text escaped, in paragraphs, with links made `rel="nofollow ugc noopener"`; never HTML from the reader.',
      'One thread per review whatever the locale: `locale` only picks which slug is looked up.',
      '`sort=top` puts the most liked roots first (ties oldest first); `likes` is each comment\'s count, and a like changes the thread\'s `ETag`.',
      '`editedAt` is when its author last edited it (null when never). A comment its author deleted stays only while an approved reply under it is shown: `deleted: true`, `content` and `contentHtml` null, author `[deleted]`, no likes; numbers never move when one is deleted.',
      'Answers `ETag` (304 on `If-None-Match`) and `Cache-Control: public, max-age=0, s-maxage=10, stale-while-revalidate=60`.',
    ],
    answers: ['200 the thread', '304 unchanged since the `ETag` sent', '404 unknown or unpublished review'],
  },
  'POST /reviews/:slug/comments': {
    summary: 'A reader leaves a comment or a reply. JSON only.',
    access: PUBLIC_GRANT,
    notes: [
      '`authorName` and `authorEmail` are required for guests; a signed-in Users & Permissions user posts under their username and email.',
      '`parent` is the `documentId` of an approved comment of the same review. `rating` follows the review\'s star-rating field (0.5..5 in half stars by default).',
      '`notifyReplies: true` asks for an email when an approved reply appears (setting `replyNotifications`).',
      '`company` is the honeypot: render it hidden and send it empty. A filled honeypot or a disallowed word stores the comment as spam, answered like a pending one.',
      '`?locale=fr` stores the locale the reader wrote in; the comment belongs to the review in every locale.',
      'While `requireProofOfWork` is on, a guest sends `altcha`: the altcha widget\'s payload for a challenge of `GET /challenge`, taken once. A signed-in user needs none. A request with an API token (a frontend posting for its readers) that sends none is stored pending, held for `no proof of work`; with a bad one it is refused like a guest\'s. See [proof of work](editors.md#proof-of-work).',
      'While `editWindowMinutes` is above 0, the 201 carries `editToken`: the secret that edits and deletes this comment for that many minutes (`X-Edit-Token`), and `editableUntil`, when they end. It is answered only here and only its hash is stored: keep it in the browser until then.',
    ],
    answers: [
      '201 `approved` or `pending`',
      '400 each bad or unknown field in `details.errors[] { path, message }`; a body that is not JSON; path `altcha` while `requireProofOfWork` is on: missing, not a solved challenge of this app, expired or already used (nothing is stored)',
      '403 comments are closed on this review (`commentsOpen: false`)',
      '404 unknown or unpublished review',
      '409 the same email already posted the same text on this review',
      '413 a body over 64 KB',
      '429 with `Retry-After` (seconds): the same email within `floodIntervalSeconds`, or more than `rateLimit.max` posts from one client address in `rateLimit.windowSeconds`',
    ],
  },
  'POST /comments/:documentId/report': {
    summary: 'A reader reports an approved comment. JSON only.',
    access: PUBLIC_GRANT,
    notes: [
      'One report per client address and comment counts. When the open reports reach `reportThreshold` the comment goes back to pending — or, with `spoilerReportsMark` and every report saying `spoiler`, stays up marked `containsSpoilers`.',
      'Takes no `locale`.',
    ],
    answers: ['201 counted', '200 a repeat from the same address (`counted: false`)', '400 not JSON, or a reason not listed', '404 no approved comment with that id', '429 with `Retry-After`: more than `rateLimit.max` reports from one address per window'],
  },
  'PUT /comments/:documentId': {
    summary: 'A reader edits their own comment within the edit window. JSON only.',
    access: `${PUBLIC_GRANT}; the author proves it with the \`X-Edit-Token\` header (the comment POST's \`editToken\`), or by being the signed-in Users & Permissions user who posted it`,
    notes: [
      'The moderation rules run again on the new text: an approved comment can go back to pending (the moderation view shows why). A comment moderators marked spam or rejected stays so.',
      'The number stays; `editedAt` is set; moderators see every earlier text in the thread dialog.',
      'Edits spend the comment budget (`rateLimit`) of the client address.',
    ],
    answers: [
      '200 `{ documentId, moderationStatus, editedAt }`',
      '400 each bad or unknown field in `details.errors[]`; a body that is not JSON',
      '403 a wrong or missing token (and not the signed-in author), or the window passed (`editWindowMinutes` after posting; 0 turns editing off)',
      '404 no such comment, or its author deleted it',
      '409 the same email already posted the new text on this review',
      '413 a body over 64 KB',
      '429 with `Retry-After`: more than `rateLimit.max` posts and edits from one address per window',
    ],
  },
  'DELETE /comments/:documentId': {
    summary: 'A reader deletes their own comment within the edit window.',
    access: 'as for the edit: `X-Edit-Token`, or the signed-in author',
    notes: [
      'A comment the thread showed keeps its number, emptied of its text, its author and its likes, so the others keep theirs: while an approved reply under it is shown it stays as `[deleted]` (`kept: true`), otherwise the thread leaves it out. One the thread never showed (pending, spam, rejected) is deleted for good.',
      'Takes no body.',
    ],
    answers: ['200 `{ documentId, kept }`', '400 an unknown parameter', '403 as for the edit', '404 no such comment, or already deleted'],
  },
  'POST /comments/:documentId/like': likeNote('A reader likes an approved comment.', 'no approved comment with that id', ['The count shows as `likes` in the thread.']),
  'DELETE /comments/:documentId/like': likeNote("A reader takes back their like of an approved comment.", 'no approved comment with that id', []),
  'POST /reviews/:slug/like': likeNote('A reader likes a published review.', 'unknown or unpublished review', ['The like belongs to the review document, whatever locale\'s slug named it (`locale` picks which slug is looked up); the count shows as `likes` on cards and the detail.']),
  'DELETE /reviews/:slug/like': likeNote("A reader takes back their like of a published review.", 'unknown or unpublished review', []),
  'GET /challenge': {
    summary: "A proof-of-work challenge for the altcha widget's `challenge` attribute, as altcha-lib creates it: SHA-256, a counter between 50,000 and 100,000, signed with the app keys.",
    access: 'anyone: no login and no role permission (a revoked permission must not break every guest\'s comment form)',
    notes: [
      'Each answer is a new challenge, valid 10 minutes (`parameters.expiresAt`, in seconds); `Cache-Control: no-store`.',
      'Served whatever `requireProofOfWork` says, so a frontend can turn the widget on before the setting.',
      'Signed with the app keys (`app.keys`): rotating them refuses challenges handed out before.',
    ],
    answers: ['200 the challenge', '400 any query parameter'],
  },
  'GET /unsubscribe': {
    summary: 'The unsubscribe link of every email: answers a small HTML page.',
    access: 'anyone: no login and no role permission (a revoked permission must never break the link in an email)',
    notes: [
      "A reader's token stops reply emails for every comment of that address; a moderator's stops the digest for that address.",
      'Tokens are signed with the app keys (`app.keys`): rotating them makes the links of emails already sent answer 400.',
      'Takes no `locale`.',
    ],
    answers: ['200 unsubscribed (also when already unsubscribed)', '400 a bad or foreign token'],
  },
  'POST /unsubscribe': {
    summary: "RFC 8058 one-click unsubscribe (a mail client's *Unsubscribe* button): answers JSON.",
    access: 'anyone, as `GET /unsubscribe`',
    returns: '`{ data: { unsubscribed: "reply" | "digest" } }`',
    answers: ['200 unsubscribed', '400 a bad or foreign token'],
  },
  'GET /moderate': {
    summary: "A moderation link of the digest: a confirmation page naming the comment, with one button. Changes nothing (mail scanners and link previews open links).",
    access: 'anyone holding the link: no login and no role permission; the link names the admin it was sent to, who must still be active and allowed to moderate comments when it is opened',
    notes: [
      "Each waiting comment in a moderator's digest carries an approve, a spam and a reject link. The three share one set: once one of them acts, the others answer that the set was used, and by whom.",
      'A browser (`Accept: text/html`) gets HTML pages, errors included; any other client gets `{ data: { action, comment, spent } }` and errors in Strapi\'s shape.',
      'Links are signed with the app keys (`app.keys`) and expire after `moderationLinkDays` (7).',
    ],
    answers: ['200 the confirmation page (or the set was already used)', '400 a bad or foreign token', '403 the admin is deactivated, blocked, or their role lost `comments.moderate`', '404 the comment is gone', '410 the link expired'],
  },
  'POST /moderate': {
    summary: "The confirmation page's form: the link's decision, made once, as the admin it was sent to.",
    access: 'as `GET /moderate`',
    returns: '`{ data: { documentId, moderationStatus } }` (a browser gets a page)',
    notes: [
      'The body is the token, as the form sends it (`application/x-www-form-urlencoded`) or as JSON. The decision goes into the comment\'s moderation history as made from an email by that admin, and sends the events and reply emails an admin\'s decision sends.',
    ],
    answers: ['200 done', '400 a bad or foreign token', '403 as for the GET', '404 the comment is gone', '409 a link of this set already acted', '410 the link expired'],
  },
  'GET /feeds/reviews.atom': {
    summary: "The 20 latest published reviews of a locale as an Atom 1.0 feed (`application/atom+xml`).",
    access: PUBLIC_GRANT,
    notes: [
      "Each entry's summary is the `excerpt`, with `||…||` spans replaced by the `spoilerPlaceholder` setting; never the body.",
      'Entry ids are `urn:film-reviews:review:<documentId>:<locale>`; entries are newest published first, and the feed\'s `updated` is its newest entry\'s.',
      'Links go to the frontend when `commentUrlPattern` is set (its part before `#`, with the slug), else to this API.',
      'Answers `ETag` and `Last-Modified` (304 on `If-None-Match`, or on `If-Modified-Since` when no ETag is sent) and `Cache-Control: public, max-age=300, stale-while-revalidate=600`.',
    ],
    answers: ['200 the feed', '304 unchanged since the `ETag` (or date) sent', '400 an unknown parameter or a locale the site does not have'],
  },
  'GET /feeds/reviews/:slug/comments.atom': {
    summary: "The review's 50 latest approved comments as an Atom 1.0 feed (`application/atom+xml`).",
    access: PUBLIC_GRANT,
    notes: [
      'Comments marked `containsSpoilers` are left out. An entry has the author\'s name, the comment as `contentHtml`, its date and a link: never an email or client data.',
      'Entry ids are `urn:film-reviews:comment:<documentId>`; newest first. Links go through `commentUrlPattern` when set, else to this API.',
      'One thread per review whatever the locale: `locale` only picks which slug is looked up.',
      'Answers `ETag` (the thread\'s version) and `Last-Modified` as the reviews feed does.',
    ],
    answers: ['200 the feed', '304 unchanged since the `ETag` (or date) sent', '404 unknown or unpublished review'],
  },

  // Admin API, under /film-reviews on the admin server (an admin JWT or session)
  'GET /images/status': {
    summary: 'Image jobs by state and the latest failed jobs (the Images view).',
    returns: '`{ data: { counts: { queued, running, done, failed }, failed: [{ id, fileId, fileName, attempts, error, updatedAt }] } }`',
  },
  'POST /images/backfill': {
    summary: 'Queues a job for every media-library image that has none.',
    returns: '`{ data: { queued } }`',
  },
  'POST /images/jobs/:id/retry': {
    summary: 'Queues a failed image job again.',
    returns: '`{ data: { id, state: "queued" } }`',
    answers: ['404 no failed job with that id'],
  },
  'GET /moderation/comments': {
    summary: 'The moderation queue: comments of every status, newest first, with their email, review, open reports and reply-email state.',
    returns: '`{ data: [comment], meta: { pagination, counts: { pending, approved, spam, rejected } } }`',
    notes: [
      '`q` searches content, name and email; `review` is a review `documentId`; `sort=oldest` lists the comments that waited longest first (the home page widget).',
      "Each comment (here, in the thread and in the side panel) carries `likes` (readers' likes), `heldReason` (why the moderation rules held it: `links`, `first comment`, `moderation word`, `approval required`, `honeypot`, `disallowed word`, `no proof of work`; null when they approved it), `editedAt` (its author's last edit, or null), `earlierVersions` (`[{ content, containsSpoilers, replacedAt }]`, oldest first) and `deletedAt` (when its author deleted it: it stays, emptied, only to hold approved replies).",
    ],
  },
  'POST /moderation/comments/bulk': {
    summary: 'Approve, mark as spam, reject or restore (back to pending) up to 200 comments at once.',
    returns: '`{ data: { count, moderationStatus } }`',
    notes: ['Queues the webhook events and reply emails the change causes, in the same transaction.'],
  },
  'GET /moderation/comments/:id/thread': {
    summary: 'The whole thread a comment belongs to, every status, with each comment\'s depth and moderation history.',
    returns: '`{ data: [comment & { depth, history }] }`: `history` lists the decisions on the comment, oldest first, as `{ action, moderationStatus, via: "admin" | "email", actorEmail, actorName, createdAt }`',
    answers: ['404 no comment with that id'],
  },
  'POST /moderation/comments/:id/reply': {
    summary: 'Publishes a reply as the editor: an approved comment marked `isEditorReply`, under the comment `id`.',
    returns: '201 `{ data: { documentId } }`',
    answers: ['404 no comment with that id'],
  },
  'GET /moderation/reviews/:documentId': {
    summary: "The edit-view side panel: a review's comment counts, its five latest pending comments and the page weight of its draft's images.",
    returns: '`{ data: { counts, pending: [comment], images: { count, originalBytes, optimizedBytes } } }`',
  },
  'GET /moderation/review-options': {
    summary: "The moderation page's review filter: every review's `documentId`, title and slug, by title.",
    returns: '`{ data: [{ documentId, title }], meta: { pagination } }`',
    notes: ['`q` searches titles; the title is the default locale\'s draft title.'],
  },
  'POST /moderation/comments/:id/reports/dismiss': {
    summary: "Dismisses a comment's open reader reports.",
    returns: '`{ data: { dismissed } }`',
  },
  'POST /moderation/comments/:id/block': {
    summary: "Blocks the comment's author: by the keyed hashes of its email and client address (whichever the comment still holds), with an optional `note` and `expiresAt`.",
    notes: ["Until lifted or expired, the reader's new comments (under any email from a blocked address) and reports are stored as spam and answered like ordinary pending ones; their reports never count. Their edits are judged the same way."],
    returns: '201 `{ data: ReaderBlock }`: `matches` says whether the email, the address or both are blocked; no hash is ever answered',
  },
  'GET /moderation/blocks': { summary: 'The blocked readers, newest first, paged; `active` is false once a block expired.', returns: '`{ data: ReaderBlock[], meta: { pagination } }`' },
  'DELETE /moderation/blocks/:id': { summary: 'Lifts a block.', returns: '`{ data: { documentId } }`; 404 for an unknown block' },
  'GET /homepage/recent-reviews': {
    summary: "The admin home page's Recent reviews widget: the five reviews edited last, a line per locale's draft, latest first.",
    returns: '`{ data: [{ documentId, locale, title, rating, status, comments, updatedAt }], meta: { ratingMax } }`',
    notes: [
      "Behind the content manager's read permission on film reviews, not a plugin action. `status` is `draft`, `published` or `modified` (the draft changed since it was published), as the content manager tells it; `comments` counts the approved comments readers see; `ratingMax` is the rating field's number of stars.",
    ],
  },
  'GET /insights': {
    summary: 'The Insights view: rating distributions, comments per week (12 weeks), the most discussed reviews, the most liked reviews and comments.',
    returns:
      '`{ data: { reviewRatings: [{ rating, count }], readerRatings: [{ rating, count }], commentsPerWeek: [{ week, count }], mostDiscussed: [{ documentId, title, comments }], mostLikedReviews: [{ documentId, title, likes }], mostLikedComments: [{ documentId, reviewDocumentId, reviewTitle, authorName, excerpt, likes }] } }`',
    notes: ['The rankings hold five at most, most liked first, and only what has a like; comments are approved ones their authors have not deleted, `excerpt` their first 120 characters.'],
  },
  'GET /settings': {
    summary: 'The settings as in force: the saved values over the `config/plugins` defaults.',
    returns: '`{ data: settings }` (every key of the [settings table](configuration.md#settings))',
  },
  'PUT /settings': {
    summary: 'Validates and saves settings; answers the whole set. Keys not sent keep their value.',
    returns: '`{ data: settings }`',
    notes: ['Saved settings win over `config/plugins` from then on ([configuration](configuration.md)).', 'Changing `maxThreadDepth` recomputes every stored thread.'],
  },
  'GET /privacy/export': {
    summary: "Every comment stored for an email (any case), as a JSON attachment: the reader's data export.",
    returns: '`{ data: { email, exportedAt, comments: [{ documentId, review { documentId, title, slug }, parent, authorName, authorEmail, authorUrl, content, containsSpoilers, rating, moderationStatus, createdAt, updatedAt }] } }`',
  },
  'POST /privacy/erase': {
    summary: "Erases a reader's comments: `anonymize` keeps them as \"Anonymous\" without email, website, address hash or user agent; `delete` removes them and re-attaches their replies to the nearest remaining ancestor.",
    returns: '`{ data: { email, mode, comments, repliesReattached } }`',
  },
  'POST /import/wordpress': {
    summary: 'Starts a WordPress import (multipart upload of the WXR export) in the background.',
    returns: '202 `{ data: run }` — poll `GET /import/runs/:id`',
    answers: ['400 no `file` part'],
  },
  'GET /import/runs/:id': {
    summary: 'An import run: its state, progress and, when done, the full report.',
    returns: '`{ data: { id, state: "running" | "done" | "failed", dryRun, fileName, done, total, report, error, startedBy, createdAt, updatedAt } }`',
    answers: ['404 no run with that id'],
  },
};
