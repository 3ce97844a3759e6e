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
import { NON_ASCII, normaliseQuery } from './normalise-query';
import { LONG_TEXT_COST, STEM_COST } from './ranking-rules';
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

/**
 * The words of `raw`, exactly as normaliseQuery(raw).split(' ') gives them, without building
 * the normalised text: the long text is most of the content's characters, and this is most of
 * the cost of indexing it. Text with accents or curly quotes takes normaliseQuery's way.
 */
export function forEachWord(raw: string, visit: (word: string) => void): void {
  if (NON_ASCII.test(raw)) {
    for (const word of normaliseQuery(raw).split(' ')) if (word) visit(word);
    return;
  }
  const text = raw.toLowerCase();
  let start = -1;
  let joined = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : CODE.space;
    if ((c >= CODE.a && c <= CODE.z) || (c >= CODE.zero && c <= CODE.nine)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) joined += text.slice(start, i);
    start = -1;
    // An apostrophe is taken out, not turned into a space: "can't" is "cant".
    if (c === CODE.apostrophe) continue;
    if (joined) visit(joined);
    joined = '';
  }
}

/** Character codes (ASCII). */
const CODE = { space: 32, apostrophe: 39, a: 97, z: 122, zero: 48, nine: 57 } as const;

export function buildLongTextIndex(texts: readonly string[]): LongTextIndex {
  const ids = new Map<string, number>();
  const words: string[] = [];
  // Each record's distinct words, one after another, then counted and sorted by word.
  const held: number[] = [];
  let counts = new Int32Array(1024);
  let lastRecord = new Int32Array(1024).fill(-1);
  texts.forEach((raw, r) => {
    forEachWord(raw, (word) => {
      let w = ids.get(word);
      if (w === undefined) {
        w = words.push(word) - 1;
        ids.set(word, w);
        if (w === counts.length) {
          counts = grow(counts, 0);
          lastRecord = grow(lastRecord, -1);
        }
      }
      // A record repeating a word holds it once.
      if (lastRecord[w] === r) return;
      lastRecord[w] = r;
      counts[w]!++;
      held.push(w, r);
    });
  });
  const start = new Int32Array(words.length + 1);
  for (let w = 0; w < words.length; w++) start[w + 1] = start[w]! + counts[w]!;
  const records = new Int32Array(start[words.length]!);
  const next = start.slice(0, words.length);
  // Records were read in order, so each word's list comes out in record order.
  for (let at = 0; at < held.length; at += 2) records[next[held[at]!]!++] = held[at + 1]!;
  const byStem = new Map<string, number[]>();
  words.forEach((word, w) => {
    const s = stem(word);
    const group = byStem.get(s);
    if (group) group.push(w);
    else byStem.set(s, [w]);
  });
  return { words, start, records, byStem };
}

/** Twice the room, the new half filled with `fill`. */
function grow(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2).fill(fill);
  bigger.set(array);
  return bigger;
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
