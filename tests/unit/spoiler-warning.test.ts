import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSpoilerWarning } from '../../server/src/custom-fields/spoiler-warning/rules';

const paths = (value: unknown) => checkSpoilerWarning(value).map((issue) => issue.path.join('.'));

describe('spoiler warning rules', () => {
  it('accepts each level with or without a note, and empty values', () => {
    for (const level of ['none', 'mild', 'major']) {
      assert.deepEqual(paths({ level }), []);
      assert.deepEqual(paths({ level, note: 'Discusses the ending' }), []);
    }
    assert.deepEqual(paths({ level: 'mild', note: null }), []);
    assert.deepEqual(paths(null), []);
    assert.deepEqual(paths({ level: 'major', note: 'x'.repeat(280) }), []);
  });

  it('names what is wrong', () => {
    assert.deepEqual(paths({ level: 'huge' }), ['level']);
    assert.deepEqual(paths({}), ['level']);
    assert.deepEqual(paths({ level: 'mild', note: 'x'.repeat(281) }), ['note']);
    assert.deepEqual(paths({ level: 'mild', note: 42 }), ['note']);
    assert.deepEqual(paths({ level: 'mild', colour: 'red' }), ['colour']);
    assert.deepEqual(paths('major'), ['']);
    assert.deepEqual(paths(['major']), ['']);
  });
});
