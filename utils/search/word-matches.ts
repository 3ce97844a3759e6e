/**
 * One typed word against every record, whole words only: the word itself, or the start
 * of a longer word ("smo" → "smoking"), in the record's values or in an everyday word
 * for one of its topics. No typos here: this is the pass nearly every keystroke needs,
 * and it is cheap, a lookup in the word index (word-index.ts) and a walk over the
 * records that hold what it finds. Typos are typo-matches.ts's job, when this finds
 * nothing that fits every word.
 */
import type { SearchIndex } from './build-index';
import { BOTH_WAYS_BONUS, EQUIVALENT_COST, FIELD_COST, SECONDARY_TOPIC_COST, STEM_COST, TOPIC_WORD_COST, wordCost } from './ranking-rules';
import { equivalentsOf } from './equivalent-words';
import type { Field } from './term-index';
import { wordsStartingWith, wordsWithStemOf } from './word-index';
import { stem } from './word-stem';

export interface WordMatches {
  /** The word's best cost per record (ranking-rules.ts); Infinity where it does not match. */
  cost: Float64Array;
  /** The records where it matches, each once. */
  records: number[];
  /** The content has the word (or a longer one it starts, or another form of it) somewhere: it is no typo. */
  known: boolean;
}

/**
 * What a partial match may use (ranking-rules.ts, partialMatch): the word's best cost per
 * record as a whole word or another form of it, never as the start of a longer one ("car"
 * is not "carer"); and how many records hold it whole themselves, not through a topic
 * (its document frequency, for its weight).
 */
export interface WholeWordMatches extends WordMatches {
  wholeCost: Float64Array;
  wholeHolders: number;
  /** The word is a topic's everyday word or title word, whole: it names a need. */
  topicWord: boolean;
  /** The word, or another form of it, is by itself one of the topics' everyday words or titles ("flu", "stressed"; not "day" of "5 a day"). */
  topicTerm: boolean;
}

/** Best cost of the token per topic, through the everyday words and titles of topics. */
export function topicWordCosts(index: SearchIndex, token: string): Map<string, number> {
  return topicWordCostsBothWays(index, token).any;
}

/** The same in one pass: as above (`any`), and as whole words or other forms only, no word starts (`whole`). */
function topicWordCostsBothWays(
  index: SearchIndex,
  token: string,
): { any: Map<string, number>; whole: Map<string, number>; term: boolean } {
  const any = new Map<string, number>();
  const whole = new Map<string, number>();
  const tokenStem = stem(token);
  // Words meaning the same (equivalent-words.ts), in any form: compared by stem.
  const sameStems = equivalentsOf(index.equivalents, token).map(stem);
  let isTerm = false;
  const note = (costs: Map<string, number>, topics: readonly string[], cost: number) => {
    if (cost === Infinity) return;
    for (const topic of topics) if (cost < (costs.get(topic) ?? Infinity)) costs.set(topic, cost);
  };
  for (const term of index.topics.terms) {
    let best = Infinity;
    let bestWhole = Infinity;
    term.words.forEach((word, i) => {
      if (word === token) best = bestWhole = 0;
      else if (token.length >= 2 && word.startsWith(token)) best = Math.min(best, wordCost(token, word));
      if (term.stems[i] === tokenStem && word !== token) {
        best = Math.min(best, STEM_COST);
        bestWhole = Math.min(bestWhole, STEM_COST);
      }
      if (sameStems.length > 0 && sameStems.includes(term.stems[i]!)) {
        best = Math.min(best, EQUIVALENT_COST);
        bestWhole = Math.min(bestWhole, EQUIVALENT_COST);
      }
    });
    if (bestWhole !== Infinity && term.words.length === 1) isTerm = true;
    note(any, term.topics, best);
    note(whole, term.topics, bestWhole);
  }
  return { any, whole, term: isTerm };
}

/**
 * Adds records reached through topics to `cost` (a topic's member pays for where the
 * topic stands in its list). `mainOnly`: only records whose main topic it is.
 */
export function spreadTopicCosts(
  index: SearchIndex,
  topics: Map<string, number>,
  cost: Float64Array,
  onFirst: (r: number) => void,
  mainOnly = false,
): void {
  for (const [topic, base] of topics) {
    const members = index.topics.members.get(topic);
    if (!members) continue;
    for (let k = 0; k < members.records.length; k++) {
      if (mainOnly && members.positions[k] !== 0) continue;
      const r = members.records[k]!;
      const c = base + TOPIC_WORD_COST + SECONDARY_TOPIC_COST * members.positions[k]!;
      if (cost[r] === Infinity) onFirst(r);
      if (c < cost[r]!) cost[r] = c;
    }
  }
}

/**
 * `mainTopicOnly`, for a query of several words: a word reaches a record through a topic
 * only if it is the record's main topic. Otherwise a service listing many topics matches
 * each word through a different one ("sleeping on a friends sofa": Age UK lists
 * loneliness and housing), which says nothing about what was asked.
 */
export function matchWord(index: SearchIndex, token: string, mainTopicOnly = false): WholeWordMatches {
  const { terms, words } = index;
  const n = index.records.length;
  const direct = new Float64Array(n).fill(Infinity);
  const whole = new Float64Array(n).fill(Infinity);
  const records: number[] = [];
  const costOf = new Map<number, number>();
  // The cost as a whole word or another form of it, never as the start of a longer one.
  const wholeCostOf = new Map<number, number>();
  for (const w of wordsStartingWith(words, token)) {
    costOf.set(w, wordCost(token, words.words[w]!));
    if (words.words[w] === token) wholeCostOf.set(w, 0);
  }
  // A whole-word match that is not the word as typed: another form of it, or a word meaning the same.
  const wholeAt = (w: number, cost: number) => {
    costOf.set(w, Math.min(costOf.get(w) ?? Infinity, cost));
    wholeCostOf.set(w, Math.min(wholeCostOf.get(w) ?? Infinity, cost));
  };
  for (const w of wordsWithStemOf(words, token)) wholeAt(w, STEM_COST);
  // Words meaning the same ("wee" for "pee"), as written (a word that is its own stem is not
  // among wordsWithStemOf's answers for itself) or in another form.
  for (const other of equivalentsOf(index.equivalents, token)) {
    const exact = words.byWord.get(other);
    if (exact !== undefined) wholeAt(exact, EQUIVALENT_COST);
    for (const w of wordsWithStemOf(words, other)) wholeAt(w, EQUIVALENT_COST);
  }
  let wholeHolders = 0;
  for (const [w, base] of costOf) {
    const wholeBase = wholeCostOf.get(w);
    for (let k = words.termStart[w]!; k < words.termStart[w + 1]!; k++) {
      const term = words.termIds[k]!;
      for (let h = terms.holderStart[term]!; h < terms.holderStart[term + 1]!; h++) {
        const r = terms.holderRecord[h]!;
        const c = base + FIELD_COST[terms.holderField[h]! as Field];
        if (direct[r] === Infinity) records.push(r);
        if (c < direct[r]!) direct[r] = c;
        if (wholeBase === undefined) continue;
        if (whole[r] === Infinity) wholeHolders++;
        const cw = wholeBase + FIELD_COST[terms.holderField[h]! as Field];
        if (cw < whole[r]!) whole[r] = cw;
      }
    }
  }
  const { any: topics, whole: wholeTopics, term: topicTerm } = topicWordCostsBothWays(index, token);
  const known = costOf.size > 0 || topics.size > 0;
  if (topics.size === 0) return { cost: direct, records, known, wholeCost: whole, wholeHolders, topicWord: false, topicTerm };

  const viaTopic = new Float64Array(n).fill(Infinity);
  const reached: number[] = [];
  spreadTopicCosts(index, topics, viaTopic, (r) => reached.push(r), mainTopicOnly);
  // Usually the word is a topic word whole, and the two spreads are the same: spread once.
  const same = wholeTopics.size === topics.size && [...topics].every(([topic, c]) => wholeTopics.get(topic) === c);
  let wholeViaTopic = viaTopic;
  if (!same) {
    wholeViaTopic = new Float64Array(n).fill(Infinity);
    spreadTopicCosts(index, wholeTopics, wholeViaTopic, () => {}, mainTopicOnly);
  }
  for (const r of reached) {
    if (direct[r] === Infinity) {
      records.push(r);
      direct[r] = viaTopic[r]!;
    } else {
      direct[r] = Math.min(direct[r]!, viaTopic[r]!) - BOTH_WAYS_BONUS;
    }
    if (wholeViaTopic[r] === Infinity) continue;
    whole[r] = whole[r] === Infinity ? wholeViaTopic[r]! : Math.min(whole[r]!, wholeViaTopic[r]!) - BOTH_WAYS_BONUS;
  }
  return { cost: direct, records, known, wholeCost: whole, wholeHolders, topicWord: wholeTopics.size > 0, topicTerm };
}
