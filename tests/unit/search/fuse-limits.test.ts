import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { FUSE_MIN_SCORE, maxErrors } from '../../../utils/search/fuse-limits';

describe('maxErrors', () => {
  it('allows errors up to threshold × length, as Bitap does with ignoreLocation', () => {
    // threshold 0.34: 2 letters exact, 3–5 one error, 6–8 two, 9–11 three.
    expect([2, 3, 4, 5, 6, 8, 9, 12].map((n) => maxErrors(n, 0.34))).toEqual([0, 1, 1, 1, 2, 2, 3, 4]);
  });
  it('never allows as many errors as there are letters', () => {
    expect(maxErrors(1, 1)).toBe(0);
    expect(maxErrors(4, 0.9)).toBe(3);
  });
  it('is what Fuse accepts: one edit more is refused', () => {
    const options = { threshold: 0.34, ignoreLocation: true };
    expect(Fuse.match('smokng', 'stop smoking', options).isMatch).toBe(true);
    expect(Fuse.match('smxkxxg', 'stop smoking', options).isMatch).toBe(maxErrors(7, 0.34) >= 4);
  });
});

describe('FUSE_MIN_SCORE', () => {
  it('is the score Fuse gives a pattern found exactly inside a longer text', () => {
    expect(Fuse.match('booze', 'no booze today', { ignoreLocation: true }).score).toBe(FUSE_MIN_SCORE);
    expect(Fuse.match('booze', 'booze', { ignoreLocation: true }).score).toBe(0);
  });
});
