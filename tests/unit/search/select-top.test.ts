import { describe, expect, it } from 'vitest';
import { selectTop } from '../../../utils/search/select-top';
import { seededRandom } from '../../../scripts/bench/seeded-random';

/** What selectTop must equal: everything accepted, sorted by (key, position), the first `limit`. */
function bruteForce(items: number[], key: (i: number) => number, limit: number, accepts: (i: number, k: number) => boolean) {
  return items
    .map((item) => ({ item, score: key(item) }))
    .filter((e) => accepts(e.item, e.score))
    .sort((a, b) => a.score - b.score || a.item - b.item)
    .slice(0, Math.max(0, limit));
}

describe('selectTop', () => {
  it('returns the best items in order, ties to the lower position', () => {
    const keys = [0.5, 0.1, 0.5, 0.3, 0.9];
    expect(selectTop([4, 3, 2, 1, 0], (i) => keys[i]!, 3)).toEqual([
      { item: 1, score: 0.1 },
      { item: 3, score: 0.3 },
      { item: 0, score: 0.5 },
    ]);
  });

  it('keeps only what the list accepts', () => {
    expect(
      selectTop(
        [0, 1, 2, 3],
        (i) => i,
        5,
        (i) => i % 2 === 1,
      ).map((e) => e.item),
    ).toEqual([1, 3]);
  });

  it('returns nothing for a limit of 0 or no items', () => {
    expect(selectTop([0, 1], () => 0, 0)).toEqual([]);
    expect(selectTop([], () => 0, 5)).toEqual([]);
  });

  it('equals sorting everything, on many random cases', () => {
    const random = seededRandom(11);
    for (let n = 0; n < 500; n++) {
      const items = random.sample(
        Array.from({ length: 1000 }, (_, i) => i),
        random.int(0, 200),
      );
      const keys = new Map(items.map((i) => [i, Math.round(random.next() * 20) / 20]));
      const limit = random.int(0, 15);
      const accepts = (i: number, k: number) => (i + Math.round(k * 20)) % 3 !== 0;
      expect(selectTop(items, (i) => keys.get(i)!, limit, accepts)).toEqual(bruteForce(items, (i) => keys.get(i)!, limit, accepts));
    }
  });
});
