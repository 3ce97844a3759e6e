/**
 * Turns a content bundle into what the search box queries, once, when the sidebar
 * opens: one flat record per message and service, and the lookups each keystroke
 * needs, so that a keystroke never walks text it could have prepared here.
 *
 * Only short, high-signal fields are searched: a message's title and keywords, a
 * service's name and organisation, and the everyday words for topics. Long prose makes
 * matching slower and ranking noisier. Staff resources are never searched: they are for
 * the worker, and never mixed with the services a person is pointed to.
 * See docs/search.md.
 */
import type { ContentBundle, ServiceArea } from '../content/content-schema';
import { buildBoroughWords, type BoroughWords } from './borough-words';
import { LruCache } from './lru-cache';
import { buildNameIndex, type NameIndex } from './name-index';
import { normaliseQuery } from './normalise-query';
import { buildTermIndex, FIELD_KEYWORD, FIELD_ORGANISATION, FIELD_TITLE, type FieldValue, type TermIndex } from './term-index';
import { buildTopicWords, type TopicWords } from './topic-words';
import { createTypoMatcher, type TypoMatcher } from './typo-matcher';
import { buildWordIndex, type WordIndex } from './word-index';
import { buildWordingIndex, type WordingIndex } from './wording-index';
import { buildUrgentMatcher, type UrgentMatcher } from '../urgent/recognise-urgent';
import { contentVocabulary } from './content-vocabulary';
import { buildCommonWords } from './common-words';
import { buildLongTextIndex, longTextsOf, type LongTextIndex } from './long-text-index';
import { buildEquivalentWords, type EquivalentWords } from './equivalent-words';

export type RecordKind = 'message' | 'service';

export interface SearchRecord {
  kind: RecordKind;
  id: string;
  /** A message's title, a service's name. */
  title: string;
  keywords: string[];
  organisation: string;
  /** The first is the record's main topic. */
  topics: string[];
  /** Messages are shown everywhere; services only in their area. */
  area: ServiceArea;
  /** Position in the publisher's order: the tie-breaker between equal scores. */
  order: number;
}

export interface SearchIndex {
  records: SearchRecord[];
  /** Distinct field values, and who holds them. */
  terms: TermIndex;
  /** Their words, for whole-word and word-start matches. */
  words: WordIndex;
  /**
   * The words of each record's long text, the last and lightest field (long-text-index.ts).
   * Read only when nothing matches every word, and as costly to build as the rest of the
   * index together: built the first time it is asked for (search-content.ts asks in a task
   * of its own, after the index).
   */
  longText: () => LongTextIndex;
  /** Names, titles, organisations and their short forms. */
  names: NameIndex;
  /** Everyday words for topics, and the records in each topic. */
  topics: TopicWords;
  /** Words that mean the same thing ("wee", "pee"): a query word is also searched as the others. */
  equivalents: EquivalentWords;
  /** A topic's national routes (content's topic.routes): where to point someone when nothing else fits. */
  topicRoutes: Map<string, string[]>;
  boroughs: BoroughWords;
  /** Keywords and everyday words for topics: a query in these words asks about a subject. */
  wording: WordingIndex;
  /** Typo matching over the distinct values, and over the topic words. */
  termTypos: TypoMatcher;
  topicTypos: TypoMatcher;
  /** Service id → its record's position. */
  serviceRecord: Map<string, number>;
  /** Message id → its record's position. */
  messageRecord: Map<string, number>;
  /** The urgent routes' patterns (content's urgentRoutes), ready to match. */
  urgent: UrgentMatcher;
  /** Does the content use this word anywhere, long text included? Then it is no typo (the urgent floor's rule). */
  isKnownWord: (word: string) => boolean;
  /** Does this word say little about the need (common-words.ts)? For partial matches. */
  isCommonWord: (word: string) => boolean;
  /**
   * Builds now what is otherwise built by the first query that needs it (the common words, read
   * by partial matches, which most first queries of two or three letters are), so that query
   * does not wait for it. The sidebar calls it once it has a moment after its first frame.
   */
  prepare: () => void;
  /** Each record's normalised title length, for the title-coverage tie-breaker. */
  titleLength: Uint16Array;
  /** localService[r]: record r is a borough's own service (not national, not pan-London). */
  localService: Uint8Array;
  /** Each borough's own services, by position. */
  localByArea: Map<string, number[]>;
  /** Who can see which records, per borough and topic browsed: worked out once, kept (run-search.ts). */
  visibility: LruCache<string, Uint8Array>;
}

/** Borough and topic pairs kept: a few changes of borough or topic in a session. */
const VISIBILITY_KEPT = 8;

/**
 * How many typos a word may have, as Fuse.js's threshold: ⌊threshold × length⌋ edits
 * (one in four letters, two in six). Tuned against the ranking set (tests/search-ranking/).
 */
export const TYPO_THRESHOLD = 0.34;
/** Topic words are short and many are near each other ("pills", "pints"): a little stricter. */
export const TOPIC_TYPO_THRESHOLD = 0.3;

export function toSearchRecords(content: Pick<ContentBundle, 'messages' | 'services'>): SearchRecord[] {
  const records: SearchRecord[] = [];
  content.messages.forEach((m, order) =>
    records.push({
      kind: 'message',
      id: m.id,
      title: m.title,
      keywords: m.keywords,
      organisation: '',
      topics: [m.topic],
      area: 'national',
      order,
    }),
  );
  content.services.forEach((s, order) =>
    records.push({
      kind: 'service',
      id: s.id,
      title: s.name,
      keywords: [],
      organisation: s.organisation,
      topics: s.topics,
      area: s.area,
      order,
    }),
  );
  return records;
}

/**
 * normaliseQuery, remembered: keywords and organisations repeat across thousands of
 * records, and building the index at 20,000 records must stay well under a second.
 * (Titles are nearly all different: they are normalised once each, not remembered.)
 */
function rememberingNormalise(): (raw: string) => string {
  const seen = new Map<string, string>();
  return (raw) => {
    let text = seen.get(raw);
    if (text === undefined) seen.set(raw, (text = normaliseQuery(raw)));
    return text;
  };
}

function fieldValues(record: SearchRecord, title: string, normalise: (raw: string) => string): FieldValue[] {
  const values: FieldValue[] = [];
  const add = (text: string, field: FieldValue['field']) => {
    if (text) values.push({ text, field });
  };
  add(title, FIELD_TITLE);
  for (const k of record.keywords) add(normalise(k), FIELD_KEYWORD);
  if (record.organisation) add(normalise(record.organisation), FIELD_ORGANISATION);
  return values;
}

function localByArea(records: readonly SearchRecord[]): Map<string, number[]> {
  const byArea = new Map<string, number[]>();
  records.forEach((record, r) => {
    if (!Array.isArray(record.area)) return;
    for (const area of record.area) {
      const list = byArea.get(area);
      // A borough listed twice holds the service once.
      if (list) list[list.length - 1] !== r && list.push(r);
      else byArea.set(area, [r]);
    }
  });
  return byArea;
}

export function buildIndex(content: ContentBundle): SearchIndex {
  const records = toSearchRecords(content);
  const normalise = rememberingNormalise();
  const titles = records.map((r) => normaliseQuery(r.title));
  const terms = buildTermIndex(records.map((r, i) => fieldValues(r, titles[i]!, normalise)));
  const keywords = new Set<string>();
  terms.slotField.forEach((field, at) => field === FIELD_KEYWORD && keywords.add(terms.texts[terms.slotTerm[at]!]!));
  const topics = buildTopicWords(
    content,
    records.map((r) => r.topics),
  );
  const topicTexts = new Set(topics.terms.map((t) => t.text));
  const serviceRecord = new Map<string, number>();
  records.forEach((r, i) => r.kind === 'service' && serviceRecord.set(r.id, i));
  const messageRecord = new Map<string, number>();
  records.forEach((r, i) => r.kind === 'message' && messageRecord.set(r.id, i));
  // Read only when a long word fits no urgent pattern as typed: seldom, so built then.
  let vocabulary: Set<string> | null = null;
  const isKnownWord = (word: string) => (vocabulary ??= contentVocabulary(content)).has(word);
  // Read only for partial matches: built then.
  let common: Set<string> | null = null;
  let long: LongTextIndex | null = null;
  const longText = () => (long ??= buildLongTextIndex(longTextsOf(content)));
  const isCommonWord = (word: string) => (common ??= buildCommonWords(content)).has(word);
  return {
    records,
    terms,
    words: buildWordIndex(terms.texts),
    longText,
    names: buildNameIndex(
      records.map((r, i) => ({ name: r.title, text: titles[i]!, organisation: r.organisation && normalise(r.organisation) })),
      // Titles, organisations and keywords are all terms.
      (text) => terms.byText.has(text) || topicTexts.has(text),
      normalise,
    ),
    topics,
    equivalents: buildEquivalentWords(content.equivalents),
    topicRoutes: new Map(content.topics.flatMap((t) => (t.routes?.length ? [[t.id, t.routes] as const] : []))),
    boroughs: buildBoroughWords(content.areas),
    wording: buildWordingIndex([...keywords, ...topicTexts]),
    termTypos: createTypoMatcher(terms.texts, TYPO_THRESHOLD),
    topicTypos: createTypoMatcher(
      topics.terms.map((t) => t.text),
      TOPIC_TYPO_THRESHOLD,
    ),
    serviceRecord,
    messageRecord,
    urgent: buildUrgentMatcher(content),
    isKnownWord,
    isCommonWord,
    prepare: () => void isCommonWord(''),
    titleLength: Uint16Array.from(titles, (t) => Math.min(65535, t.length)),
    localService: Uint8Array.from(records, (r) => (Array.isArray(r.area) ? 1 : 0)),
    localByArea: localByArea(records),
    visibility: new LruCache(VISIBILITY_KEPT),
  };
}
