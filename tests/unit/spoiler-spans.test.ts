import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countSpoilerSpans, findSpoilerSpans } from '../../shared/spoiler-spans';
import { hideSpoilers } from '../../server/src/reviews/spoiler-spans';

const hidden = (source: string) => hideSpoilers(source, '[S]').text;

describe('inline spoiler spans', () => {
  it('finds each ||span|| with its delimiters, also across lines', () => {
    assert.deepEqual(findSpoilerSpans('a ||b|| c ||dd|| e'), [[2, 7], [10, 16]]);
    assert.equal(hidden('Ruth ||dies\nat the end|| of it'), 'Ruth [S] of it');
    assert.deepEqual(hideSpoilers('||a|| and ||b||', '…'), { text: '… and …', hidden: 2 });
  });

  it('keeps a delimiter without a partner, and an empty |||| pair, as text', () => {
    assert.equal(hidden('||never closed'), '||never closed');
    assert.equal(hidden('a |||| b'), 'a |||| b');
    assert.equal(hidden('one || two'), 'one || two');
    assert.equal(hidden('|||x|||'), '[S]|', 'pairs are read left to right');
  });

  it('leaves fenced code blocks alone, with backticks or tildes, indented up to three spaces, with an info string', () => {
    assert.equal(hidden('```\n||in code||\n```\n||out||'), '```\n||in code||\n```\n[S]');
    assert.equal(hidden('~~~\n||in code||\n~~~\n||out||'), '~~~\n||in code||\n~~~\n[S]');
    assert.equal(hidden('   ```\n||in code||\n```\n||out||'), '   ```\n||in code||\n```\n[S]');
    assert.equal(hidden('```js\nconst x = a||b||c;\n```\n||out||'), '```js\nconst x = a||b||c;\n```\n[S]');
  });

  it('closes a fence only with its own marker, at least as long', () => {
    assert.equal(hidden('````\n||a||\n```\n||b||\n````\n||out||'), '````\n||a||\n```\n||b||\n````\n[S]');
    assert.equal(hidden('~~~\n||a||\n```\n||b||'), '~~~\n||a||\n```\n||b||', 'backticks do not close a tilde fence');
  });

  it('treats an unclosed fence as code to the end', () => {
    assert.deepEqual(findSpoilerSpans('||before||\n```\n||after||'), [[0, 10]]);
  });

  it('never lets a span reach into a fenced block', () => {
    assert.equal(hidden('||open\n```\ncode||\n```\n||y||'), '||open\n```\ncode||\n```\n[S]');
  });

  it('leaves inline code alone, matching runs of backticks of the same length', () => {
    assert.equal(hidden('`||x||` and ||y||'), '`||x||` and [S]');
    assert.equal(hidden('``a ` ||x|| `` and ||y||'), '``a ` ||x|| `` and [S]');
    assert.equal(hidden('``||x||``'), '``||x||``');
    assert.equal(hidden('mid-line ``` ||x|| ``` then ||y||'), 'mid-line ``` ||x|| ``` then [S]', 'three backticks inside a line are inline code');
  });

  it('reads an unmatched backtick as text', () => {
    assert.equal(hidden('it`s ||x||'), 'it`s [S]');
  });

  it('keeps a span whole around inline code holding pipes', () => {
    assert.equal(hidden('||a `||` b|| c'), '[S] c');
  });

  it('reads \\|\\| as literal pipes, and an escaped backslash before real delimiters as text', () => {
    assert.equal(hidden('\\|\\|not hidden\\|\\| but ||this||'), '\\|\\|not hidden\\|\\| but [S]');
    assert.equal(hidden('\\||x|| y'), '\\||x|| y', 'the escaped pipe leaves one delimiter unpaired');
    assert.equal(hidden('\\\\||x||'), '\\\\[S]');
  });

  it('counts spans, and none in an empty or missing body', () => {
    assert.equal(countSpoilerSpans('||a|| `||b||` ||c||'), 2);
    assert.equal(countSpoilerSpans(''), 0);
    assert.equal(countSpoilerSpans(null), 0);
    assert.equal(countSpoilerSpans(undefined), 0);
  });
});
