/**
 * The best `limit` items by key, ties to the lower position, in one pass. Thousands of
 * records may match two typed letters, but the sidebar shows a dozen per list: a short
 * sorted list beats sorting them all.
 */
export interface Ranked {
  item: number;
  score: number;
}

export function selectTop(
  items: ArrayLike<number>,
  keyOf: (item: number) => number,
  limit: number,
  accepts: (item: number, key: number) => boolean = () => true,
): Ranked[] {
  const best: Ranked[] = [];
  if (limit <= 0) return best;
  for (let n = 0; n < items.length; n++) {
    const item = items[n]!;
    const score = keyOf(item);
    if (best.length === limit) {
      const worst = best[limit - 1]!;
      if (score > worst.score || (score === worst.score && item > worst.item)) continue;
    }
    if (!accepts(item, score)) continue;
    let at = best.length;
    while (at > 0 && (score < best[at - 1]!.score || (score === best[at - 1]!.score && item < best[at - 1]!.item))) at--;
    best.splice(at, 0, { item, score });
    if (best.length > limit) best.pop();
  }
  return best;
}
