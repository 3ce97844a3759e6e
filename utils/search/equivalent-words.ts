/**
 * Words that mean the same thing (content's `equivalents`: "wee", "pee", "urine"), so that a
 * query word is also searched as the others in its group: staff type the person's word, the
 * content uses the NHS's. Keyed by stem, so other forms of a word find its group too ("wees").
 * A match through an equivalent is a whole-word match that costs a little more than another
 * form of the word itself (ranking-rules.ts, EQUIVALENT_COST).
 */
import type { Equivalent } from '../content/content-schema';
import { stem } from './word-stem';

/** Stem of a word → the other words of its group, as written. */
export type EquivalentWords = ReadonlyMap<string, readonly string[]>;

export function buildEquivalentWords(groups: readonly Equivalent[]): EquivalentWords {
  const others = new Map<string, string[]>();
  for (const { words } of groups) {
    for (const word of words) {
      const list = others.get(stem(word)) ?? [];
      for (const other of words) if (other !== word && !list.includes(other)) list.push(other);
      others.set(stem(word), list);
    }
  }
  return others;
}

/** The words `token` may also be searched as. */
export function equivalentsOf(equivalents: EquivalentWords, token: string): readonly string[] {
  return equivalents.get(stem(token)) ?? NONE;
}

const NONE: readonly string[] = [];
