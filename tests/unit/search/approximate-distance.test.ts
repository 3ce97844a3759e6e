import { describe, expect, it } from 'vitest';
import { approximateDistance, compilePattern, MAX_PATTERN_LENGTH, packTexts } from '../../../utils/search/approximate-distance';
import { seededRandom } from '../../../scripts/bench/seeded-random';

/** Textbook dynamic programming: edit distance from the pattern to the closest substring of the text. */
function bruteForce(pattern: string, text: string): number {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = prev[pattern.length]!;
  for (const c of text) {
    const row = [0];
    for (let i = 1; i <= pattern.length; i++) {
      row[i] = Math.min(prev[i]! + 1, row[i - 1]! + 1, prev[i - 1]! + (pattern[i - 1] === c ? 0 : 1));
    }
    prev = row;
    best = Math.min(best, prev[pattern.length]!);
  }
  return best;
}

// The middle of three packed texts, so the test also checks that neighbours do not leak in.
const distance = (pattern: string, text: string, maxEdits: number) =>
  approximateDistance(compilePattern(pattern)!, packTexts([pattern, text, pattern]), 1, maxEdits);

describe('approximateDistance', () => {
  it('is 0 for an exact occurrence anywhere in the text', () => {
    expect(distance('fag', 'no fags here', 1)).toBe(0);
    expect(distance('stop smoking', 'stop smoking', 4)).toBe(0);
  });

  it('counts a substitution, an insertion or a deletion as one edit', () => {
    expect(distance('smoking', 'smokeng', 2)).toBe(1);
    expect(distance('smoking', 'smokking', 2)).toBe(1);
    expect(distance('smoking', 'smokng', 2)).toBe(1);
    expect(distance('anxiety', 'anxeity', 2)).toBe(2);
  });

  it('reports maxEdits + 1 when nothing is close enough', () => {
    expect(distance('xylophone', 'stop smoking', 3)).toBe(4);
    expect(distance('ab', 'xyz', 0)).toBe(1);
  });

  it('handles non-ASCII text and patterns', () => {
    expect(distance('café', 'un café noir', 1)).toBe(0);
    expect(distance('cafe', 'un café noir', 1)).toBe(1);
    expect(distance('young people’s', 'young peoples service', 4)).toBe(1);
  });

  it('packs texts end to end, each readable on its own', () => {
    const packed = packTexts(['ab', '', 'café']);
    expect([...packed.starts]).toEqual([0, 2, 2, 6]);
    expect(String.fromCharCode(...packed.codes.subarray(2, 6))).toBe('café');
  });

  it('refuses patterns it cannot hold in one 32-bit word', () => {
    expect(compilePattern('')).toBeNull();
    expect(compilePattern('x'.repeat(MAX_PATTERN_LENGTH))).not.toBeNull();
    expect(compilePattern('x'.repeat(MAX_PATTERN_LENGTH + 1))).toBeNull();
  });

  it('agrees with the textbook algorithm on many random cases, up to 32 characters', () => {
    const random = seededRandom(7);
    const alphabet = 'abcde fgh';
    const word = (length: number) => Array.from({ length }, () => random.pick([...alphabet])).join('');
    for (let n = 0; n < 3000; n++) {
      const pattern = word(random.int(1, n % 10 === 0 ? 32 : 8));
      const text = word(random.int(0, 40));
      const maxEdits = random.int(0, pattern.length);
      const expected = bruteForce(pattern, text);
      expect(distance(pattern, text, maxEdits), `${pattern} in ${text}`).toBe(expected <= maxEdits ? expected : maxEdits + 1);
    }
  });
});
