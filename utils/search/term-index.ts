/**
 * The distinct values ("terms") of a Fuse index, and where each item uses them.
 *
 * Built from Fuse's own index (Fuse.createIndex(...).toJSON(), its documented
 * serialisable form), so the values are exactly those Fuse searches (blank ones left
 * out, arrays flattened, in key order) with Fuse's field-length norm for each.
 */
import Fuse, { type FuseOptionKey } from 'fuse.js';
import { packTexts, type PackedTexts } from './approximate-distance';
import { normalisedWeights } from './fuse-score';

export interface TermIndex {
  /** Distinct values, lower-cased as Fuse compares them. */
  terms: string[];
  /** The same, packed for fast scanning. */
  packed: PackedTexts;
  /** termItems[t]: the items holding term t, each once, in item order. */
  termItems: number[][];
  /**
   * Each item's values ("slots") in Fuse's order (keys in order, then array values in
   * order), flat: item i's are slotStart[i] ≤ slot < slotStart[i + 1]. Typed arrays,
   * because every keystroke walks them for thousands of items.
   */
  slotStart: Int32Array;
  slotTerm: Int32Array;
  /** The key's weight, normalised as Fuse normalises it. */
  slotWeight: Float64Array;
  /** Fuse's field-length norm for the value. */
  slotNorm: Float64Array;
}

interface IndexValue {
  v: string;
  n: number;
}

export function buildTermIndex<T>(items: readonly T[], keys: ReadonlyArray<FuseOptionKey<T>>): TermIndex {
  const weights = normalisedWeights(keys as ReadonlyArray<FuseOptionKey<unknown>>);
  const fuseIndex = Fuse.createIndex(keys as FuseOptionKey<T>[], items).toJSON();
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const termItems: number[][] = [];
  const perItem: Array<Array<{ term: number; weight: number; norm: number }>> = items.map(() => []);
  for (const record of fuseIndex.records) {
    const mine = perItem[record.i]!;
    weights.forEach((weight, keyIndex) => {
      const value = record.$?.[keyIndex] as IndexValue | IndexValue[] | undefined;
      for (const { v, n } of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
        // Fuse lower-cases both sides before matching, so equal lower-cased values score equally.
        const text = v.toLowerCase();
        let term = termIds.get(text);
        if (term === undefined) {
          term = terms.push(text) - 1;
          termIds.set(text, term);
          termItems.push([]);
        }
        const holders = termItems[term]!;
        if (holders[holders.length - 1] !== record.i) holders.push(record.i);
        mine.push({ term, weight, norm: n });
      }
    });
  }

  const slotStart = new Int32Array(items.length + 1);
  perItem.forEach((list, i) => (slotStart[i + 1] = slotStart[i]! + list.length));
  const slotTerm = new Int32Array(slotStart[items.length]!);
  const slotWeight = new Float64Array(slotTerm.length);
  const slotNorm = new Float64Array(slotTerm.length);
  perItem.forEach((list, i) =>
    list.forEach((slot, n) => {
      const at = slotStart[i]! + n;
      slotTerm[at] = slot.term;
      slotWeight[at] = slot.weight;
      slotNorm[at] = slot.norm;
    }),
  );
  return { terms, packed: packTexts(terms), termItems, slotStart, slotTerm, slotWeight, slotNorm };
}
