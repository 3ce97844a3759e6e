/**
 * Turns a content bundle into what the search box queries: one flat record per
 * message and service, a Fuse.js index over their short, high-signal fields, and a
 * second small index over the everyday words (synonyms and topic titles) that
 * point at topics ("fags" → smoking, "skint" → money).
 *
 * Only short fields are indexed (title, keywords, organisation): long prose makes
 * Fuse slower per keystroke and noisier in ranking. See docs/search.md.
 *
 * Fuse is fed through a vocabulary matcher (vocabulary-matcher.ts) so each keystroke
 * stays within a frame at thousands of records, with Fuse's scores unchanged; the
 * lookups below are prepared once here rather than on every keystroke.
 * See docs/performance.md.
 */
import type { ContentBundle, Message, Service, ServiceArea } from '../content/content-schema';
import { createVocabularyMatcher, type VocabularyMatcher } from './vocabulary-matcher';

export type RecordKind = 'message' | 'service';

export interface SearchRecord {
  kind: RecordKind;
  id: string;
  title: string;
  keywords: string[];
  organisation: string;
  topics: string[];
  /** Messages are shown everywhere; services only in their area. */
  area: ServiceArea;
  /** Position in the publisher's order: the tie-breaker between equal scores. */
  order: number;
}

export interface TopicTerm {
  term: string;
  topics: string[];
}

export interface SearchIndex {
  records: SearchRecord[];
  /** Fuse over records with RECORD_FUSE_OPTIONS; items are `records`, by position. */
  recordMatcher: VocabularyMatcher<SearchRecord>;
  topicTerms: TopicTerm[];
  /** Fuse over topic words with TOPIC_FUSE_OPTIONS. */
  topicMatcher: VocabularyMatcher<TopicTerm>;
  /** Each record's title as lower-case words (by position), for the title-prefix bonus. */
  titleWords: string[][];
  /** Positions of the records in each topic, for reaching records through a topic word. */
  topicMembers: Map<string, number[]>;
  messages: Map<string, Message>;
  services: Map<string, Service>;
}

/** Fuse options shared by the record and topic-word indexes. Tuned against tests/unit/search. */
export const RECORD_FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keywords', weight: 2 },
    { name: 'organisation', weight: 1 },
  ],
} as const;

export const TOPIC_FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  keys: ['term'],
} as const;

export function toSearchRecords(content: ContentBundle): SearchRecord[] {
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

export function toTopicTerms(content: ContentBundle): TopicTerm[] {
  const byTerm = new Map<string, Set<string>>();
  const add = (term: string, topic: string) => {
    const key = term.trim().toLowerCase();
    if (!key) return;
    const set = byTerm.get(key) ?? new Set<string>();
    set.add(topic);
    byTerm.set(key, set);
  };
  for (const t of content.topics) {
    add(t.title, t.id);
    add(t.id.replace(/-/g, ' '), t.id);
  }
  for (const s of content.synonyms) for (const t of s.topics) add(s.term, t);
  return [...byTerm].map(([term, topics]) => ({ term, topics: [...topics] }));
}

/** Split the way the title-prefix bonus has always split titles (query-index.ts). */
export function titleWordsOf(title: string): string[] {
  return title.toLowerCase().split(/[^a-z0-9]+/);
}

function topicMembersOf(records: SearchRecord[]): Map<string, number[]> {
  const members = new Map<string, number[]>();
  records.forEach((record, i) => {
    for (const topic of new Set(record.topics)) {
      const list = members.get(topic) ?? [];
      list.push(i);
      members.set(topic, list);
    }
  });
  return members;
}

export function buildIndex(content: ContentBundle): SearchIndex {
  const records = toSearchRecords(content);
  const topicTerms = toTopicTerms(content);
  return {
    records,
    recordMatcher: createVocabularyMatcher(records, RECORD_FUSE_OPTIONS),
    topicTerms,
    topicMatcher: createVocabularyMatcher(topicTerms, TOPIC_FUSE_OPTIONS),
    titleWords: records.map((r) => titleWordsOf(r.title)),
    topicMembers: topicMembersOf(records),
    messages: new Map(content.messages.map((m) => [m.id, m])),
    services: new Map(content.services.map((s) => [s.id, s])),
  };
}
