import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstFreeSlug, isBlank, slugBase } from '../../server/src/reviews/slug';

describe('slug rules', () => {
  it('lowercases, transliterates and strips punctuation', () => {
    assert.equal(slugBase('Amélie (2001)'), 'amelie-2001');
    assert.equal(slugBase('Never Let Me Go (2010)'), 'never-let-me-go-2010');
    assert.equal(slugBase('  Crouching Tiger, Hidden Dragon!  '), 'crouching-tiger-hidden-dragon');
    assert.equal(slugBase('Ça ira — Straße & Søn'), 'ca-ira-strasse-and-son');
  });

  it('falls back to "review" when nothing usable is left', () => {
    assert.equal(slugBase('!!!'), 'review');
  });

  it('takes the base when free, else the first free numbered suffix starting at 2', () => {
    assert.equal(firstFreeSlug('solaris', []), 'solaris');
    assert.equal(firstFreeSlug('solaris', ['solaris']), 'solaris-2');
    assert.equal(firstFreeSlug('solaris', ['solaris', 'solaris-2', 'solaris-4']), 'solaris-3');
    assert.equal(firstFreeSlug('solaris', ['solaris-2']), 'solaris');
  });

  it('treats empty strings, whitespace, null and undefined as blank', () => {
    for (const blank of ['', '   ', null, undefined]) assert.equal(isBlank(blank), true);
    assert.equal(isBlank('x'), false);
  });
});
