/**
 * The two pieces of Fuse.js's arithmetic the vocabulary matcher needs to reproduce
 * `fuse.search()` scores bit for bit (fuse.js 7.x, src/core/computeScore.ts and
 * src/tools/KeyStore.ts). tests/unit/search/vocabulary-matcher.test.ts compares the
 * result with a real Fuse instance, so a Fuse upgrade that changes them fails there.
 */
import type { FuseOptionKey } from 'fuse.js';

/** Key weights as Fuse uses them: each divided by their total (a key without one weighs 1). */
export function normalisedWeights(keys: ReadonlyArray<FuseOptionKey<unknown>>): number[] {
  const raw = keys.map((k) => (typeof k === 'object' && !Array.isArray(k) && 'weight' in k && k.weight !== undefined ? k.weight : 1));
  const total = raw.reduce((sum, w) => sum + w, 0);
  return raw.map((w) => w / total);
}

/**
 * One matched value's part of a record's score: Fuse multiplies, over every matched
 * value, score^(weight × field-length norm). A perfect match (0) becomes Number.EPSILON
 * so that it still ranks by weight instead of zeroing the product.
 */
export function withMatch(total: number, score: number, weight: number, norm: number): number {
  return total * Math.pow(score === 0 && weight ? Number.EPSILON : score, (weight || 1) * norm);
}

/**
 * The most errors Bitap accepts for a pattern of this length with `ignoreLocation`
 * (its score is then errors ÷ length, and must not exceed the threshold).
 */
export function maxErrors(patternLength: number, threshold: number): number {
  let errors = 0;
  // Bitap's error levels run from 0 to length - 1.
  while (errors + 1 < patternLength && (errors + 1) / patternLength <= threshold) errors++;
  return errors;
}
