/**
 * A light stemmer: "worried" and "worries", "eviction" and "evicted", "smoker" and
 * "smoking" come to the same stem, so a staff member's wording finds the content's.
 * Deliberately light (plural, -ing, -ed, -er, -ion, a final e): a heavier one (Porter)
 * also merges words that mean different things here ("general", "generous").
 * Words under four letters are left alone.
 */
const MIN_LENGTH = 4;
const MIN_STEM = 3;

export function stem(word: string): string {
  if (word.length < MIN_LENGTH) return word;
  let w = word;
  const cut = (suffix: string, replacement = '') => {
    if (w.endsWith(suffix) && w.length - suffix.length + replacement.length >= MIN_STEM) {
      w = w.slice(0, w.length - suffix.length) + replacement;
      return true;
    }
    return false;
  };
  // "worries", "worried" → "worry"
  if (!cut('ies', 'y') && !cut('ied', 'y') && !w.endsWith('ss') && !w.endsWith('us')) cut('s');
  cut('ing') || cut('ed') || cut('er') || cut('ion');
  cut('e');
  return w;
}
