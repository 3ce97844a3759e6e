/**
 * What people type mid-shift: mixed case, stray punctuation, double spaces,
 * apostrophes ("can't pay rent"). Reduced to lower-case words and single spaces.
 */
export function normaliseQuery(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'to', 'of', 'for', 'in', 'on', 'with', 'my', 'i', 'is', 'about', 'how']);

/** Words that carry meaning, for word-by-word matching of longer queries. */
export function queryTokens(normalised: string): string[] {
  return normalised.split(' ').filter((w) => w.length > 0 && !STOP_WORDS.has(w));
}
