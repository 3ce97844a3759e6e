/**
 * What people type mid-shift: mixed case, stray punctuation, double spaces,
 * apostrophes ("can't pay rent"). Reduced to lower-case words and single spaces.
 * Content is indexed through the same function, so both sides compare alike.
 */
export function normaliseQuery(raw: string): string {
  // Unicode normalisation is slow, and building the index normalises every value of
  // 20,000 records: only text with accents or curly quotes needs it.
  const lower = NON_ASCII.test(raw)
    ? raw
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
    : raw.toLowerCase();
  return lower
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range on purpose, control characters included: anything outside it needs folding
export const NON_ASCII = /[^\x00-\x7f]/;

/** Without spaces: "step change" and "StepChange" are the same name to the person typing. */
export function compact(normalised: string): string {
  return normalised.replace(/ /g, '');
}

/**
 * Filler that says nothing about what is wanted ("help with the rent", "where can I
 * get a flu jab"). They still count inside a phrase: "5 a day" is matched as typed.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'to',
  'of',
  'for',
  'in',
  'on',
  'with',
  'my',
  'i',
  'is',
  'about',
  'how',
  'help',
  'get',
  'need',
  'want',
  'can',
  'do',
  'does',
  'what',
  'where',
  'who',
  'when',
  'at',
  'by',
  'from',
  'or',
  'me',
  'you',
  'your',
  'their',
  'they',
  'it',
  'am',
  'are',
  'be',
]);

/**
 * Words that carry meaning, each of which a result should match. A query of
 * nothing but filler ("help") keeps its words: something must be searched.
 */
export function queryTokens(words: readonly string[]): string[] {
  const meaningful = words.filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  return meaningful.length > 0 ? meaningful : words.filter((w) => w.length > 0);
}
