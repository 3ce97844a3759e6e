/**
 * Everyday wording: the content's keywords and the everyday words for topics, sorted.
 * A query that is, or starts, such wording ("homelessness", "stop smok") asks about a
 * subject, not for a service by name, even when some borough's service is called
 * "Homelessness help" or "Stop smoking support in Southwark".
 */
export type WordingIndex = readonly string[];

export function buildWordingIndex(texts: Iterable<string>): WordingIndex {
  return [...new Set(texts)].sort();
}

/** Is `query` some wording, or the start of it? */
export function startsWording(index: WordingIndex, query: string): boolean {
  let lo = 0;
  let hi = index.length;
  // The first text not below the query: if any text starts with it, this one does.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]! < query) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.length && index[lo]!.startsWith(query);
}
