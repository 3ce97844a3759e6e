/**
 * The pieces of Fuse.js's Bitap arithmetic the typo pass relies on (fuse.js 7.5.0,
 * src/search/bitap/search.ts and computeScore.ts; pinned exactly in package.json).
 * With `ignoreLocation`, Bitap accepts a text only if some part of it is within
 * ⌊threshold × length⌋ edits of the pattern, and scores it errors ÷ length. The typo
 * pass uses that to skip texts Fuse would reject and to bound scores before asking
 * Fuse; tests/unit/search/typo-matcher.test.ts checks both against Fuse itself, so an
 * upgrade that changes them fails there rather than silently reordering results.
 */

/** The most errors Bitap accepts for a pattern of this length. */
export function maxErrors(patternLength: number, threshold: number): number {
  let errors = 0;
  // Bitap's error levels run from 0 to length - 1.
  while (errors + 1 < patternLength && (errors + 1) / patternLength <= threshold) errors++;
  return errors;
}

/** Fuse never scores a match below this unless the text equals the pattern (then 0). */
export const FUSE_MIN_SCORE = 0.001;
