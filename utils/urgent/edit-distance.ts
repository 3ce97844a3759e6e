/**
 * Edits between two short words (insert, delete, change, or swap two neighbours: the
 * optimal string alignment distance), stopping early once it is past `limit`. For the
 * urgent floor's typo check: a handful of words per keystroke, so plain and exact beats
 * the bit-parallel pass search uses over thousands of values.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let lowest = i;
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      lowest = Math.min(lowest, d);
    }
    if (lowest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
