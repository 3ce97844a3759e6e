/**
 * The ranking rules, in one place (docs/search.md explains them in words).
 *
 * Every result gets a key, lower first: its tier × TIER_WIDTH plus a score within the
 * tier. Tiers decide; scores only order results within a tier, so no amount of fuzzy
 * closeness lifts a result over one in a better tier:
 *
 *   0  the query is a name: a service's name, a message's title, or a short form of one
 *   1  a name, an organisation or a topic's title starts with the query
 *   2  every word matches, whole or as the start of a word ("smo" → "smoking"), in the
 *      record itself or in an everyday word for its topic ("fags" → smoking)
 *   3  every word matches, some only with a typo ("smokeing", "alchohol")
 *   4  only some of the words match
 *
 * Equal keys keep the publisher's order.
 */
import { FIELD_KEYWORD, FIELD_ORGANISATION, FIELD_TITLE, type Field } from './term-index';
import { NAME_FULL, NAME_ORGANISATION, NAME_SHORT, type NameKind } from './name-index';

export const TIER_NAME = 0;
export const TIER_NAME_START = 1;
export const TIER_ALL_WORDS = 2;
export const TIER_ALL_WORDS_TYPO = 3;
export const TIER_SOME_WORDS = 4;
export type MatchTier = 0 | 1 | 2 | 3 | 4;

/** Scores stay well within ±TIER_WIDTH / 2, so a key always says its tier. */
export const TIER_WIDTH = 10;

export const rankKey = (tier: MatchTier, score: number) => tier * TIER_WIDTH + score;
export const tierOfKey = (key: number) => Math.round(key / TIER_WIDTH) as MatchTier;

// ── Names (tiers 0 and 1) ─────────────────────────────────────────────────────

/** What an exact name costs, by how it belongs to the record: its own name is best. */
const NAME_COST: Record<NameKind, number> = { [NAME_FULL]: 0, [NAME_SHORT]: 0.05, [NAME_ORGANISATION]: 0.1 };
/** A name started but not finished, by the share of it still untyped: "breathe" fits "Breathe" better than "Breathe Easy Hackney". */
const NAME_UNTYPED_COST = 0.3;
/** A topic's title, for the records in that topic: behind a record's own name. */
const TOPIC_TITLE_COST = 0.15;

export interface TierScore {
  tier: MatchTier;
  score: number;
}

/**
 * The query against one of a record's names. An organisation's exact name ("NHS", "Mind")
 * is a tier lower than a service's: many services share one.
 */
export function nameMatch(kind: NameKind, queryLength: number, nameLength: number): TierScore {
  const exact = queryLength === nameLength;
  const tier: MatchTier = exact && kind !== NAME_ORGANISATION ? TIER_NAME : TIER_NAME_START;
  return { tier, score: NAME_COST[kind] + NAME_UNTYPED_COST * (1 - queryLength / nameLength) };
}

/**
 * The query is an organisation's exact name and starts this service's own name too ("nspcc":
 * NSPCC's "NSPCC Helpline", not its "Childline"): the organisation's own service, a little
 * ahead of its other services, which would otherwise tie in the publisher's order.
 */
export const OWN_NAME_TOO_BONUS = 0.02;

/**
 * The query against a topic's title, for a record in that topic. Tier 1 where it is the
 * record's main topic ("alcohol" → the alcohol messages); tier 2 where the record only
 * lists it (NHS 111 lists alcohol among six topics).
 */
export function topicTitleMatch(position: number, queryLength: number, titleLength: number): TierScore {
  return {
    tier: position === 0 ? TIER_NAME_START : TIER_ALL_WORDS,
    score: TOPIC_TITLE_COST + SECONDARY_TOPIC_COST * position + NAME_UNTYPED_COST * (1 - queryLength / titleLength),
  };
}

// ── Words (tiers 2 to 4) ──────────────────────────────────────────────────────

/** A word in a title says more than one in the keywords, and an organisation's least. */
export const FIELD_COST: Record<Field, number> = { [FIELD_TITLE]: 0, [FIELD_KEYWORD]: 0.03, [FIELD_ORGANISATION]: 0.08 };
/** A typed word that is only the start of a longer one, by the share of it untyped. */
const PREFIX_COST = 0.1;
/** A word matched through an everyday word for the record's topic, not in the record itself. */
export const TOPIC_WORD_COST = 0.15;
/** Per position of that topic in the record's list: StepChange is about money, Samaritans only lists it. */
export const SECONDARY_TOPIC_COST = 0.03;
/** A word matched only with a typo: its Fuse.js score (0–0.34) comes on top. */
export const TYPO_COST = 0.2;
/** A word not matched at all (tier 4): more than any match costs. */
const UNMATCHED_WORD_COST = 1;
const MOST_MATCHED_WORD_COST = UNMATCHED_WORD_COST - 0.01;
/** A word matched in the record and in a word for its topic ("cold house": a keyword and a housing synonym). */
export const BOTH_WAYS_BONUS = 0.02;
/** The words as typed, together and in order, in one of the record's values. */
const PHRASE_BONUS = 0.03;
/** The whole query is one of the record's values ("stop smoking" is a keyword, not just in one). */
const WHOLE_VALUE_BONUS = 0.05;
/** A borough's own service, when the query names the borough ("hackney stop smoking"). */
const NAMED_BOROUGH_BONUS = 0.3;
/**
 * With no borough chosen or named, a borough's own service goes behind national and
 * pan-London ones that fit as well: those serve the person wherever they live. Not for
 * an exact name, which is the service asked for.
 */
const UNKNOWN_BOROUGH_COST = 0.2;

/** A typed word that is another form of the content's word ("worried", "worries"): word-stem.ts. */
export const STEM_COST = 0.05;
/** A typed word that means the same as the content's word ("wee", "pee": equivalent-words.ts): a little more. */
export const EQUIVALENT_COST = 0.06;
/**
 * A word found only in a record's long text (long-text-index.ts): far less than in its
 * title or keywords, which say what the record is about, but more than nothing. Used
 * only in partial matches, and only when nothing matches every word.
 */
export const LONG_TEXT_COST = 0.5;
/**
 * A typo that only fits from the middle of a word: people seldom get a first letter
 * wrong, so "arears" is more likely "arrears" than "carers" (typo-at-word-start.ts).
 */
export const MID_WORD_TYPO_COST = 0.05;

/** The cost of matching a typed word with a word of the content: 0 if equal, less than PREFIX_COST if it starts it. */
export function wordCost(token: string, word: string): number {
  return token.length === word.length ? 0 : PREFIX_COST * (1 - token.length / word.length);
}

/**
 * A record's tier and score from its words: each typed word's best cost in the record
 * (Infinity when unmatched), and whether that match needed a typo.
 */
export function wordsMatch(costs: ArrayLike<number>, typo: ArrayLike<boolean>): TierScore {
  let sum = 0;
  let all = true;
  let typos = false;
  for (let n = 0; n < costs.length; n++) {
    // However far down its topic list a match is, it costs less than no match.
    const cost = Math.min(costs[n]!, MOST_MATCHED_WORD_COST);
    if (costs[n] === Infinity) {
      all = false;
      sum += UNMATCHED_WORD_COST;
    } else {
      sum += cost;
      if (typo[n]) typos = true;
    }
  }
  const tier: MatchTier = !all ? TIER_SOME_WORDS : typos ? TIER_ALL_WORDS_TYPO : TIER_ALL_WORDS;
  return { tier, score: sum / costs.length };
}

/**
 * How much a word says about the need, from the content itself (inverse document
 * frequency): a word that many records hold whole ("support", "service", "advice") says
 * little; a word few or none hold says most. `holders`: records that hold it whole
 * themselves (not through a topic), of `records`.
 */
export function wordWeight(holders: number, records: number): number {
  return Math.log((records + 1) / (holders + 1));
}

/**
 * When a word of the query names a need (a topic's title or everyday word, whole: "smokes",
 * "gambling", "falling"), the words that name none are side words, and weigh this share of
 * what the content says they weigh. Counting alone weighs a topic's word little when the topic
 * has many services (every stop smoking service says "smoking"), so "dad smokes round the baby"
 * went to the carers message, which says "dad", and "broke her hip now scared of falling" to
 * money, for "broke". Measured on the blind set and on a third set written blind on 2026-12-08,
 * before this rule: it raised top-1 and top-3 on both (docs/search.md).
 */
export const SIDE_WORD_SHARE = 0.5;

/** Each word's weight in a partial match, with side words lightened when the query names a need (SIDE_WORD_SHARE). */
export function needWeights(weights: readonly number[], namesNeed: ArrayLike<boolean>): number[] {
  const named = weights.some((w, k) => w > 0 && namesNeed[k]);
  return named ? weights.map((w, k) => (namesNeed[k] ? w : w * SIDE_WORD_SHARE)) : [...weights];
}

/**
 * A partial match (tier 4): only whole words count, or other forms of them, never the start
 * of a longer word or a typo ("car" is not "carer", "wifi" is not "wife"). `costs`: each
 * word's whole-word cost in the record (Infinity where it does not match so); `weights`:
 * wordWeight, 0 for a word the content does not hold at all (it tells nothing apart);
 * `common`: a common word (common-words.ts), which alone makes no match; `need`: what else
 * it must match (MeaningNeeded). Null when it matches no word that carries meaning: then,
 * if nothing else fits, the page says plainly that nothing was found.
 *
 * `longText`: each word's cost in the record's long text (LONG_TEXT_COST, or Infinity),
 * when nothing matches every word. The last and lightest field: it lowers a word's cost in
 * the score, never decides whether the record matches. Measured on the blind set, records
 * reached only through their long text were never the answer, and they filled the page
 * for queries the content cannot answer ("where do staff park").
 */
export interface PartialMatch extends TierScore {
  /** Every word it misses is a common word: it matches every word that carries meaning ("housing advice" without "advice"). */
  meaningAll: boolean;
}

export function partialMatch(
  costs: ArrayLike<number>,
  weights: ArrayLike<number>,
  common: ArrayLike<boolean>,
  need: MeaningNeeded = NO_NEED,
  longText?: ArrayLike<number>,
): PartialMatch | null {
  let total = 0;
  let sum = 0;
  let meaning = false;
  let named = false;
  let meaningAll = true;
  for (let k = 0; k < costs.length; k++) {
    // Every word counts a little, so that ties are broken by how many words match.
    const w = weights[k]! + MIN_WORD_WEIGHT;
    total += w;
    // The long text only lowers what a word costs; whether the record matches is its own words' say.
    const cost = longText ? Math.min(costs[k]!, longText[k]!) : costs[k]!;
    sum += w * (cost === Infinity ? UNMATCHED_WORD_COST : Math.min(cost, MOST_MATCHED_WORD_COST));
    if (costs[k] === Infinity) {
      if (!common[k]) meaningAll = false;
    } else {
      if (!common[k]) meaning = true;
      if (need.topicWord[k]) named = true;
    }
  }
  if (!meaning || (need.unheld && !named)) return null;
  return { tier: TIER_SOME_WORDS, score: sum / total, meaningAll };
}

/**
 * What a partial match must hold besides a word that carries meaning. When the query has a
 * word the content holds nowhere, whole, not even in its long text (`unheld`: "payslip",
 * "password", "mot"), that word may be the one that says what is needed, and the words
 * that match may be side words ("missing", "reset", "car"): then a partial match must
 * match a word that names a need, one of the topics' own words (`topicWord`: "flu" in
 * "flu shot", "stressed" in "stressed about gcses"). Otherwise the page says plainly that
 * nothing was found, with the national routes, rather than a lone unrelated card.
 */
export interface MeaningNeeded {
  unheld: boolean;
  topicWord: ArrayLike<boolean>;
}

const NO_NEED: MeaningNeeded = { unheld: false, topicWord: [] };

/** A query's word that may say what is needed though the content does not hold it: not a number, not one or two letters. */
export const mayCarryMeaning = (token: string) => token.length >= 3 && /[a-z]/.test(token);

const MIN_WORD_WEIGHT = 0.1;

/**
 * Between records that match the words equally, the one whose title the query covers more
 * ("111": "NHS 111" before "NHS 111: mental health option"). Small: a tie-breaker.
 */
const UNCOVERED_TITLE_COST = 0.01;

export function titleCoverageCost(queryLength: number, titleLength: number): number {
  return UNCOVERED_TITLE_COST * (1 - Math.min(1, queryLength / Math.max(1, titleLength)));
}

/** How the typed phrase sits in one of a record's values (phrase-marks.ts). */
export const PHRASE_NOWHERE = 0;
export const PHRASE_INSIDE = 1;
export const PHRASE_WHOLE = 2;
export type PhrasePlace = typeof PHRASE_NOWHERE | typeof PHRASE_INSIDE | typeof PHRASE_WHOLE;

/**
 * What the phrase earns: the whole query being one of the record's values ("stop
 * smoking" is a keyword), or a phrase of several words standing together in one.
 */
export function phraseBonus(place: PhrasePlace, words: number): number {
  if (place === PHRASE_WHOLE) return WHOLE_VALUE_BONUS + (words > 1 ? PHRASE_BONUS : 0);
  return place === PHRASE_INSIDE && words > 1 ? PHRASE_BONUS : 0;
}

/** What where a service works adds to its score (negative: takes off). */
export function areaCost(local: boolean, inNamedBorough: boolean, boroughKnown: boolean, tier: MatchTier): number {
  if (inNamedBorough) return -NAMED_BOROUGH_BONUS;
  return local && !boroughKnown && tier > TIER_NAME ? UNKNOWN_BOROUGH_COST : 0;
}

// ── What is shown ─────────────────────────────────────────────────────────────

/** Among typo and partial matches, results this much weaker than the best are folded away. */
const FOLD_GAP = 0.3;

/**
 * The weakest key still shown in the main lists; weaker results go under "Other results".
 * When something matches every word as typed (tier ≤ 2), typo and partial matches are
 * far weaker by definition. Otherwise the best typo or partial match sets the bar.
 */
export function foldCut(bestKey: number): number {
  return tierOfKey(bestKey) <= TIER_ALL_WORDS ? rankKey(TIER_ALL_WORDS, TIER_WIDTH / 2 - 0.01) : bestKey + FOLD_GAP;
}

/** Fewer letters than this are not enough to say the query names a service. */
const BEST_MATCH_MIN_LENGTH = 3;

export interface BestMatchFacts {
  queryLength: number;
  /** Words in the query, borough included. */
  queryWords: number;
  /** The top service's key (rankKey), and whether it came from the service's own name or organisation. */
  serviceKey: number;
  byOwnName: boolean;
  /** It is a borough's own service, and the query named that borough. */
  localToNamedBorough: boolean;
  /** It misses no word of the query that carries meaning, only common ones (partialMatch's meaningAll, or any tier 0 to 3). */
  meaningAll: boolean;
  /** The query holds the service's own name or a short form of it, as whole words (name-index.ts, queryHoldsOwnName). */
  nameInQuery: boolean;
  /** The top message's key, if any message is shown. */
  messageKey: number | undefined;
}

/**
 * Does the query name a service, so that it goes above the messages? When it is the
 * service's name or a short form of it; when it starts its name or organisation and no
 * message title or topic does as well; when the query names a borough and this is the
 * borough's own service, matching every word, or every word but common ones
 * ("housing advice brent": a borough in the query asks for a service); or when nothing matches every word as typed and this service fits better
 * than any message ("samaritans number").
 *
 * A typo match (tier 3) is the best match only for a one-word query, a misspelt name
 * ("samaratins"): in "liver damage", "damage" read as "Dagenham" names no service.
 * A partial match (tier 4) is never the best match unless the query holds the service's
 * own name: "car park" matching one word of a service says nothing about whether that
 * service is what was asked for, and "Best match" above it would say it is.
 */
export function isBestMatch(f: BestMatchFacts): boolean {
  if (f.queryLength < BEST_MATCH_MIN_LENGTH) return false;
  const serviceTier = tierOfKey(f.serviceKey);
  const messageTier = f.messageKey === undefined ? TIER_SOME_WORDS + 1 : tierOfKey(f.messageKey);
  if (f.byOwnName && serviceTier === TIER_NAME) return true;
  if (f.byOwnName && serviceTier === TIER_NAME_START && messageTier > TIER_NAME_START) return true;
  if (f.localToNamedBorough && (serviceTier <= TIER_ALL_WORDS || (serviceTier === TIER_SOME_WORDS && f.meaningAll))) return true;
  if (serviceTier === TIER_SOME_WORDS && !f.nameInQuery) return false;
  // A misspelt word can be a name ("samaratins"); several words, one of them only a typo, describe something.
  if (serviceTier === TIER_ALL_WORDS_TYPO && f.queryWords > 1) return false;
  return serviceTier >= TIER_ALL_WORDS_TYPO && (f.messageKey === undefined || f.serviceKey < f.messageKey);
}

/**
 * Words shorter than this are not matched with typos: one edit in three letters fits a
 * third of a large directory, and three letters typed are nearly always the start of a
 * word, which whole-word matching already finds.
 */
export const MIN_TYPO_LENGTH = 4;
