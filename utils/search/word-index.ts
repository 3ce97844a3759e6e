/**
 * Every distinct word of the terms, and the terms that hold it: what turns a typed
 * word into the records that contain it, whole or as the start of a longer word
 * ("smo" → "smoking"), without looking at every term.
 *
 * Words are grouped by their first two letters, so a lookup reads one small group
 * rather than the whole vocabulary; a one-letter word ("5" in "5 a day") is only ever
 * matched whole, as a prefix it would match a tenth of the vocabulary. And by stem
 * (word-stem.ts): "worried" finds "worries".
 */
import { stem } from './word-stem';

export interface WordIndex {
  words: string[];
  /** Word w is in terms termIds[termStart[w] .. termStart[w + 1]). */
  termStart: Int32Array;
  termIds: Int32Array;
  byWord: Map<string, number>;
  byLead: Map<string, number[]>;
  byStem: Map<string, number[]>;
}

/**
 * Every distinct word of some texts (space-separated, normalised), and which texts hold it:
 * text ids holders[start[w] .. start[w + 1]), each once, in order. (The long text's index,
 * far larger, has its own leaner pass: long-text-index.ts.)
 */
function invertWords(texts: readonly string[]): {
  words: string[];
  byWord: Map<string, number>;
  start: Int32Array;
  holders: Int32Array;
} {
  const words: string[] = [];
  const byWord = new Map<string, number>();
  const holdersOf: number[][] = [];
  texts.forEach((text, t) => {
    for (const word of text.split(' ')) {
      if (!word) continue;
      let w = byWord.get(word);
      if (w === undefined) {
        w = words.push(word) - 1;
        byWord.set(word, w);
        holdersOf.push([]);
      }
      const list = holdersOf[w]!;
      // A text repeating a word ("walk and walk") holds it once.
      if (list[list.length - 1] !== t) list.push(t);
    }
  });
  const start = new Int32Array(words.length + 1);
  holdersOf.forEach((list, w) => (start[w + 1] = start[w]! + list.length));
  const holders = new Int32Array(start[words.length]!);
  holdersOf.forEach((list, w) => holders.set(list, start[w]!));
  return { words, byWord, start, holders };
}

export function buildWordIndex(terms: readonly string[]): WordIndex {
  const { words, byWord, start: termStart, holders: termIds } = invertWords(terms);
  const byLead = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const group = (map: Map<string, number[]>, key: string, w: number) => {
    const list = map.get(key);
    if (list) list.push(w);
    else map.set(key, [w]);
  };
  words.forEach((word, w) => {
    if (word.length >= 2) group(byLead, word.slice(0, 2), w);
    const s = stem(word);
    if (s !== word) group(byStem, s, w);
  });
  return { words, termStart, termIds, byWord, byLead, byStem };
}

/** Ids of the words with the same stem as `token`, other than the token itself. */
export function wordsWithStemOf(index: WordIndex, token: string): number[] {
  const s = stem(token);
  const same = index.byStem.get(s) ?? [];
  // A word that is its own stem is not in byStem: "worry" for "worries".
  const bare = s !== token ? index.byWord.get(s) : undefined;
  return bare === undefined ? same : [...same, bare];
}

/** Ids of the words that are `token`, or begin with it when it has two letters or more. */
export function wordsStartingWith(index: WordIndex, token: string): number[] {
  if (token.length < 2) {
    const w = index.byWord.get(token);
    return w === undefined ? [] : [w];
  }
  const group = index.byLead.get(token.slice(0, 2)) ?? [];
  return token.length === 2 ? group : group.filter((w) => index.words[w]!.startsWith(token));
}
