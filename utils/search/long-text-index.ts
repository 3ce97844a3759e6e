/**
 * The last tier: the words of each record's long text (a message's say, ask, assist, act
 * and facts; a service's description and eligibility), for plain-words queries that name
 * no title or keyword ("sits in front of the telly all day"). Whole words and other forms
 * of them only (word-stem.ts), never the start of a word or a typo: long text holds many
 * words, and a loose match there is noise.
 *
 * Built once, when the sidebar opens: every distinct word, the records that hold it, and
 * the words by stem. A keystroke looks its words up here; it never reads the text.
 */
import type { ContentBundle } from '../content/content-schema';
import { messageLongTexts, serviceLongTexts } from './content-vocabulary';
import { normaliseQuery } from './normalise-query';
import { LONG_TEXT_COST, STEM_COST } from './ranking-rules';
import { invertWords } from './word-index';
import { stem } from './word-stem';

/** What a word found in long text costs: the word itself, or another form of it. */
export const longTextCost = (same: boolean) => LONG_TEXT_COST + (same ? 0 : STEM_COST);

export interface LongTextIndex {
  words: string[];
  /** Word w is held by records[start[w] .. start[w + 1]), each once, in record order. */
  start: Int32Array;
  records: Int32Array;
  /** Stem → the words with it (the word itself included). */
  byStem: Map<string, number[]>;
}

/** Long texts in record order: the messages, then the services (build-index.ts, toSearchRecords). */
export function longTextsOf(content: Pick<ContentBundle, 'messages' | 'services'>): string[] {
  const join = (texts: Array<string | undefined>) => texts.filter(Boolean).join(' ');
  return [...content.messages.map((m) => join(messageLongTexts(m))), ...content.services.map((s) => join(serviceLongTexts(s)))];
}

export function buildLongTextIndex(texts: readonly string[]): LongTextIndex {
  const { words, start, holders: records } = invertWords(texts.map((text) => normaliseQuery(text)));
  const byStem = new Map<string, number[]>();
  words.forEach((word, w) => {
    const s = stem(word);
    const group = byStem.get(s);
    if (group) group.push(w);
    else byStem.set(s, [w]);
  });
  return { words, start, records, byStem };
}

/** Ids of the long-text words that are `token` or another form of it. */
export function longTextWords(index: LongTextIndex, token: string): readonly number[] {
  return index.byStem.get(stem(token)) ?? [];
}

/**
 * How many records hold `token` or another form of it in their long text: its document
 * frequency there, for its weight (ranking-rules.ts, wordWeight). A record holding two
 * forms counts twice: a cheap count, read from the lists' lengths, never walked.
 */
export function longTextHolders(index: LongTextIndex, token: string): number {
  let holders = 0;
  for (const w of longTextWords(index, token)) holders += index.start[w + 1]! - index.start[w]!;
  return holders;
}

export interface LongTextMatches {
  /** The word's cost per record in its long text (ranking-rules.ts, LONG_TEXT_COST); Infinity where it is not there. */
  cost: Float64Array;
  /** The records that hold it, each once. */
  records: number[];
}

/** One typed word against every record's long text: the word itself, or another form of it. */
export function matchLongText(index: LongTextIndex, token: string, recordCount: number): LongTextMatches {
  const cost = new Float64Array(recordCount).fill(Infinity);
  const records: number[] = [];
  for (const w of longTextWords(index, token)) {
    const c = longTextCost(index.words[w] === token);
    for (let k = index.start[w]!; k < index.start[w + 1]!; k++) {
      const r = index.records[k]!;
      if (cost[r] === Infinity) records.push(r);
      if (c < cost[r]!) cost[r] = c;
    }
  }
  return { cost, records };
}
