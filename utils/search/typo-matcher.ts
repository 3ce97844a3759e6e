/**
 * Typo-tolerant matching of one typed word against many distinct texts, scored as
 * Fuse.js scores it, at a fraction of the cost.
 *
 * Fuse's Bitap, with `ignoreLocation`, accepts a text if part of it is within
 * ⌊threshold × length⌋ edits of the pattern, and scores it errors ÷ length (0.001 at
 * best, 0 for the text itself): fuse-limits.ts. Bitap makes a fresh pass per allowed
 * error and allocates as it goes; Myers' bit-parallel algorithm (approximate-distance.ts)
 * finds the same fewest edits in one cheap pass per text. So every score here is the
 * score `Fuse.match` gives, which tests/unit/search/typo-matcher.test.ts checks against
 * Fuse itself, and fuse.js is pinned exactly because of it. For words of four letters
 * or more (the only ones matched with typos, ranking-rules.ts) Fuse's extra rule, a run
 * of two matched characters, always holds: four letters with one edit leave two side by
 * side.
 *
 * And typing repeats itself: scans are kept per pattern (lru-cache.ts), and a pattern one
 * letter longer than the last only re-tests the texts the last one could match.
 */
import { approximateDistance, compilePattern, packTexts, type PackedTexts } from './approximate-distance';
import { FUSE_MIN_SCORE, maxErrors } from './fuse-limits';
import { LruCache } from './lru-cache';
import { typoAtWordStart, typoWithinWord } from './typo-at-word-start';

/** One pattern against every text. */
export interface TypoScan {
  /** Texts the pattern matches, in text order. */
  readonly matched: Int32Array;
  /** Fuse's score for a matched text: 0 for the pattern itself, else errors ÷ length, at least 0.001. */
  score(text: number): number;
  /** Does the pattern fit, within its allowed edits, at the start of one of the text's words? */
  atWordStart(text: number): boolean;
  /** Does the typo fit inside one word of text t (typo-at-word-start.ts)? */
  withinWord(text: number): boolean;
}

export interface TypoMatcher {
  readonly texts: readonly string[];
  /** Patterns and texts normalised (normalise-query.ts). Blank, or over 32 characters: matches nothing. */
  scan(pattern: string): TypoScan;
}

/** Scans kept: enough for a few words typed and corrected (each holds ~9 bytes per text). */
const DEFAULT_CACHE_SIZE = 32;

interface Scan extends TypoScan {
  edits: number;
}

const NOTHING: Scan = { edits: -1, matched: new Int32Array(0), score: () => 1, atWordStart: () => false, withinWord: () => false };

export function createTypoMatcher(texts: readonly string[], threshold: number, cacheSize = DEFAULT_CACHE_SIZE): TypoMatcher {
  // Packed on first use: most keystrokes are whole words and never need typos.
  let packed: PackedTexts | null = null;
  const cache = new LruCache<string, Scan>(cacheSize);

  /**
   * Which texts to test: all of them, or, when the previous keystroke's pattern is this
   * one minus its last letter and allows as many edits, only those it matched. Dropping
   * the last letter of a pattern never moves it further from any text, so nothing this
   * pattern can match is left out.
   */
  function textsToTest(pattern: string, edits: number): ArrayLike<number> | null {
    const previous = cache.get(pattern.slice(0, -1));
    return previous && previous.edits === edits ? previous.matched : null;
  }

  function runScan(pattern: string): Scan {
    const compiled = compilePattern(pattern);
    if (!compiled || pattern.trim() === '') return NOTHING;
    packed ??= packTexts(texts);
    const edits = maxErrors(pattern.length, threshold);
    const scores = new Float64Array(texts.length);
    const matched: number[] = [];
    const test = (t: number) => {
      const distance = approximateDistance(compiled, packed!, t, edits);
      if (distance > edits) return;
      scores[t] = texts[t] === pattern ? 0 : Math.max(FUSE_MIN_SCORE, distance / pattern.length);
      matched.push(t);
    };
    const subset = textsToTest(pattern, edits);
    if (subset) for (let n = 0; n < subset.length; n++) test(subset[n]!);
    else for (let t = 0; t < texts.length; t++) test(t);
    // 0: not worked out yet, 1: yes, 2: no.
    const wordStart = new Uint8Array(texts.length);
    const inWord = new Uint8Array(texts.length);
    return {
      edits,
      matched: Int32Array.from(matched),
      score: (t) => scores[t]!,
      atWordStart(t) {
        if (wordStart[t] === 0) wordStart[t] = typoAtWordStart(texts[t]!, pattern, edits) ? 1 : 2;
        return wordStart[t] === 1;
      },
      withinWord(t) {
        if (inWord[t] === 0) inWord[t] = typoWithinWord(texts[t]!, pattern, edits) ? 1 : 2;
        return inWord[t] === 1;
      },
    };
  }

  return {
    texts,
    scan(pattern) {
      const cached = cache.get(pattern);
      if (cached) return cached;
      const fresh = runScan(pattern);
      cache.set(pattern, fresh);
      return fresh;
    },
  };
}
