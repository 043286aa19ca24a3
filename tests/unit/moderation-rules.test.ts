import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countLinks, moderate, type ModerationInput } from '../../server/src/comments/moderation-rules';
import { SETTINGS_DEFAULTS, type Settings } from '../../server/src/settings/settings-schema';

const comment = (extra: Partial<ModerationInput> = {}): ModerationInput => ({ content: 'A fine film.', authorName: 'Reader', returning: true, blocked: false, ...extra });
const decide = (extra: Partial<ModerationInput> = {}, settings: Partial<Settings> = {}) => moderate(comment(extra), { ...SETTINGS_DEFAULTS, ...settings });
const links = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/${i}`).join(' ');

describe('moderation rules', () => {
  it('approves a returning commenter and holds a first-time one, by default', () => {
    assert.deepEqual(decide(), { status: 'approved', reason: 'returning commenter' });
    assert.deepEqual(decide({ returning: false }), { status: 'pending', reason: 'first comment' });
  });

  it("stores a blocked reader's comment as spam, before any other rule", () => {
    assert.deepEqual(decide({ blocked: true }), { status: 'spam', reason: 'blocked reader' });
    assert.deepEqual(decide({ blocked: true, returning: false }, { requireApproval: true }), { status: 'spam', reason: 'blocked reader' });
  });

  it('holds a comment sent without proof of work, a returning reader\'s too, after the spam rules', () => {
    assert.deepEqual(decide({ unproven: true }), { status: 'pending', reason: 'no proof of work' });
    assert.deepEqual(decide({ unproven: true, content: links(5) }), { status: 'pending', reason: 'no proof of work' });
    assert.deepEqual(decide({ unproven: true, honeypot: 'filled' }), { status: 'spam', reason: 'honeypot' });
  });

  it('approves a first-time commenter when first comments are not held', () => {
    assert.deepEqual(decide({ returning: false }, { holdFirstTimeCommenters: false }), { status: 'approved', reason: 'open' });
  });

  it('holds everyone, returning commenters too, when approval is required', () => {
    assert.deepEqual(decide({}, { requireApproval: true }), { status: 'pending', reason: 'approval required' });
    assert.deepEqual(decide({ returning: false }, { requireApproval: true, holdFirstTimeCommenters: false }).status, 'pending');
  });

  it('holds a comment at maxLinks links, not one below; 0 turns the rule off', () => {
    assert.equal(decide({ content: links(1) }).status, 'approved');
    assert.deepEqual(decide({ content: links(2) }), { status: 'pending', reason: 'links' });
    assert.equal(decide({ content: links(4) }, { maxLinks: 5 }).status, 'approved');
    assert.equal(decide({ content: links(5) }, { maxLinks: 5 }).status, 'pending');
    assert.equal(decide({ content: links(30) }, { maxLinks: 0 }).status, 'approved');
  });

  it('counts links in the text only: web addresses, not email addresses', () => {
    assert.equal(countLinks('see example.com, http://x.test/a and write to a@b.test'), 2);
    assert.equal(decide({ content: 'plain', authorName: 'https://a.test https://b.test', authorUrl: 'https://c.test' }).status, 'approved');
  });

  it('holds a comment with a moderation word in its name, text or website', () => {
    const settings = { moderationWords: ['casino'] };
    for (const extra of [{ content: 'Win at the CASINO' }, { authorName: 'Casino Bob' }, { authorUrl: 'https://casino.test' }]) {
      assert.deepEqual(decide(extra, settings), { status: 'pending', reason: 'moderation word' }, JSON.stringify(extra));
    }
  });

  it('stores a disallowed word as spam, ahead of the link and moderation rules', () => {
    const settings = { disallowedWords: ['viagra'], moderationWords: ['casino'] };
    assert.deepEqual(decide({ content: `viagra casino ${links(3)}` }, settings), { status: 'spam', reason: 'disallowed word' });
    assert.deepEqual(decide({ authorName: 'Viagra' }, settings).status, 'spam');
  });

  it('stores a filled honeypot as spam before any other rule; blank is not filled', () => {
    assert.deepEqual(decide({ honeypot: 'http://bot.test', content: links(5) }, { disallowedWords: ['x'] }), { status: 'spam', reason: 'honeypot' });
    assert.equal(decide({ honeypot: '  ' }).status, 'approved');
    assert.equal(decide({ honeypot: '' }).status, 'approved');
  });

  it('holds for links ahead of requiring approval, so the reason says why', () => {
    assert.equal(decide({ content: links(2) }, { requireApproval: true }).reason, 'links');
  });
});
