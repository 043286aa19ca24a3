import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordMatcher } from '../../server/src/comments/word-filter';

const matches = (words: string[], text: string) => wordMatcher(words)!(text);

describe('word filter', () => {
  it('has no matcher for an empty list or one of blank words', () => {
    assert.equal(wordMatcher([]), null);
    assert.equal(wordMatcher(['  ', '']), null);
  });

  it('ignores case, on both sides', () => {
    assert.ok(matches(['Spoiler'], 'a SPOILER here'));
    assert.ok(matches(['spoiler'], 'SpOiLeR'));
  });

  it('ignores accents, on both sides and in either Unicode form', () => {
    assert.ok(matches(['café'], 'the cafe scene'));
    assert.ok(matches(['cafe'], 'the CAFÉ scene'));
    assert.ok(matches(['Ñandú'], 'nandu'));
    assert.ok(matches(['ñandú'], 'n\u0303andu\u0301'), 'combining marks');
  });

  it('sees through leetspeak and repeated letters', () => {
    assert.ok(matches(['spoiler'], 'sp0il3r'));
    assert.ok(matches(['spoiler'], '$poiler'));
    assert.ok(matches(['good'], 'gooooood'));
    assert.ok(matches(['spoiler'], 'spoooiler'), 'any letter, not only the ones obscenity folds');
    assert.ok(matches(['spoiler'], 'SPOIIILLLERRR'));
  });

  it('never matches inside another word', () => {
    assert.equal(matches(['ass'], 'a class act'), false);
    assert.equal(matches(['ass'], 'the bass line'), false);
    assert.ok(matches(['ass'], 'what an ass.'));
  });

  it('matches the word next to punctuation, at either end of the text, and at the start of a longer word', () => {
    assert.ok(matches(['spoiler'], 'spoiler!'));
    assert.ok(matches(['spoiler'], '(spoiler)'));
    assert.ok(matches(['spoiler'], 'Spoilers ahead'), 'a plural is caught');
  });

  it('does not match a word broken by a space or a line break', () => {
    assert.equal(matches(['spoiler'], 'spo iler'), false);
    assert.equal(matches(['spoiler'], 'spo\niler'), false, 'the name and the text are joined by a line break');
    assert.equal(matches(['spoiler'], 'nothing to see'), false);
  });

  it('takes pattern syntax in a word literally', () => {
    assert.equal(matches(['(a|b)'], 'a'), false);
    assert.ok(matches(['(a|b)'], 'ab'));
  });

  it('matches any word of the list', () => {
    assert.ok(matches(['alpha', 'omega'], 'the omega point'));
    assert.equal(matches(['alpha', 'omega'], 'the gamma point'), false);
  });
});
