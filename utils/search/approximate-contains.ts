/**
 * "Does this text contain something within k edits of the pattern?", answered in one
 * pass with Myers' bit-parallel algorithm (G. Myers, "A fast bit-vector algorithm for
 * approximate string matching based on dynamic programming", J. ACM 46(3), 1999).
 *
 * Why: Fuse's Bitap makes a fresh pass per allowed error, allocating arrays as it goes,
 * and lower-cases every text on every call. Fuse accepts a text only if it holds an
 * occurrence within k = ⌊threshold × length⌋ edits (Levenshtein) of the pattern, so this
 * test, which is exact for that distance, safely rules out the texts Fuse would reject
 * and leaves Fuse to score the rest. It never decides a match on its own: Fuse has
 * further rules (minMatchCharLength) and does the scoring.
 */

/** Bitap and this both work in one 32-bit word; Fuse splits longer patterns into chunks. */
export const MAX_PATTERN_LENGTH = 32;

export interface CompiledPattern {
  length: number;
  /** Bit i set where pattern[i] is that character: ASCII in an array, anything else in a map. */
  ascii: Int32Array;
  other: Map<number, number>;
}

/** null when the pattern is empty or too long for one word (the caller then skips the test). */
export function compilePattern(pattern: string): CompiledPattern | null {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN_LENGTH) return null;
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code < 128) ascii[code]! |= 1 << i;
    else other.set(code, (other.get(code) ?? 0) | (1 << i));
  }
  return { length: pattern.length, ascii, other };
}

/**
 * True when some substring of `text` is at most `maxEdits` insertions, deletions or
 * substitutions away from the pattern. Case-sensitive: pass both lower-cased, as Fuse does.
 */
export function containsWithin(pattern: CompiledPattern, text: string, maxEdits: number): boolean {
  const m = pattern.length;
  if (maxEdits >= m) return true;
  const high = 1 << (m - 1);
  const { ascii, other } = pattern;
  // Vertical deltas of the DP column: all +1 (distance grows by one per pattern character).
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    const eq = code < 128 ? ascii[code]! : (other.get(code) ?? 0);
    const xv = eq | mv;
    // Carries beyond bit 31 are dropped by `^`, which is what the algorithm needs.
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // Searching, not comparing whole strings: a match may start anywhere, so nothing shifts in.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= maxEdits) return true;
  }
  return false;
}
