/**
 * One keystroke's search: the query read (normalise-query.ts, borough-words.ts), every
 * record that can match it given a key by the ranking rules (ranking-rules.ts), and what
 * the sidebar shows picked out: a service the query names, the messages, the services,
 * and the far weaker rest folded under "Other results".
 *
 * Names and whole words are matched first (name-index.ts, word-matches.ts): cheap, and
 * what nearly every keystroke needs. Typos (typo-matches.ts) are tried only when nothing
 * matches every word as typed, and only for words the content does not have. Records the
 * user cannot see (another borough, another topic) are never scored, and the dozen results
 * per list are picked in one pass (select-top.ts).
 */
import type { SearchIndex, SearchRecord } from './build-index';
import { findBoroughs } from './borough-words';
import { inArea } from './in-area';
import { NAME_ORGANISATION, namesStartingWith, queryHoldsOwnName, type NameKind } from './name-index';
import { compact, normaliseQuery, queryTokens } from './normalise-query';
import {
  areaCost,
  foldCut,
  isBestMatch,
  MIN_TYPO_LENGTH,
  nameMatch,
  OWN_NAME_TOO_BONUS,
  phraseBonus,
  titleCoverageCost,
  rankKey,
  TIER_ALL_WORDS,
  TIER_ALL_WORDS_TYPO,
  TIER_NAME,
  TIER_NAME_START,
  TIER_SOME_WORDS,
  partialMatch,
  mayCarryMeaning,
  wordWeight,
  needWeights,
  tierOfKey,
  topicTitleMatch,
  wordsMatch,
  type MatchTier,
  type PartialMatch,
  type TierScore,
} from './ranking-rules';
import { suggestRoutes, type Suggestions } from './suggest-routes';
import { phraseMarks } from './phrase-marks';
import { selectTop, type Ranked } from './select-top';
import { matchWordWithTypos } from './typo-matches';
import { matchWord, type WholeWordMatches, type WordMatches } from './word-matches';
import { longTextHolders, matchLongText } from './long-text-index';
import { withUrgentRoute, type UrgentResult } from './urgent-floor';
import { startsWording } from './wording-index';

export interface SearchHit {
  record: SearchRecord;
  /** Lower is better: tier × TIER_WIDTH + score (ranking-rules.ts). */
  score: number;
  tier: MatchTier;
}

export interface SearchResults {
  /** The query as searched: normalised. */
  query: string;
  /** Boroughs named in the query: services are shown for these (and national, pan-London ones). */
  boroughs: string[];
  /** A service the query names, shown above everything else. */
  best: SearchHit | null;
  messages: SearchHit[];
  services: SearchHit[];
  /** Far weaker than the best: folded under "Other results". */
  others: SearchHit[];
  /** False when nothing matches every word: what is shown is the closest there is. */
  allWords: boolean;
  /** True when the best results match only with typos: what is shown is close in spelling. */
  typos: boolean;
  /** Only when nothing at all is found: the topics the words point at, and their national routes. */
  suggestions: Suggestions | null;
  /** The query says a life is at risk: this route comes first on screen, before everything (urgent-floor.ts). */
  urgent?: UrgentResult;
}

export interface SearchOptions {
  /** The user's borough id, or null for "all of London". A borough named in the query wins. */
  borough: string | null;
  /** Most results per list. */
  limit?: number;
  /** Only records in this topic (browsing a topic). */
  topic?: string;
}

const DEFAULT_LIMIT = 12;

/** What one query knows about where records are, and who can see them. */
interface Scope {
  /** Boroughs the query names. */
  named: string[];
  /** inNamed[r]: record r is a borough's own service, of a borough the query names. */
  inNamed: Uint8Array;
  boroughKnown: boolean;
  /** visible[r]: the user can see record r (their borough, or the one named; the topic browsed). */
  visible: Uint8Array;
  /** What where record r works adds to its score at this tier. */
  areaCost(r: number, tier: MatchTier): number;
}

function scopeOf(index: SearchIndex, named: string[], options: SearchOptions): Scope {
  const { records, localService } = index;
  const inNamed = new Uint8Array(records.length);
  for (const area of named) for (const r of index.localByArea.get(area) ?? []) inNamed[r] = 1;
  const boroughKnown = named.length > 0 || options.borough !== null;
  return {
    named,
    inNamed,
    boroughKnown,
    visible: visibility(index, named, inNamed, options),
    areaCost: (r, tier) => areaCost(localService[r] === 1, inNamed[r] === 1, boroughKnown, tier),
  };
}

/** Who sees what depends on the borough and topic, which seldom change between keystrokes: kept. */
function visibility(index: SearchIndex, named: string[], inNamed: Uint8Array, options: SearchOptions): Uint8Array {
  const key = `${options.borough ?? ''}|${options.topic ?? ''}|${named.join(' ')}`;
  const kept = index.visibility.get(key);
  if (kept) return kept;
  const mask = new Uint8Array(index.records.length);
  index.records.forEach((record, r) => {
    if (options.topic && !record.topics.includes(options.topic)) return;
    if (record.kind === 'message') mask[r] = 1;
    else if (named.length > 0) mask[r] = !Array.isArray(record.area) || inNamed[r] === 1 ? 1 : 0;
    else mask[r] = inArea(record.area, options.borough) ? 1 : 0;
  });
  index.visibility.set(key, mask);
  return mask;
}

/** One keystroke: the ranked results, and the urgent route above them when the query calls for one. */
export function runSearch(index: SearchIndex, rawQuery: string, options: SearchOptions): SearchResults {
  return withUrgentRoute(index, rankSearch(index, rawQuery, options));
}

/** The ranking alone (what tests/unit/search/reference-search.ts does the slow way). */
export function rankSearch(index: SearchIndex, rawQuery: string, options: SearchOptions): SearchResults {
  const query = normaliseQuery(rawQuery);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const { records } = index;
  if (query.length < 2 && !options.topic) return emptyResults(query);

  const found = findBoroughs(index.boroughs, query ? query.split(' ') : []);
  const scope = scopeOf(index, query.length >= 2 ? found.areas : [], options);
  const tokens = queryTokens(found.rest);
  const boroughOnly = scope.named.length > 0 && found.rest.length === 0;
  const suggest = () => suggestRoutes(index, tokens);

  const { candidates, keys, flags, consider } = candidateKeys(index, scope, query);
  const finish = () => pick(index, query, scope, limit, candidates, keys, flags, suggest, boroughOnly);

  if (query.length < 2) {
    // Browsing a topic with nothing typed: all of it, in the publisher's order.
    records.forEach((_, r) => consider(r, TIER_ALL_WORDS, 0, false));
    return finish();
  }
  const phrase = found.rest.join(' ');
  matchNames(index, query, phrase, consider);
  if (tokens.length === 0) {
    // Only a borough was typed: its own services.
    records.forEach((_, r) => scope.inNamed[r] === 1 && consider(r, TIER_ALL_WORDS, 0, false));
    return finish();
  }

  const phraseOf = phraseBonuses(index, phrase, tokens);
  const matches = tokens.map((t) => matchWord(index, t, tokens.length > 1));
  const { common, weights, need } = partialWeights(index, tokens, matches);
  const wholeCosts = new Float64Array(tokens.length);
  const costs = new Float64Array(tokens.length);
  const typo = new Array<boolean>(tokens.length).fill(false);
  const score = (r: number, typos: ReadonlyArray<WordMatches | null>) => {
    for (let k = 0; k < tokens.length; k++) {
      const whole = matches[k]!.cost[r]!;
      typo[k] = whole === Infinity;
      costs[k] = typo[k] ? (typos[k]?.cost[r] ?? Infinity) : whole;
    }
    let m: TierScore & { meaningAll?: boolean } = wordsMatch(costs, typo);
    if (m.tier === TIER_ALL_WORDS_TYPO) {
      // With a typo in the query, the words matched as typed must be whole: "car park" is not "carer" plus a typo.
      for (let k = 0; k < tokens.length; k++) if (!typo[k]) costs[k] = matches[k]!.wholeCost[r]!;
      m = wordsMatch(costs, typo);
    }
    if (m.tier === TIER_SOME_WORDS) {
      for (let k = 0; k < tokens.length; k++) wholeCosts[k] = matches[k]!.wholeCost[r]!;
      const partial = partialMatch(wholeCosts, weights, common, need);
      if (!partial) return;
      m = partial;
    }
    const phraseOff = m.tier <= TIER_ALL_WORDS_TYPO ? phraseOf(r) : 0;
    consider(r, m.tier, m.score - phraseOff + titleCoverageCost(query.length, index.titleLength[r]!), false, m.meaningAll ?? true);
  };
  for (const r of recordsOf(matches, records.length)) if (scope.visible[r] === 1) score(r, NO_TYPOS);
  const fitsEveryWord = candidates.some((r) => tierOfKey(keys[r]!) <= TIER_ALL_WORDS);
  // Nothing fits every word as typed: allow typos, in the words the content does not have
  // (a word it has is what was meant: "shout" is not a typo of "should"). Names need no
  // second look: a visible name match would have fitted every word.
  const typoable = tokens.map((t, k) => t.length >= MIN_TYPO_LENGTH && !matches[k]!.known);
  if (!fitsEveryWord && typoable.some(Boolean)) {
    const typos = tokens.map((t, k) => (typoable[k] ? matchWordWithTypos(index, t, tokens.length === 1) : null));
    for (const r of recordsOf(
      typos.filter((t) => t !== null),
      records.length,
    ))
      if (scope.visible[r] === 1) score(r, typos);
  }
  // Still nothing that fits every word, even with typos: the partial matches again, their long text too.
  if (!candidates.some((r) => tierOfKey(keys[r]!) <= TIER_ALL_WORDS_TYPO)) {
    const partial = candidates.filter((c) => tierOfKey(keys[c]!) === TIER_SOME_WORDS);
    withLongText(index, tokens, matches, { common, weights, need }, partial, (r, m) =>
      consider(r, m.tier, m.score + titleCoverageCost(query.length, index.titleLength[r]!), false, m.meaningAll),
    );
  }
  return finish();
}

/**
 * What partial matches need to know about the query's words (ranking-rules.ts, partialMatch):
 * which are common, what each weighs, and what a partial match must match.
 */
function partialWeights(index: SearchIndex, tokens: readonly string[], matches: readonly WholeWordMatches[]) {
  const { records } = index;
  // Common words and words the content does not hold weigh nothing in a partial match: they tell no record apart.
  const common = matches.map((m, k) => !m.topicWord && index.isCommonWord(tokens[k]!));
  // How many long texts hold a word: read only for a word the records' own values do not hold whole,
  // so most keystrokes never touch the long text (built in a later task: search-content.ts).
  const longHolders = (k: number) => longTextHolders(index.longText(), tokens[k]!);
  // A word only the long text holds weighs by how many long texts hold it.
  const counted = matches.map((m, k) => {
    if (common[k]) return 0;
    if (m.known) return wordWeight(m.wholeHolders, records.length);
    const holders = longHolders(k);
    return holders > 0 ? wordWeight(holders, records.length) : 0;
  });
  // A word that names a need makes the others side words (ranking-rules.ts, needWeights).
  const weights = needWeights(
    counted,
    matches.map((m) => m.topicTerm || m.topicWord),
  );
  // A word the content holds nowhere, whole: a partial match must then match a word that names a need (ranking-rules.ts, MeaningNeeded).
  const need = {
    unheld: tokens.some(
      (t, k) =>
        !common[k] &&
        !matches[k]!.topicWord &&
        matches[k]!.wholeHolders === 0 &&
        mayCarryMeaning(t) &&
        // The word being typed may be the start of one the content holds.
        !(k === tokens.length - 1 && matches[k]!.known) &&
        longHolders(k) === 0,
    ),
    // A topic's word names a need, unless the content uses it everywhere and it is only part of a topic's phrase ("day" of "5 a day").
    topicWord: matches.map((m, k) => m.topicTerm || (m.topicWord && !index.isCommonWord(tokens[k]!))),
  };
  return { common, weights, need };
}

/** The partial matches `partial` scored again with their long text (ranking-rules.ts, partialMatch's `longText`). */
function withLongText(
  index: SearchIndex,
  tokens: readonly string[],
  matches: readonly WholeWordMatches[],
  words: ReturnType<typeof partialWeights>,
  partial: readonly number[],
  add: (r: number, m: PartialMatch) => void,
) {
  const { common, weights, need } = words;
  const long = tokens.map((t, k) => (weights[k]! > 0 ? matchLongText(index.longText(), t, index.records.length) : null));
  const own = new Float64Array(tokens.length);
  const longCosts = new Float64Array(tokens.length);
  for (const r of partial) {
    for (let k = 0; k < tokens.length; k++) {
      own[k] = matches[k]!.wholeCost[r]!;
      longCosts[k] = long[k]?.cost[r] ?? Infinity;
    }
    const m = partialMatch(own, weights, common, need, longCosts);
    if (m) add(r, m);
  }
}

const NO_TYPOS: ReadonlyArray<WordMatches | null> = [];

/**
 * Every record scored for this query, each with its best key so far. `consider` offers a
 * match and keeps the better of the two; records the user cannot see are never kept.
 */
function candidateKeys(index: SearchIndex, scope: Scope, query: string) {
  const { records } = index;
  const keys = new Float64Array(records.length).fill(Infinity);
  const flags = {
    byOwnName: new Uint8Array(records.length),
    // meaningAll[r]: the record's best match misses no word that carries meaning (ranking-rules.ts, partialMatch).
    meaningAll: new Uint8Array(records.length),
  };
  const candidates: number[] = [];
  // Everyday wording names no borough's service by starting its name, when no borough is
  // known: "homelessness" asks about a subject, not for Ealing's "Homelessness help".
  const asksAboutSubject = startsWording(index.wording, query);
  const consider = (r: number, matchTier: MatchTier, score: number, ownName: boolean, allMeaning = true) => {
    if (scope.visible[r] === 0) return;
    const demote = matchTier === TIER_NAME_START && ownName && !scope.boroughKnown && asksAboutSubject && index.localService[r] === 1;
    const tier = demote ? TIER_ALL_WORDS : matchTier;
    const key = rankKey(tier, score + scope.areaCost(r, tier));
    if (keys[r] === Infinity) candidates.push(r);
    if (key < keys[r]!) {
      keys[r] = key;
      flags.byOwnName[r] = ownName ? 1 : 0;
      flags.meaningAll[r] = allMeaning ? 1 : 0;
    }
  };
  return { candidates, keys, flags, consider };
}

/** A record's best phrase bonus: the query as typed ("5 a day"), and without the filler ("help to stop smoking" → "stop smoking"). */
function phraseBonuses(index: SearchIndex, phrase: string, tokens: string[]): (r: number) => number {
  const phrases = [...new Set([phrase, tokens.join(' ')])].map((text) => ({
    words: text.split(' ').length,
    marks: phraseMarks(index.terms, index.words, text),
  }));
  const { slotStart, slotTerm } = index.terms;
  return (r: number) => {
    let best = 0;
    for (const p of phrases) {
      for (let at = slotStart[r]!; at < slotStart[r + 1]!; at++) best = Math.max(best, phraseBonus(p.marks(slotTerm[at]!), p.words));
    }
    return best;
  };
}

function emptyResults(query: string): SearchResults {
  return { query, boroughs: [], best: null, messages: [], services: [], others: [], allWords: true, typos: false, suggestions: null };
}

/**
 * Names, organisations and short forms, against the whole query (a name may hold a
 * borough: "City and Hackney Recovery Service"); topic titles, against the query without
 * its borough ("croydon housing"). A query of only a borough names no service by starting
 * its name: most of that borough's services start with it.
 */
function matchNames(
  index: SearchIndex,
  query: string,
  phrase: string,
  add: (r: number, tier: MatchTier, score: number, ownName: boolean) => void,
) {
  const { names } = index;
  for (const q of new Set([query, compact(query)])) {
    const organisation = new Map<number, TierScore>();
    const ownName = new Set<number>();
    for (const e of namesStartingWith(names, q)) {
      const kind = names.kind[e]! as NameKind;
      const m = nameMatch(kind, q.length, names.texts[e]!.length);
      if (phrase || m.tier === TIER_NAME) add(names.record[e]!, m.tier, m.score, true);
      if (kind === NAME_ORGANISATION && names.texts[e] === q) organisation.set(names.record[e]!, m);
      else if (kind !== NAME_ORGANISATION) ownName.add(names.record[e]!);
    }
    for (const [r, m] of organisation) if (ownName.has(r) && phrase) add(r, m.tier, m.score - OWN_NAME_TOO_BONUS, true);
  }
  if (phrase.length < 2) return;
  for (const { topic, text } of index.topics.titles) {
    if (!text.startsWith(phrase) && !compact(text).startsWith(compact(phrase))) continue;
    const members = index.topics.members.get(topic);
    if (!members) continue;
    members.records.forEach((r, k) => {
      const m = topicTitleMatch(members.positions[k]!, phrase.length, text.length);
      add(r, m.tier, m.score, false);
    });
  }
}

function recordsOf(matches: ReadonlyArray<{ records: readonly number[] }>, count: number): number[] {
  if (matches.length === 1) return matches[0]!.records as number[];
  const seen = new Uint8Array(count);
  const all: number[] = [];
  for (const m of matches) {
    for (const r of m.records) {
      if (seen[r]) continue;
      seen[r] = 1;
      all.push(r);
    }
  }
  return all;
}

/** The lists the sidebar shows, from every candidate's key. */
function pick(
  index: SearchIndex,
  query: string,
  scope: Scope,
  limit: number,
  candidates: number[],
  keys: Float64Array,
  /** Per record: its best key came from its own name; its best match misses no word that carries meaning. */
  flags: { byOwnName: Uint8Array; meaningAll: Uint8Array },
  suggest: () => Suggestions,
  /** The query is nothing but a borough: it names none of its services in particular. */
  boroughOnly: boolean,
): SearchResults {
  const { records } = index;
  const keyOf = (r: number) => keys[r]!;
  const hits = (ranked: Ranked[]): SearchHit[] =>
    ranked.map(({ item, score }) => ({ record: records[item]!, score, tier: tierOfKey(score) }));

  const top = selectTop(candidates, keyOf, 1)[0];
  if (!top) return { ...emptyResults(query), boroughs: scope.named, suggestions: suggest() };
  const cut = foldCut(top.score);
  const isMessage = (r: number) => records[r]!.kind === 'message';
  const messages = selectTop(candidates, keyOf, limit, (r, key) => key <= cut && isMessage(r));
  // One more: the best match, if there is one, comes out of this list.
  const services = selectTop(candidates, keyOf, limit + 1, (r, key) => key <= cut && !isMessage(r));
  const others = selectTop(candidates, keyOf, limit, (_, key) => key > cut);

  // A borough in the query asks for that borough's own service; otherwise, the top service.
  const asked = scope.named.length > 0 && !boroughOnly;
  const service = asked ? services.find((h) => scope.inNamed[h.item] === 1) : services[0];
  const isBest =
    service !== undefined &&
    isBestMatch({
      queryLength: query.length,
      queryWords: query.split(' ').length,
      serviceKey: service.score,
      byOwnName: flags.byOwnName[service.item] === 1,
      meaningAll: flags.meaningAll[service.item] === 1,
      localToNamedBorough: asked && scope.inNamed[service.item] === 1,
      nameInQuery: queryHoldsOwnName(index.names, service.item, query),
      messageKey: messages[0]?.score,
    });
  return {
    query,
    boroughs: scope.named,
    best: isBest ? hits([service])[0]! : null,
    messages: hits(messages),
    services: hits((isBest ? services.filter((h) => h !== service) : services).slice(0, limit)),
    others: hits(others),
    allWords: tierOfKey(top.score) <= TIER_ALL_WORDS_TYPO,
    typos: tierOfKey(top.score) === TIER_ALL_WORDS_TYPO,
    suggestions: null,
  };
}
