/**
 * The best `limit` items by score, computing exact scores only where they can matter.
 *
 * Why: two or three typed letters fuzzy-match most of a large corpus ("co" reaches
 * nine records in ten at 5,000 records), but the sidebar shows a dozen per group.
 * Each candidate comes with a cheap lower bound on its score; candidates are taken
 * in order of bound, and once the dozen kept are all better than the next bound, no
 * later candidate can enter, so the rest are never scored (branch and bound). A heap
 * gives that order without sorting thousands of candidates to use a few dozen.
 *
 * The result is exactly what scoring everything, sorting by (score, tie-break) and
 * keeping the first `limit` would give, provided every bound is ≤ its item's score.
 */
export interface Scored {
  item: number;
  score: number;
}

export function topByBound(
  /** Candidate items (numbers, e.g. record positions). */
  items: ArrayLike<number>,
  /** bounds[k] is never above the exact score of items[k]. */
  bounds: ArrayLike<number>,
  limit: number,
  /** The exact score (lower is better), or undefined when the item is not a result after all. */
  exact: (item: number) => number | undefined,
  /** Orders items with equal scores; must never return 0 for two different items. */
  tieBreak: (a: number, b: number) => number,
): Scored[] {
  if (limit <= 0) return [];
  const heap = new BoundHeap(bounds);
  const best: Scored[] = [];
  const before = (a: Scored, b: Scored) => a.score - b.score || tieBreak(a.item, b.item);
  while (heap.size > 0) {
    const worst = best[best.length - 1];
    // Strictly greater: an equal score could still win on the tie-break.
    if (best.length === limit && heap.peekBound() > worst!.score) break;
    const item = items[heap.pop()]!;
    const score = exact(item);
    if (score === undefined) continue;
    const entry = { item, score };
    if (best.length === limit && before(entry, worst!) >= 0) continue;
    // Insertion into a short sorted list: limit is a dozen, not thousands.
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]!) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** A binary min-heap of candidate positions, keyed by their bounds; built in linear time. */
class BoundHeap {
  private readonly heap: Int32Array;
  size: number;

  constructor(private readonly bounds: ArrayLike<number>) {
    this.size = bounds.length;
    this.heap = new Int32Array(this.size);
    for (let k = 0; k < this.size; k++) this.heap[k] = k;
    for (let k = (this.size >> 1) - 1; k >= 0; k--) this.siftDown(k);
  }

  peekBound(): number {
    return this.bounds[this.heap[0]!]!;
  }

  pop(): number {
    const top = this.heap[0]!;
    this.size--;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size]!;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(from: number): void {
    const { heap, bounds, size } = this;
    let k = from;
    const moving = heap[k]!;
    const key = bounds[moving]!;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= size) break;
      if (child + 1 < size && bounds[heap[child + 1]!]! < bounds[heap[child]!]!) child++;
      if (bounds[heap[child]!]! >= key) break;
      heap[k] = heap[child]!;
      k = child;
    }
    heap[k] = moving;
  }
}
