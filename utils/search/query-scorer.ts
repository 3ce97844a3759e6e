/**
 * How one query scores each record: fuzzy match on the record itself, plus everyday
 * words that point at a topic, plus a bonus for titles that start with what was typed.
 * Scores start as Fuse's (0 = perfect, 1 = no match) and bonuses may take them below
 * zero; they only order results, so lower is better and nothing is clamped (clamping
 * would turn distinct good matches into ties).
 *
 * Every record gets both an exact score and a cheap lower bound, so query-index.ts
 * can compute exact scores only for records that might make the top of the list
 * (top-by-bound.ts). The exact score is the ranking tests/unit/search/ranking.test.ts
 * pins down; the bound only decides how much work is skipped.
 */
import type { SearchIndex } from './build-index';
import type { PatternScan } from './vocabulary-matcher';

/**
 * A record reached only through a topic word ("booze" → alcohol) ranks after a
 * record whose own title or keywords match equally well.
 */
const TOPIC_WORD_PENALTY = 0.12;
/** A title word that starts with what was typed is what people mean when typing 2–3 letters. */
const TITLE_PREFIX_BONUS = 0.1;
/** Per position of the matched topic in a record's topic list. */
const SECONDARY_TOPIC_PENALTY = 0.03;
/** For records reached both directly and through a topic word; scaled by the direct match's quality. */
const BOTH_WAYS_BONUS = 0.15;
/** A multi-word query matched word by word ranks a little after the same quality of whole-phrase match. */
const WORD_BY_WORD_PENALTY = 0.05;
/** Words shorter than this are not matched one by one (too many chance matches). */
const MIN_WORD_LENGTH = 3;

export interface QueryScorer {
  /** Positions of every record that may be a result; the others certainly are not. */
  candidates: number[];
  /** Never above `exact(i)`. */
  bound(i: number): number;
  /** The record's score, or undefined when it is not a result. */
  exact(i: number): number | undefined;
}

function topicScores(index: SearchIndex, tokens: string[], whole: string): Map<string, number> {
  const best = new Map<string, number>();
  const consider = (phrase: string) => {
    for (const [term, score] of index.topicMatcher.search(phrase)) {
      for (const topic of term.topics) {
        if (score < (best.get(topic) ?? 1)) best.set(topic, score);
      }
    }
  };
  consider(whole);
  if (tokens.length > 1) for (const t of tokens) if (t.length >= MIN_WORD_LENGTH) consider(t);
  return best;
}

/**
 * Score through topic words, for every record in a matched topic, by position (NaN:
 * not reached). A typed array, not a Map: two letters can reach most of a large corpus.
 */
function viaTopicScores(index: SearchIndex, topics: Map<string, number>): { scores: Float64Array; reached: number[] } {
  const scores = new Float64Array(index.records.length).fill(NaN);
  const seen = new Uint8Array(index.records.length);
  const reached: number[] = [];
  for (const topic of topics.keys()) {
    for (const i of index.topicMembers.get(topic) ?? []) {
      if (seen[i]) continue;
      seen[i] = 1;
      const recordTopics = index.records[i]!.topics;
      let best = 1;
      // A record's first topic is its main one: Samaritans lists money, but StepChange is about it.
      for (let n = 0; n < recordTopics.length; n++) {
        best = Math.min(best, (topics.get(recordTopics[n]!) ?? 1) + n * SECONDARY_TOPIC_PENALTY);
      }
      if (best < 1) {
        scores[i] = best + TOPIC_WORD_PENALTY;
        reached.push(i);
      }
    }
  }
  return { scores, reached };
}

/**
 * A record's direct match: the whole phrase, or, for a multi-word query ("help with
 * rent"), every long-enough word matched on its own, scored as their mean.
 */
function directMatch(whole: PatternScan, words: PatternScan[]) {
  const allWords = (i: number) => words.length > 0 && words.every((w) => w.mayMatch(i));
  return {
    mayMatch: (i: number) => whole.mayMatch(i) || allWords(i),
    exact(i: number): number | undefined {
      let score = whole.score(i);
      if (allWords(i)) {
        let sum = 0;
        let all = true;
        for (const w of words) {
          const s = w.score(i);
          if (s === undefined) {
            all = false;
            break;
          }
          sum += s;
        }
        const mean = sum / words.length + WORD_BY_WORD_PENALTY;
        if (all && mean < (score ?? 1)) score = mean;
      }
      return score;
    },
    bound(i: number): number {
      let bound = whole.mayMatch(i) ? whole.lowerBound(i) : Infinity;
      if (allWords(i)) {
        let sum = 0;
        for (const w of words) sum += w.lowerBound(i);
        bound = Math.min(bound, sum / words.length + WORD_BY_WORD_PENALTY);
      }
      return bound;
    },
  };
}

/** Combines the ways a record was reached. Increases with `direct`, which is what makes bounds work. */
function combine(direct: number | undefined, viaTopic: number | undefined, prefix: boolean): number | undefined {
  let score: number;
  if (direct === undefined) {
    if (viaTopic === undefined) return undefined;
    score = viaTopic;
  } else if (viaTopic === undefined) {
    score = direct;
  } else {
    // Matching both ways ("mamogram" is near a breast-screening keyword and a screening
    // synonym) beats matching the topic alone, the more so the closer the direct match.
    score = Math.min(direct, viaTopic) - BOTH_WAYS_BONUS * (1 - direct);
  }
  return prefix ? score - TITLE_PREFIX_BONUS : score;
}

export function scoreQuery(index: SearchIndex, whole: string, tokens: string[]): QueryScorer {
  const via = viaTopicScores(index, topicScores(index, tokens, whole));
  const viaScore = (i: number) => (Number.isNaN(via.scores[i]!) ? undefined : via.scores[i]);
  const wholeScan = index.recordMatcher.scan(whole);
  const wordScans = tokens.length > 1 ? tokens.filter((t) => t.length >= MIN_WORD_LENGTH).map((t) => index.recordMatcher.scan(t)) : [];
  const direct = directMatch(wholeScan, wordScans);

  const candidates = [...via.reached];
  const add = (i: number) => {
    if (Number.isNaN(via.scores[i]!)) candidates.push(i);
  };
  for (const i of wholeScan.possible) add(i);
  // Reached word by word only: in the first word's list, and not already added for the whole phrase.
  if (wordScans.length > 0) for (const i of wordScans[0]!.possible) if (!wholeScan.mayMatch(i) && direct.mayMatch(i)) add(i);

  const prefix = (i: number) => {
    const words = index.titleWords[i]!;
    return tokens.every((t) => words.some((w) => w.startsWith(t)));
  };

  return {
    candidates,
    exact: (i) => combine(direct.exact(i), viaScore(i), prefix(i)),
    bound(i) {
      const viaTopic = viaScore(i);
      const p = prefix(i);
      // The direct match might turn out not to be one, so take the lower of both outcomes.
      const withoutDirect = combine(undefined, viaTopic, p) ?? Infinity;
      if (!direct.mayMatch(i)) return withoutDirect;
      return Math.min(withoutDirect, combine(direct.bound(i), viaTopic, p)!);
    },
  };
}
