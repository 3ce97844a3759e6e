/**
 * A light stemmer: "worried" and "worries", "eviction" and "evicted", "smoker" and
 * "smoking" come to the same stem, so a staff member's wording finds the content's.
 * Deliberately light (plural, -ing, -ed, -er, -ion, a final e): a heavier one (Porter)
 * also merges words that mean different things here ("general", "generous").
 * Words under four letters are left alone.
 *
 * A short stem is where different words collide, so it is kept whole:
 * - a final e goes only when four letters stay ("smoke" → "smok"; "care" stays "care",
 *   or "care" and "car" would be one word);
 * - a three-letter stem shaped consonant, vowel, consonant takes back its e ("caring",
 *   "carer" → "care", "vaping" → "vape", "living" → "live"), so "car park" is not about
 *   carers; "eating" → "eat" has no such shape;
 * - after -ing or -ed a doubled last letter is undone ("quitting" → "quit", "betting" →
 *   "bet"), but not after -er: "better" is not "bet".
 */
const MIN_LENGTH = 4;
const MIN_STEM = 3;
/** Fewer letters than this left, a final e stays. */
const MIN_STEM_WITHOUT_E = 4;

const VOWEL = /[aeiou]/;
/** Consonant, vowel, consonant, the last not w, x or y: a short stem that lost its e ("car" of "caring"). */
const lostItsE = (s: string) =>
  s.length === MIN_STEM && !VOWEL.test(s[0]!) && VOWEL.test(s[1]!) && !VOWEL.test(s[2]!) && !/[wxy]/.test(s[2]!);
/** A doubled last letter that the suffix doubled ("quitt" of "quitting"); not l, s or z ("smell", "stress", "buzz"). */
const doubledByEnding = (s: string) => s.length > MIN_STEM && s[s.length - 1] === s[s.length - 2] && !/[aeiouylsz]/.test(s[s.length - 1]!);

export function stem(word: string): string {
  if (word.length < MIN_LENGTH) return word;
  let w = word;
  const cut = (suffix: string, replacement = '', min = MIN_STEM) => {
    if (w.endsWith(suffix) && w.length - suffix.length + replacement.length >= min) {
      w = w.slice(0, w.length - suffix.length) + replacement;
      return true;
    }
    return false;
  };
  // "worries", "worried" → "worry"
  if (!cut('ies', 'y') && !cut('ied', 'y') && !w.endsWith('ss') && !w.endsWith('us')) cut('s');
  // "need", "bleed": the -ed is part of the word.
  const verbEnding = cut('ing') || (!w.endsWith('eed') && cut('ed'));
  const ending = verbEnding || cut('er') || cut('ion');
  if (verbEnding && doubledByEnding(w)) w = w.slice(0, -1);
  else if (ending && lostItsE(w)) w += 'e';
  else cut('e', '', MIN_STEM_WITHOUT_E);
  return w;
}
