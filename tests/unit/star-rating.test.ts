import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkStarRating, starRatingOptions } from '../../server/src/custom-fields/star-rating/rules';
import { nextRating, ratingScale } from '../../admin/src/custom-fields/star-rating-scale';

const fivehalf = starRatingOptions({});
const tenWhole = starRatingOptions({ max: '10', halfStars: false });
const ok = (value: unknown, options = fivehalf) => checkStarRating(value, options).length === 0;

describe('star rating rules (server)', () => {
  it('defaults to 5 stars with half stars, and reads options stored as strings', () => {
    assert.deepEqual(fivehalf, { max: 5, halfStars: true });
    assert.deepEqual(tenWhole, { max: 10, halfStars: false });
    assert.deepEqual(starRatingOptions({ max: 42 }), { max: 5, halfStars: true });
  });

  it('accepts 0.5..max in half steps', () => {
    for (const value of [0.5, 1, 3.5, 4, 5, '4.5']) assert.ok(ok(value), String(value));
    for (const value of [0, 5.5, 4.25, -0.5, 'x', NaN, Infinity, {}]) assert.ok(!ok(value), String(value));
  });

  it('accepts 1..max in whole steps without half stars', () => {
    for (const value of [1, 7, 10]) assert.ok(ok(value, tenWhole), String(value));
    for (const value of [0.5, 7.5, 11]) assert.ok(!ok(value, tenWhole), String(value));
  });

  it('lets empty values through (required is checked on publish)', () => {
    assert.ok(ok(null));
    assert.ok(ok(undefined));
  });

  it('says what is wrong', () => {
    assert.equal(checkStarRating(6, fivehalf)[0].message, 'must be between 0.5 and 5');
    assert.match(checkStarRating(2.5, tenWhole)[0].message, /whole number/);
  });
});

describe('star rating keyboard (admin)', () => {
  const scale = ratingScale({ max: 5 });
  it('moves by half a star with the arrows and stays within range', () => {
    assert.equal(nextRating(null, 'ArrowRight', scale), 0.5);
    assert.equal(nextRating(4, 'ArrowUp', scale), 4.5);
    assert.equal(nextRating(5, 'ArrowRight', scale), 5);
    assert.equal(nextRating(4, 'ArrowLeft', scale), 3.5);
    assert.equal(nextRating(0.5, 'ArrowDown', scale), 0.5);
  });
  it('jumps with Home and End, clears with Delete, ignores other keys', () => {
    assert.equal(nextRating(3, 'Home', scale), 0.5);
    assert.equal(nextRating(3, 'End', scale), 5);
    assert.equal(nextRating(3, 'Delete', scale), null);
    assert.equal(nextRating(3, 'a', scale), undefined);
  });
  it('moves by whole stars without half stars', () => {
    const whole = ratingScale({ max: '10', halfStars: false });
    assert.equal(nextRating(null, 'ArrowRight', whole), 1);
    assert.equal(nextRating(7, 'ArrowLeft', whole), 6);
    assert.equal(nextRating(3, 'End', whole), 10);
  });
});
