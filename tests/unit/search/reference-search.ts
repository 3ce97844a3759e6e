/**
 * The search rules done the slow, obvious way: every record, every value, every word,
 * every keystroke, with Fuse.js itself deciding every typo. No index, no cache, no
 * shortcut. Kept only as the reference the real search (utils/search/run-search.ts)
 * must agree with, result for result and score for score (search-equivalence.test.ts):
 * the indexes, the bit-parallel typo pass, the caches and the one-pass selection must
 * not change a single result. The rules themselves (ranking-rules.ts) are shared; they
 * are what the ranking set judges.
 */
import Fuse from 'fuse.js';
import { MAX_PATTERN_LENGTH } from '../../../utils/search/approximate-distance';
import type { ContentBundle } from '../../../utils/content/content-schema';
import { buildBoroughWords, findBoroughs } from '../../../utils/search/borough-words';
import { TOPIC_TYPO_THRESHOLD, TYPO_THRESHOLD, toSearchRecords, type SearchRecord } from '../../../utils/search/build-index';
import { maxErrors } from '../../../utils/search/fuse-limits';
import { inArea } from '../../../utils/search/in-area';
import { NAME_FULL, NAME_ORGANISATION, NAME_SHORT, shortNames, type NameKind } from '../../../utils/search/name-index';
import { compact, normaliseQuery, queryTokens } from '../../../utils/search/normalise-query';
import * as rules from '../../../utils/search/ranking-rules';
import type { SearchHit, SearchOptions, SearchResults } from '../../../utils/search/run-search';
import { FIELD_KEYWORD, FIELD_ORGANISATION, FIELD_TITLE, type Field } from '../../../utils/search/term-index';
import { toTopicTerms } from '../../../utils/search/topic-words';
import { buildCommonWords } from '../../../utils/search/common-words';
import { typoAtWordStart, typoWithinWord } from '../../../utils/search/typo-at-word-start';
import { stem } from '../../../utils/search/word-stem';
import { longTextCost, longTextsOf } from '../../../utils/search/long-text-index';

interface Value {
  text: string;
  words: string[];
  field: Field;
}

const DEFAULT_LIMIT = 12;

/** Remembered across calls only to keep the test quick: the same answers, asked once. */
const stems = new Map<string, string>();
const stemOf = (word: string) => stems.get(word) ?? stems.set(word, stem(word)).get(word)!;
const fuseMatches = new Map<string, { isMatch: boolean; score?: number }>();
function fuseMatch(token: string, text: string, threshold: number) {
  const key = `${threshold} ${token} ${text}`;
  let match = fuseMatches.get(key);
  if (!match) fuseMatches.set(key, (match = Fuse.match(token, text, { threshold, ignoreLocation: true, minMatchCharLength: 2 })));
  return match;
}

/** What does not depend on the query, worked out once per content: no index, just the records' own text. */
const preparedFor = new WeakMap<ContentBundle, ReturnType<typeof prepare>>();
const prepared = (content: ContentBundle) => preparedFor.get(content) ?? preparedFor.set(content, prepare(content)).get(content)!;

function prepare(content: ContentBundle) {
  const records = toSearchRecords(content);
  const values = new Map<SearchRecord, Value[]>(
    records.map((r) => [
      r,
      [
        { text: normaliseQuery(r.title), field: FIELD_TITLE },
        ...r.keywords.map((k) => ({ text: normaliseQuery(k), field: FIELD_KEYWORD })),
        { text: normaliseQuery(r.organisation), field: FIELD_ORGANISATION },
      ]
        .filter((v) => v.text !== '')
        .map((v) => ({ ...v, words: v.text.split(' ') })) as Value[],
    ]),
  );
  const topicTerms = toTopicTerms(content);
  const termsOfTopic = new Map<string, string[]>();
  for (const term of topicTerms) for (const topic of term.topics) termsOfTopic.set(topic, [...(termsOfTopic.get(topic) ?? []), term.text]);
  const wordingTexts = [
    ...records.flatMap((r) =>
      values
        .get(r)!
        .filter((v) => v.field === FIELD_KEYWORD)
        .map((v) => v.text),
    ),
    ...topicTerms.map((t) => t.text),
  ];
  const taken = new Set([...wordingTexts, ...records.flatMap((r) => [normaliseQuery(r.title), normaliseQuery(r.organisation)])]);
  // Each record's names: its own, its short forms that are nobody else's and not everyday wording, its organisation.
  const names = new Map<SearchRecord, Array<[string, NameKind]>>(
    records.map((r) => {
      const own: Array<[string, NameKind]> = [[normaliseQuery(r.title), NAME_FULL]];
      for (const short of shortNames(r.title)) if (!taken.has(short)) own.push([short, NAME_SHORT]);
      if (r.organisation) own.push([normaliseQuery(r.organisation), NAME_ORGANISATION]);
      return [r, own];
    }),
  );
  const topicTitles = content.topics.map((t) => ({ id: t.id, title: normaliseQuery(t.title) }));
  return {
    records,
    values,
    topicTerms,
    termsOfTopic,
    wordingTexts,
    names,
    topicTitles,
    boroughs: buildBoroughWords(content.areas),
    knownWords: new Map<string, boolean>(),
    sameAsMemo: new Map<string, string[]>(),
    commonWords: buildCommonWords(content),
    // Each record's long text, as its distinct words.
    longWords: new Map(longTextsOf(content).map((text, i) => [records[i]!, [...new Set(normaliseQuery(text).split(' ').filter(Boolean))]])),
  };
}

export function referenceSearch(content: ContentBundle, rawQuery: string, options: SearchOptions): SearchResults {
  const query = normaliseQuery(rawQuery);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const empty: SearchResults = {
    query,
    boroughs: [],
    best: null,
    messages: [],
    services: [],
    others: [],
    allWords: true,
    typos: false,
    suggestions: null,
  };
  if (query.length < 2 && !options.topic) return empty;

  const {
    records,
    termsOfTopic,
    values: valuesOfRecord,
    wordingTexts,
    names: namesOf,
    topicTitles,
    boroughs,
    knownWords,
    sameAsMemo,
    commonWords,
    longWords,
    topicTerms,
  } = prepared(content);
  const found = findBoroughs(boroughs, query ? query.split(' ') : []);
  const named = query.length >= 2 ? found.areas : [];
  const boroughKnown = named.length > 0 || options.borough !== null;
  const tokens = queryTokens(found.rest);
  const phrase = found.rest.join(' ');
  const local = (r: SearchRecord) => Array.isArray(r.area);
  const inNamed = (r: SearchRecord) => Array.isArray(r.area) && r.area.some((a) => named.includes(a));
  const visible = (r: SearchRecord) =>
    (!options.topic || r.topics.includes(options.topic)) &&
    (r.kind === 'message' || (named.length > 0 ? !local(r) || inNamed(r) : inArea(r.area, options.borough)));
  const valuesOf = (r: SearchRecord) => valuesOfRecord.get(r)!;

  const keys = new Map<SearchRecord, { key: number; own: boolean; meaningAll: boolean }>();
  const asksAboutSubject = wordingTexts.some((t) => t.startsWith(query));
  const consider = (r: SearchRecord, matchTier: rules.MatchTier, score: number, own: boolean, meaningAll = true) => {
    if (!visible(r)) return;
    const tier =
      matchTier === rules.TIER_NAME_START && own && !boroughKnown && asksAboutSubject && local(r) ? rules.TIER_ALL_WORDS : matchTier;
    const area = r.kind === 'service' ? rules.areaCost(local(r), inNamed(r), boroughKnown, tier) : 0;
    const key = rules.rankKey(tier, score + area);
    const before = keys.get(r);
    if (!before || key < before.key) keys.set(r, { key, own, meaningAll });
  };

  if (query.length < 2) {
    for (const r of records) consider(r, rules.TIER_ALL_WORDS, 0, false);
  } else {
    // Names: every record's own names and short forms, and every topic title.
    for (const r of records) {
      const names = namesOf.get(r)!;
      for (const q of new Set([query, compact(query)])) {
        for (const [name, kind] of names) {
          if (q.length < 2 || !name.startsWith(q)) continue;
          const m = rules.nameMatch(kind, q.length, name.length);
          if (phrase || m.tier === rules.TIER_NAME) consider(r, m.tier, m.score, true);
          // The organisation's exact name that starts the service's own name too.
          const ownNameToo = names.some(([own, k]) => k !== NAME_ORGANISATION && own.startsWith(q));
          if (kind === NAME_ORGANISATION && name === q && ownNameToo && phrase)
            consider(r, m.tier, m.score - rules.OWN_NAME_TOO_BONUS, true);
        }
      }
      if (phrase.length >= 2) {
        for (const { id, title } of topicTitles) {
          const position = r.topics.indexOf(id);
          if (position < 0 || !(title.startsWith(phrase) || compact(title).startsWith(compact(phrase)))) continue;
          const m = rules.topicTitleMatch(position, phrase.length, title.length);
          consider(r, m.tier, m.score, false);
        }
      }
    }

    if (tokens.length === 0) {
      for (const r of records) if (inNamed(r)) consider(r, rules.TIER_ALL_WORDS, 0, false);
    } else {
      // The other words of the token's groups (content's equivalents), worked out once per token: not an index, a memo.
      const sameAsOf = (token: string) =>
        sameAsMemo.get(token) ??
        sameAsMemo
          .set(
            token,
            content.equivalents
              .filter((g) => g.words.some((w) => stemOf(w) === stemOf(token)))
              .flatMap((g) => g.words)
              .filter((o) => o !== token && stemOf(o) !== stemOf(token)),
          )
          .get(token)!;
      const wordCostOf = (token: string, word: string, wholeOnly = false) => {
        let best = Infinity;
        if (word === token) best = 0;
        else if (!wholeOnly && token.length >= 2 && word.startsWith(token)) best = rules.wordCost(token, word);
        if (stemOf(word) === stemOf(token) && word !== token) best = Math.min(best, rules.STEM_COST);
        // A word meaning the same, as written or in another form.
        const sameAs = sameAsOf(token);
        if (sameAs.some((o) => stemOf(word) === stemOf(o))) best = Math.min(best, rules.EQUIVALENT_COST);
        return best;
      };
      // The best cost of a word through each topic's everyday words, remembered per word and way of matching.
      const topicCosts = new Map<string, Map<string, number>>();
      const bestThroughTopic = (topic: string, key: string, cost: (text: string) => number) => {
        let costs = topicCosts.get(key);
        if (!costs) topicCosts.set(key, (costs = new Map()));
        let best = costs.get(topic);
        if (best === undefined) costs.set(topic, (best = Math.min(...(termsOfTopic.get(topic) ?? []).map(cost))));
        return best;
      };
      const viaTopics = (r: SearchRecord, key: string, cost: (text: string) => number) => {
        let best = Infinity;
        r.topics.forEach((topic, position) => {
          if (r.topics.indexOf(topic) !== position) return;
          // Several words: only through the record's main topic.
          if (tokens.length > 1 && position > 0) return;
          best = Math.min(best, bestThroughTopic(topic, key, cost) + rules.TOPIC_WORD_COST + rules.SECONDARY_TOPIC_COST * position);
        });
        return best;
      };
      const directCost = (r: SearchRecord, token: string, wholeOnly = false) =>
        Math.min(...valuesOf(r).map((v) => Math.min(...v.words.map((w) => wordCostOf(token, w, wholeOnly))) + rules.FIELD_COST[v.field]));
      const wholeWordCost = (r: SearchRecord, token: string, wholeOnly = false) => {
        const words = (text: string) => Math.min(...text.split(' ').map((w) => wordCostOf(token, w, wholeOnly)));
        const direct = directCost(r, token, wholeOnly);
        const topic = viaTopics(r, `${wholeOnly ? 'only' : 'whole'} ${token}`, words);
        if (direct !== Infinity && topic !== Infinity) return Math.min(direct, topic) - rules.BOTH_WAYS_BONUS;
        return Math.min(direct, topic);
      };
      const fuseCost = (threshold: number) => (text: string, token: string) => {
        const match = fuseMatch(token, text, threshold);
        if (!match.isMatch) return Infinity;
        // A typo fits inside one word, never across a space ("verruca" is not "very ca").
        if (!typoWithinWord(text, token, maxErrors(token.length, threshold))) return Infinity;
        const atStart = typoAtWordStart(text, token, maxErrors(token.length, threshold));
        // Several words: a typo must fit at the start of a word.
        if (!atStart && tokens.length > 1) return Infinity;
        return rules.TYPO_COST + (match.score ?? 0) + (atStart ? 0 : rules.MID_WORD_TYPO_COST);
      };
      // A word the content has somewhere, whole or started or in another form, is no typo.
      const known = (token: string) =>
        knownWords.get(token) ??
        knownWords
          .set(
            token,
            [...valuesOfRecord.values()].some((values) => values.some((v) => v.words.some((w) => wordCostOf(token, w) !== Infinity))) ||
              [...termsOfTopic.values()].some((texts) =>
                texts.some((text) => text.split(' ').some((w) => wordCostOf(token, w) !== Infinity)),
              ),
          )
          .get(token)!;
      const typoable = new Map(tokens.map((t) => [t, t.length >= rules.MIN_TYPO_LENGTH && t.length <= MAX_PATTERN_LENGTH && !known(t)]));
      const typoCost = (r: SearchRecord, token: string) => {
        if (!typoable.get(token)) return Infinity;
        const direct = Math.min(...valuesOf(r).map((v) => fuseCost(TYPO_THRESHOLD)(v.text, token) + rules.FIELD_COST[v.field]));
        return tokens.length === 1
          ? Math.min(
              direct,
              viaTopics(r, `typo ${token}`, (text) => fuseCost(TOPIC_TYPO_THRESHOLD)(text, token)),
            )
          : direct;
      };
      // Partial matches: whole words only, weighted by how many records hold them; common words weigh nothing.
      const topicWord = (token: string) =>
        [...termsOfTopic.values()].some((texts) =>
          texts.some((text) => text.split(' ').some((w) => wordCostOf(token, w, true) !== Infinity)),
        );
      const common = tokens.map((t) => {
        const holders = records.filter((r) => directCost(r, t, true) !== Infinity).length;
        return { holders, common: !topicWord(t) && commonWords.has(t) };
      });
      // The long text: each word's cost there, and how many records hold each of its forms (summed over the forms).
      const longCost = (r: SearchRecord, token: string) =>
        Math.min(
          ...longWords
            .get(r)!
            .map((w) => (w === token ? longTextCost(true) : stemOf(w) === stemOf(token) ? longTextCost(false) : Infinity)),
        );
      const longHolders = tokens.map((t, k) =>
        common[k]!.common ? 0 : records.reduce((sum, r) => sum + longWords.get(r)!.filter((w) => stemOf(w) === stemOf(t)).length, 0),
      );
      const counted = tokens.map((t, k) =>
        common[k]!.common
          ? 0
          : known(t)
            ? rules.wordWeight(common[k]!.holders, records.length)
            : longHolders[k]! > 0
              ? rules.wordWeight(longHolders[k]!, records.length)
              : 0,
      );
      const isCommon = common.map((c) => c.common);
      const topicTerm = (token: string) =>
        topicTerms.some((term) => term.words.length === 1 && wordCostOf(token, term.words[0]!, true) !== Infinity);
      const weights = rules.needWeights(
        counted,
        tokens.map((t) => topicTerm(t) || topicWord(t)),
      );
      const need: rules.MeaningNeeded = {
        unheld: tokens.some(
          (t, k) =>
            !isCommon[k] &&
            !topicWord(t) &&
            common[k]!.holders === 0 &&
            longHolders[k] === 0 &&
            rules.mayCarryMeaning(t) &&
            !(k === tokens.length - 1 && known(t)),
        ),
        topicWord: tokens.map((t) => topicTerm(t) || (topicWord(t) && !commonWords.has(t))),
      };
      const phrases = [...new Set([phrase, tokens.join(' ')])];
      const phraseOf = (r: SearchRecord) => {
        let best = 0;
        for (const p of phrases) {
          for (const v of valuesOf(r)) {
            const place = v.text === p ? rules.PHRASE_WHOLE : (' ' + v.text).includes(' ' + p) ? rules.PHRASE_INSIDE : rules.PHRASE_NOWHERE;
            best = Math.max(best, rules.phraseBonus(place, p.split(' ').length));
          }
        }
        return best;
      };
      const scoreWords = (r: SearchRecord, withTypos: boolean) => {
        const whole = tokens.map((t) => wholeWordCost(r, t));
        const typo = whole.map((c) => c === Infinity);
        const costs = whole.map((c, k) => (c !== Infinity || !withTypos ? c : typoCost(r, tokens[k]!)));
        if (costs.every((c) => c === Infinity)) return;
        let m: rules.TierScore & { meaningAll?: boolean } = rules.wordsMatch(costs, withTypos ? typo : []);
        if (m.tier === rules.TIER_ALL_WORDS_TYPO) {
          const whole = costs.map((c, k) => (typo[k] ? c : wholeWordCost(r, tokens[k]!, true)));
          m = rules.wordsMatch(whole, typo);
        }
        if (m.tier === rules.TIER_SOME_WORDS) {
          const partial = rules.partialMatch(
            tokens.map((t) => wholeWordCost(r, t, true)),
            weights,
            isCommon,
            need,
          );
          if (!partial) return;
          m = partial;
        }
        const coverage = rules.titleCoverageCost(query.length, namesOf.get(r)![0]![0].length);
        consider(r, m.tier, m.score - (m.tier <= rules.TIER_ALL_WORDS_TYPO ? phraseOf(r) : 0) + coverage, false, m.meaningAll ?? true);
      };
      for (const r of records) if (visible(r)) scoreWords(r, false);
      const fits = [...keys.values()].some((k) => rules.tierOfKey(k.key) <= rules.TIER_ALL_WORDS);
      if (!fits && tokens.some((t) => typoable.get(t))) for (const r of records) if (visible(r)) scoreWords(r, true);
      // Nothing fits every word, even with typos: every record again, its long text too.
      if (![...keys.values()].some((k) => rules.tierOfKey(k.key) <= rules.TIER_ALL_WORDS_TYPO)) {
        for (const r of records) {
          if (!visible(r)) continue;
          const own = tokens.map((t) => wholeWordCost(r, t, true));
          const long = tokens.map((t, k) => (weights[k]! > 0 ? longCost(r, t) : Infinity));
          const m = rules.partialMatch(own, weights, isCommon, need, long);
          if (!m) continue;
          const coverage = rules.titleCoverageCost(query.length, namesOf.get(r)![0]![0].length);
          consider(r, m.tier, m.score + coverage, false, m.meaningAll);
        }
      }
    }
  }

  const position = new Map(records.map((r, i) => [r, i]));
  const ranked = [...keys].sort(([a, x], [b, y]) => x.key - y.key || position.get(a)! - position.get(b)!);
  if (ranked.length === 0) return { ...empty, boroughs: named };
  const cut = rules.foldCut(ranked[0]![1].key);
  const hit = ([record, k]: (typeof ranked)[number]): SearchHit => ({ record, score: k.key, tier: rules.tierOfKey(k.key) });
  const messages = ranked.filter(([r, k]) => r.kind === 'message' && k.key <= cut).slice(0, limit);
  const services = ranked.filter(([r, k]) => r.kind === 'service' && k.key <= cut).slice(0, limit + 1);
  const others = ranked.filter(([, k]) => k.key > cut).slice(0, limit);
  const asked = named.length > 0 && found.rest.length > 0;
  const service = asked ? services.find(([r]) => inNamed(r)) : services[0];
  const isBest =
    service !== undefined &&
    rules.isBestMatch({
      queryLength: query.length,
      queryWords: query.split(' ').length,
      serviceKey: service[1].key,
      byOwnName: service[1].own,
      localToNamedBorough: asked && inNamed(service[0]),
      meaningAll: service[1].meaningAll,
      nameInQuery: namesOf.get(service[0])!.some(([text, kind]) => kind !== NAME_ORGANISATION && ` ${query} `.includes(` ${text} `)),
      messageKey: messages[0]?.[1].key,
    });
  return {
    query,
    boroughs: named,
    best: isBest ? hit(service) : null,
    messages: messages.map(hit),
    services: (isBest ? services.filter((s) => s !== service) : services).slice(0, limit).map(hit),
    others: others.map(hit),
    allWords: rules.tierOfKey(ranked[0]![1].key) <= rules.TIER_ALL_WORDS_TYPO,
    typos: rules.tierOfKey(ranked[0]![1].key) === rules.TIER_ALL_WORDS_TYPO,
    suggestions: null,
  };
}
