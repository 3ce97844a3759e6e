/**
 * Where the typed phrase stands in the distinct values: the whole value ("stop smoking"
 * is a keyword), or inside one, starting at a word ("can't stop smoking"). Worked out
 * once per phrase over the values that hold its first word, so ranking a record is a
 * look at its own values' marks, not a string search.
 */
import { PHRASE_INSIDE, PHRASE_NOWHERE, PHRASE_WHOLE, type PhrasePlace } from './ranking-rules';
import type { TermIndex } from './term-index';
import type { WordIndex } from './word-index';

export type PhraseMarks = (term: number) => PhrasePlace;

export function phraseMarks(terms: TermIndex, words: WordIndex, phrase: string): PhraseMarks {
  const first = words.byWord.get(phrase.split(' ')[0]!);
  const marks = new Map<number, PhrasePlace>();
  if (first !== undefined) {
    for (let k = words.termStart[first]!; k < words.termStart[first + 1]!; k++) {
      const t = words.termIds[k]!;
      const text = terms.texts[t]!;
      if (text === phrase) marks.set(t, PHRASE_WHOLE);
      else if ((' ' + text).includes(' ' + phrase)) marks.set(t, PHRASE_INSIDE);
    }
  }
  return (t) => marks.get(t) ?? PHRASE_NOWHERE;
}
