import { describe, expect, it } from 'vitest';
import { maxErrors, normalisedWeights } from '../../../utils/search/fuse-score';

describe('maxErrors', () => {
  it('allows errors up to threshold × length, as Bitap does with ignoreLocation', () => {
    // threshold 0.34: 2 letters exact, 3–5 one error, 6–8 two, 9–11 three.
    expect([2, 3, 4, 5, 6, 8, 9, 12].map((n) => maxErrors(n, 0.34))).toEqual([0, 1, 1, 1, 2, 2, 3, 4]);
  });
  it('never allows as many errors as there are letters', () => {
    expect(maxErrors(1, 1)).toBe(0);
    expect(maxErrors(4, 0.9)).toBe(3);
  });
});

describe('normalisedWeights', () => {
  it('divides each weight by the total, and weighs a bare key name as 1', () => {
    expect(normalisedWeights([{ name: 'title', weight: 3 }, { name: 'keywords', weight: 2 }, 'organisation'])).toEqual([
      3 / 6,
      2 / 6,
      1 / 6,
    ]);
  });
});
