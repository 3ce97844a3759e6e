/**
 * Turns a content bundle into what the search box queries: one flat record per
 * message and service, a Fuse.js index over their short, high-signal fields, and a
 * second small index over the everyday words (synonyms and topic titles) that
 * point at topics ("fags" → smoking, "skint" → money).
 *
 * Only short fields are indexed (title, keywords, organisation): long prose makes
 * Fuse slower per keystroke and noisier in ranking. See docs/search.md.
 */
import Fuse from 'fuse.js';
import type { ContentBundle, Message, Service, ServiceArea } from '../content/content-schema';

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
  fuse: Fuse<SearchRecord>;
  topicTerms: TopicTerm[];
  topicFuse: Fuse<TopicTerm>;
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

export function buildIndex(content: ContentBundle): SearchIndex {
  const records = toSearchRecords(content);
  const topicTerms = toTopicTerms(content);
  return {
    records,
    fuse: new Fuse(records, RECORD_FUSE_OPTIONS as never),
    topicTerms,
    topicFuse: new Fuse(topicTerms, TOPIC_FUSE_OPTIONS as never),
    messages: new Map(content.messages.map((m) => [m.id, m])),
    services: new Map(content.services.map((s) => [s.id, s])),
  };
}
