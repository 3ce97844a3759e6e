import { describe, expect, it } from 'vitest';
import { topByBound } from '../../../utils/search/top-by-bound';
import { seededRandom } from '../../../scripts/bench/seeded-random';

/** What topByBound must equal: score everything, sort by (score, tie-break), keep the first `limit`. */
function bruteForce(items: number[], exact: (i: number) => number | undefined, limit: number) {
  return items
    .map((item) => ({ item, score: exact(item) }))
    .filter((e): e is { item: number; score: number } => e.score !== undefined)
    .sort((a, b) => a.score - b.score || a.item - b.item)
    .slice(0, Math.max(0, limit));
}

const byItem = (a: number, b: number) => a - b;

describe('topByBound', () => {
  it('returns the best items in order, ties broken by the tie-break', () => {
    const scores = [0.5, 0.1, 0.5, 0.3, 0.9];
    const items = [0, 1, 2, 3, 4];
    expect(topByBound(items, [0, 0, 0, 0, 0], 3, (i) => scores[i], byItem)).toEqual([
      { item: 1, score: 0.1 },
      { item: 3, score: 0.3 },
      { item: 0, score: 0.5 },
    ]);
  });

  it('leaves out items whose exact score is undefined', () => {
    const scores = [undefined, 0.2, undefined, 0.4];
    expect(topByBound([0, 1, 2, 3], [0, 0, 0, 0], 5, (i) => scores[i], byItem).map((e) => e.item)).toEqual([1, 3]);
  });

  it('returns nothing for a limit of 0 or no candidates', () => {
    expect(topByBound([0, 1], [0, 0], 0, () => 0, byItem)).toEqual([]);
    expect(topByBound([], [], 5, () => 0, byItem)).toEqual([]);
  });

  it('does not score candidates whose bound cannot beat the kept results', () => {
    const scored: number[] = [];
    const items = Array.from({ length: 1000 }, (_, i) => i);
    // Bounds equal to the scores: exactly `limit` candidates need scoring.
    const result = topByBound(items, items.map((i) => i / 1000), 10, (i) => (scored.push(i), i / 1000), byItem);
    expect(result.map((e) => e.item)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(scored.length).toBe(10);
  });

  it('still scores a candidate whose bound equals the worst kept score (it may win the tie-break)', () => {
    // Item 0 scores 0.5 with bound 0.5; item 1 has the same score and bound but an earlier tie-break.
    const result = topByBound([5, 1], [0.5, 0.5], 1, () => 0.5, byItem);
    expect(result).toEqual([{ item: 1, score: 0.5 }]);
  });

  it('equals scoring everything, on many random cases with bounds at or below the scores', () => {
    const random = seededRandom(11);
    for (let n = 0; n < 500; n++) {
      const count = random.int(0, 200);
      const items = random.sample(Array.from({ length: 1000 }, (_, i) => i), count);
      const scores = new Map(items.map((i) => [i, random.chance(0.2) ? undefined : Math.round(random.next() * 20) / 20 - 0.3]));
      const bounds = items.map((i) => (scores.get(i) ?? random.next()) - (random.chance(0.5) ? 0 : random.next() * 0.5));
      const limit = random.int(0, 15);
      const exact = (i: number) => scores.get(i);
      expect(topByBound(items, bounds, limit, exact, byItem)).toEqual(bruteForce(items, exact, limit));
    }
  });
});
