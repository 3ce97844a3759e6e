/**
 * Fuse.js search, fed so that it stays fast at thousands of records.
 *
 * `new Fuse(items, options).search(p)` runs Bitap on every value of every record, every
 * keystroke: 5,000 records hold ~14,000 values, and ~100 ms per keystroke is the result.
 * Three facts make most of that work unnecessary, without changing a single score:
 *
 *  1. Values repeat. Keywords ("booze", "stop smoking") and organisations recur across
 *     records, so each distinct value (a "term") is matched once per pattern and its
 *     score shared by every record that holds it.
 *  2. Most values cannot match. Fuse accepts a value only if it contains something within
 *     ⌊threshold × length⌋ edits of the pattern; one cheap pass (approximate-distance.ts)
 *     rules the rest out before Fuse looks at them.
 *  3. The same pass gives a floor under each score (Fuse scores errors ÷ length), so a
 *     caller that only wants the best dozen can skip records that cannot make it
 *     (top-by-bound.ts) and ask Fuse about the few that can.
 *
 * And typing repeats itself: scans are kept per pattern (lru-cache.ts), so "morning" is
 * not searched again on every keystroke of "morning after pill", and a pattern one
 * letter longer than the last only re-tests the values the last one could match.
 *
 * Fuse (`Fuse.match`) still decides every match and computes every value's score; a
 * record's score is put together exactly as Fuse does (fuse-score.ts), from Fuse's own
 * index (term-index.ts). tests/unit/search/vocabulary-matcher.test.ts checks the scores
 * equal a plain Fuse instance's, bit for bit.
 */
import Fuse, { type FuseOptionKey } from 'fuse.js';
import { approximateDistance, compilePattern } from './approximate-distance';
import { maxErrors, withMatch } from './fuse-score';
import { LruCache } from './lru-cache';
import { buildTermIndex } from './term-index';

/** The Fuse options this matcher reproduces: plain fuzzy (Bitap) search, case-insensitive. */
export interface MatcherOptions<T> {
  keys: ReadonlyArray<FuseOptionKey<T>>;
  threshold?: number;
  ignoreLocation?: boolean;
  location?: number;
  distance?: number;
  minMatchCharLength?: number;
}

/** One pattern against every item, with Fuse's work deferred until a score is asked for. */
export interface PatternScan {
  /** Indexes of the items Fuse might match: every item it does match is here. */
  readonly possible: readonly number[];
  mayMatch(item: number): boolean;
  /** Never above the score Fuse gives the item, if Fuse matches it. */
  lowerBound(item: number): number;
  /** Fuse's score for the item, or undefined when Fuse does not match it. */
  score(item: number): number | undefined;
}

export interface VocabularyMatcher<T> {
  readonly items: readonly T[];
  /** Distinct values indexed: at most this many Fuse calls per pattern. */
  readonly termCount: number;
  /** A blank pattern matches nothing (Fuse would list every item, unscored). */
  scan(pattern: string): PatternScan;
  /** Every item `new Fuse(items, options).search(pattern)` returns, with the same score; unordered. */
  search(pattern: string): Map<T, number>;
}

/**
 * Scans kept: enough for a few queries typed and corrected. Each holds about 20 bytes
 * per term and item, so 48 scans of a 5,000-record index stay under 5 MB.
 */
const DEFAULT_CACHE_SIZE = 48;
/** Fuse never scores a match below this unless the value equals the pattern (then 0). */
const FUSE_MIN_SCORE = 0.001;

// Per-term state within a scan.
const IMPOSSIBLE = 0;
const UNSCORED = 1;
const MATCHED = 2;
const NOT_MATCHED = 3;

export function createVocabularyMatcher<T>(
  items: readonly T[],
  options: MatcherOptions<T>,
  cacheSize = DEFAULT_CACHE_SIZE,
): VocabularyMatcher<T> {
  const threshold = options.threshold ?? Fuse.config.threshold;
  const matchOptions = {
    threshold,
    ignoreLocation: options.ignoreLocation ?? Fuse.config.ignoreLocation,
    location: options.location ?? Fuse.config.location,
    distance: options.distance ?? Fuse.config.distance,
    minMatchCharLength: options.minMatchCharLength ?? Fuse.config.minMatchCharLength,
  };
  const { terms, packed, termItems, slotStart, slotTerm, slotWeight, slotNorm } = buildTermIndex(items, options.keys);

  /** A scan, plus what the next keystroke's scan can start from. */
  interface Scan extends PatternScan {
    lower: string;
    edits: number;
    /** Terms that may match, in term order; null when terms were not tested (blank or chunked pattern). */
    possibleTerms: Int32Array | null;
  }

  /**
   * Which terms to test: all of them, or, when the previous keystroke's pattern is this
   * one minus its last letter and allows as many edits, only the terms that pattern could
   * match. Dropping the last letter of a pattern never moves it further from any text,
   * so nothing this pattern can match is left out.
   */
  function termsToTest(pattern: string, lower: string, edits: number): ArrayLike<number> | null {
    const previous = cache.get(pattern.slice(0, -1));
    // Lower-casing can depend on context (a final Greek sigma), so compare what Fuse compares.
    if (!previous || previous.lower !== lower.slice(0, -1) || previous.edits !== edits) return null;
    return previous.possibleTerms;
  }

  function runScan(pattern: string): Scan {
    const state = new Uint8Array(terms.length);
    const floor = new Float64Array(terms.length);
    const scores = new Map<number, number>();
    const mayMatchItem = new Uint8Array(items.length);
    const possible: number[] = [];
    const possibleTerms: number[] = [];
    const lower = pattern.toLowerCase();
    const compiled = compilePattern(lower);
    const edits = maxErrors(lower.length, threshold);
    const test = (t: number) => {
      const text = terms[t]!;
      // No edits allowed (two letters): a plain substring test does the same job faster.
      // Patterns over 32 characters are split into chunks by Fuse: no floor for those.
      const distance = !compiled ? 0 : edits === 0 ? (text.includes(lower) ? 0 : 1) : approximateDistance(compiled, packed, t, edits);
      if (distance > edits) return;
      state[t] = UNSCORED;
      floor[t] = text === lower ? 0 : Math.max(FUSE_MIN_SCORE, compiled ? distance / lower.length : 0);
      possibleTerms.push(t);
      for (const i of termItems[t]!) {
        if (mayMatchItem[i]) continue;
        mayMatchItem[i] = 1;
        possible.push(i);
      }
    };
    const tested = pattern.trim() !== '' && compiled !== null;
    if (pattern.trim()) {
      const subset = tested ? termsToTest(pattern, lower, edits) : null;
      if (subset) for (let n = 0; n < subset.length; n++) test(subset[n]!);
      else for (let t = 0; t < terms.length; t++) test(t);
    }
    const termScore = (t: number): number | undefined => {
      if (state[t] === UNSCORED) {
        const match = Fuse.match(pattern, terms[t]!, matchOptions);
        state[t] = match.isMatch ? MATCHED : NOT_MATCHED;
        if (match.isMatch) scores.set(t, match.score ?? 1);
      }
      return state[t] === MATCHED ? scores.get(t) : undefined;
    };
    return {
      lower,
      edits,
      possibleTerms: tested ? Int32Array.from(possibleTerms) : null,
      possible,
      mayMatch: (i) => mayMatchItem[i] === 1,
      lowerBound(i) {
        // Every value that might match, at its floor: a product of more, smaller factors
        // can only be lower (better) than Fuse's, which multiplies the actual matches.
        let total = 1;
        for (let at = slotStart[i]!, end = slotStart[i + 1]!; at < end; at++) {
          const term = slotTerm[at]!;
          if (state[term] !== IMPOSSIBLE) total = withMatch(total, floor[term]!, slotWeight[at]!, slotNorm[at]!);
        }
        return total;
      },
      score(i) {
        if (!mayMatchItem[i]) return undefined;
        let total = 1;
        let matched = false;
        for (let at = slotStart[i]!, end = slotStart[i + 1]!; at < end; at++) {
          const term = slotTerm[at]!;
          if (state[term] === IMPOSSIBLE) continue;
          const score = termScore(term);
          if (score === undefined) continue;
          total = withMatch(total, score, slotWeight[at]!, slotNorm[at]!);
          matched = true;
        }
        return matched ? total : undefined;
      },
    };
  }

  const cache = new LruCache<string, Scan>(cacheSize);
  const scan = (pattern: string): PatternScan => {
    const cached = cache.get(pattern);
    if (cached) return cached;
    const fresh = runScan(pattern);
    cache.set(pattern, fresh);
    return fresh;
  };

  return {
    items,
    termCount: terms.length,
    scan,
    search(pattern) {
      const s = scan(pattern);
      const results = new Map<T, number>();
      for (const i of s.possible) {
        const score = s.score(i);
        if (score !== undefined) results.set(items[i]!, score);
      }
      return results;
    },
  };
}
