import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commentChanges, mayNotify } from '../../server/src/notifications/comment-changes';
import { readUnsubscribeToken, unsubscribeToken } from '../../server/src/notifications/unsubscribe-token';
import { commentUrl } from '../../server/src/notifications/reply-email';
import { digestEmail } from '../../server/src/notifications/digest-email';
import { moderationToken, readModerationToken } from '../../server/src/moderation-links/link-token';

const state = (documentId: string, moderationStatus: string, reviewDocumentId = 'r1') => ({ documentId, moderationStatus, reviewDocumentId });
const fakeStrapi = (keys: string[]) => ({ config: { get: (path: string) => (path === 'server.app.keys' ? keys : undefined) } }) as any;

describe('comment changes', () => {
  it('a bulk approval on one review: each comment approved, the review changed once', () => {
    const before = [state('a', 'pending'), state('b', 'pending'), state('c', 'spam')];
    const after = [state('a', 'approved'), state('b', 'approved'), state('c', 'approved')];
    const changes = commentChanges(before, after, false);
    assert.deepEqual(changes.approved.map((c) => c.documentId), ['a', 'b', 'c']);
    assert.deepEqual(changes.reviews, ['r1']);
    assert.equal(changes.removed.length, 0);
    assert.equal(changes.becamePending, false);
  });

  it('removal names its reason; a pending comment touched only in private changes no public page', () => {
    const changes = commentChanges([state('a', 'approved'), state('b', 'approved', 'r2')], [state('a', 'spam')], false);
    assert.deepEqual(changes.removed.map((c) => [c.documentId, c.reason]), [['a', 'spam'], ['b', 'deleted']]);
    assert.deepEqual(changes.reviews.sort(), ['r1', 'r2']);
    assert.deepEqual(commentChanges([state('p', 'pending')], [state('p', 'pending')], true).reviews, []);
    assert.deepEqual(commentChanges([state('a', 'approved')], [state('a', 'approved')], false).reviews, [], 'no visible change');
    assert.deepEqual(commentChanges([state('a', 'approved')], [state('a', 'approved')], true).reviews, ['r1'], 'an edit of a public comment');
  });

  it('a comment starting to wait arms the digest; a created one too', () => {
    assert.equal(commentChanges([state('a', 'approved')], [state('a', 'pending')], false).becamePending, true);
    assert.equal(commentChanges([], [state('n', 'pending')], false).becamePending, true);
    assert.equal(commentChanges([state('a', 'pending')], [state('a', 'pending')], true).becamePending, false);
  });

  it('updates of private bookkeeping only (the retention sweep) cannot notify', () => {
    assert.equal(mayNotify({ ipHash: null, userAgent: null }), false);
    assert.equal(mayNotify({ notifyReplies: false }), false);
    assert.equal(mayNotify({ moderationStatus: 'approved' }), true);
    assert.equal(mayNotify({ content: 'x' }), true);
  });
});

describe('unsubscribe tokens', () => {
  it('read back what they were made for, and nothing forged or made with other keys', () => {
    const strapi = fakeStrapi(['k1', 'k2']);
    const reply = unsubscribeToken(strapi, { kind: 'reply', commentDocumentId: 'abc123' });
    const digest = unsubscribeToken(strapi, { kind: 'digest', email: 'mod@example.org' });
    assert.deepEqual(readUnsubscribeToken(strapi, reply), { kind: 'reply', commentDocumentId: 'abc123' });
    assert.deepEqual(readUnsubscribeToken(strapi, digest), { kind: 'digest', email: 'mod@example.org' });
    assert.equal(readUnsubscribeToken(fakeStrapi(['other']), reply), null, 'another app');
    const [payload, signature] = reply.split('.');
    const swapped = `${Buffer.from('reply:someone-else').toString('base64url')}.${signature}`;
    assert.equal(readUnsubscribeToken(strapi, swapped), null, 'a payload under another signature');
    for (const bad of ['', 'x', `${payload}.`, `${payload}.${signature}.x`, `${payload}.${signature.slice(1)}`]) assert.equal(readUnsubscribeToken(strapi, bad), null, bad);
    assert.match(reply, /^[\w-]+\.[\w-]+$/, 'URL-safe');
  });
});

describe('moderation links', () => {
  const claims = { commentDocumentId: 'c0mment1d', action: 'spam' as const, adminId: 7, nonce: 'n'.repeat(24), expiresAt: new Date('2030-01-02T03:04:05Z') };

  it('read back their comment, decision, admin, set and expiry, and nothing forged or meant for unsubscribing', () => {
    const strapi = fakeStrapi(['k1']);
    const token = moderationToken(strapi, claims);
    assert.deepEqual(readModerationToken(strapi, token), claims);
    assert.equal(readModerationToken(fakeStrapi(['k2']), token), null, 'another app');
    const unsubscribe = unsubscribeToken(strapi, { kind: 'reply', commentDocumentId: 'c0mment1d' });
    assert.equal(readModerationToken(strapi, unsubscribe), null, 'an unsubscribe token is no moderation link');
    assert.equal(readUnsubscribeToken(strapi, token), null, 'nor the other way round');
    const [, signature] = token.split('.');
    const promoted = `${Buffer.from('c0mment1d:approve:7:' + 'n'.repeat(24) + ':1893553445').toString('base64url')}.${signature}`;
    assert.equal(readModerationToken(strapi, promoted), null, 'another decision under the same signature');
  });

  it('show under each comment of the digest that carries them, in the text and the HTML', () => {
    const links = { approve: 'https://cms.test/a?token=1', spam: 'https://cms.test/s?token=2', reject: 'https://cms.test/r?token=3&x=<y>' };
    const comment = { authorName: 'Ana', content: 'Great.', reviewTitle: 'Heat (1995)', createdAt: '2026-01-01T00:00:00Z' };
    const withLinks = digestEmail({ total: 2, comments: [{ ...comment, links }, { ...comment, authorName: 'Bo' }], moderationUrl: 'https://cms.test/q', unsubscribeUrl: 'https://cms.test/u' });
    assert.match(withLinks.text, /- Ana on Heat \(1995\): Great\.\n  Approve: https:\/\/cms\.test\/a\?token=1\n  Spam: https:\/\/cms\.test\/s\?token=2\n  Reject: https:\/\/cms\.test\/r\?token=3&x=<y>\n- Bo on/);
    assert.ok(withLinks.html.includes('<a href="https://cms.test/r?token=3&amp;x=&lt;y&gt;">Reject</a>'), 'escaped in the HTML');
    assert.equal((withLinks.html.match(/>Approve</g) ?? []).length, 1, 'only the comment with links has them');
  });
});

describe('comment URLs', () => {
  it('fills the pattern, encoded, or gives none without a pattern', () => {
    assert.equal(commentUrl('https://x.test/reviews/{slug}#comment-{documentId}', 'amelie-2001', 'd1'), 'https://x.test/reviews/amelie-2001#comment-d1');
    assert.equal(commentUrl('https://x.test/{slug}', 'a b', 'd'), 'https://x.test/a%20b');
    assert.equal(commentUrl('', 'slug', 'd'), null);
  });
});
