/**
 * How close does any part of a text come to the pattern? The fewest insertions,
 * deletions or substitutions that turn some substring into the pattern, in one pass,
 * with Myers' bit-parallel algorithm (G. Myers, "A fast bit-vector algorithm for
 * approximate string matching based on dynamic programming", J. ACM 46(3), 1999).
 *
 * Why: Fuse's Bitap accepts a text only if it holds an occurrence within
 * k = ⌊threshold × length⌋ edits of the pattern, and scores it errors ÷ length. Bitap
 * makes a fresh pass per allowed error and allocates as it goes; this is one cheap pass
 * per text. So it safely rules out texts Fuse would reject, and gives a floor under the
 * score Fuse would give the rest. It never decides a match or a score itself: Fuse has
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

/** null when the pattern is empty or too long for one word (callers then assume any text may match). */
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
 * Many texts as one array of UTF-16 code units: text t is codes[starts[t] .. starts[t + 1]).
 * Scanning thousands of short texts per keystroke, a typed array reads faster than
 * charCodeAt on thousands of separate strings.
 */
export interface PackedTexts {
  codes: Uint16Array;
  starts: Int32Array;
}

export function packTexts(texts: readonly string[]): PackedTexts {
  const starts = new Int32Array(texts.length + 1);
  texts.forEach((t, i) => (starts[i + 1] = starts[i]! + t.length));
  const codes = new Uint16Array(starts[texts.length]!);
  texts.forEach((t, i) => {
    for (let j = 0; j < t.length; j++) codes[starts[i]! + j] = t.charCodeAt(j);
  });
  return { codes, starts };
}

/**
 * The edit distance from the pattern to its closest substring of text `t`, or
 * `maxEdits + 1` when that is more than `maxEdits`. Case-sensitive: pack both
 * lower-cased, as Fuse compares them.
 */
export function approximateDistance(pattern: CompiledPattern, texts: PackedTexts, t: number, maxEdits: number): number {
  const m = pattern.length;
  const high = 1 << (m - 1);
  const { ascii, other } = pattern;
  const { codes, starts } = texts;
  // The DP column's vertical deltas start all +1: matching i pattern characters to nothing costs i.
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = starts[t]!, end = starts[t + 1]!; j < end; j++) {
    const code = codes[j]!;
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
    if (score < best) {
      best = score;
      // Nothing beats an exact occurrence.
      if (best === 0) return 0;
    }
  }
  return best <= maxEdits ? best : maxEdits + 1;
}
