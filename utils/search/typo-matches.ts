/**
 * One typed word against every record, allowing typos ("smokeing", "alchohol",
 * "samaratins"), scored as Fuse.js scores them (typo-matcher.ts): in the record's values
 * and, for a one-word query, in the everyday words for its topics.
 *
 * Each distinct value is scored once, and its score handed to every record holding it,
 * so the cost is one cheap pass over the distinct values plus the records they reach.
 */
import type { SearchIndex } from './build-index';
import { FIELD_COST, MID_WORD_TYPO_COST, TYPO_COST } from './ranking-rules';
import type { Field } from './term-index';
import type { TypoScan } from './typo-matcher';
import { spreadTopicCosts, type WordMatches } from './word-matches';

const costOfTypo = (scan: TypoScan, t: number) => TYPO_COST + scan.score(t) + (scan.atWordStart(t) ? 0 : MID_WORD_TYPO_COST);

/**
 * `alone`: the query is this one word. Then the everyday words for topics are matched
 * with typos too ("depresed" → "depressed" → mental wellbeing), and a typo may fit in the
 * middle of a word (at a cost). In a longer query each word must be in the record itself,
 * at the start of one of its words: a typo of some topic word, or inside some long word,
 * reaches far too much ("damp flat": "flat" is one letter from "fall", and Age UK lists
 * falls; "second" is two from part of "condensation").
 */
export function matchWordWithTypos(index: SearchIndex, token: string, alone: boolean): WordMatches {
  const { terms } = index;
  const cost = new Float64Array(index.records.length).fill(Infinity);
  const records: number[] = [];
  const scan = index.termTypos.scan(token);
  for (const t of scan.matched) {
    if (!alone && !scan.atWordStart(t)) continue;
    if (alone && !scan.withinWord(t)) continue;
    const base = costOfTypo(scan, t);
    for (let h = terms.holderStart[t]!; h < terms.holderStart[t + 1]!; h++) {
      const r = terms.holderRecord[h]!;
      const c = base + FIELD_COST[terms.holderField[h]! as Field];
      if (cost[r] === Infinity) records.push(r);
      if (c < cost[r]!) cost[r] = c;
    }
  }
  if (!alone) return { cost, records, known: true };

  const topicScan = index.topicTypos.scan(token);
  const topicCosts = new Map<string, number>();
  for (const t of topicScan.matched) {
    if (!topicScan.withinWord(t)) continue;
    const c = costOfTypo(topicScan, t);
    for (const topic of index.topics.terms[t]!.topics) if (c < (topicCosts.get(topic) ?? Infinity)) topicCosts.set(topic, c);
  }
  spreadTopicCosts(index, topicCosts, cost, (r) => records.push(r));
  return { cost, records, known: true };
}
