/**
 * Everyday words that point at a topic: every synonym in the content ("fags" →
 * smoking, "skint" → money; publishers extend them in the feed, no release needed),
 * every topic's title, and its id as words. A query word that matches one reaches
 * every record of the topic, a little behind a record that holds the word itself.
 */
import type { ContentBundle } from '../content/content-schema';
import { normaliseQuery } from './normalise-query';
import { stem } from './word-stem';

export interface TopicTerm {
  /** Normalised, as queries are. */
  text: string;
  words: string[];
  /** Each word's stem (word-stem.ts). */
  stems: string[];
  topics: string[];
}

export interface TopicMembers {
  records: Int32Array;
  /** Where the topic stands in each record's own list: 0 is the record's main topic. */
  positions: Uint8Array;
}

export interface TopicWords {
  terms: TopicTerm[];
  /** Normalised topic titles, matched as names ("alcohol", "sexual health"). */
  titles: Array<{ topic: string; text: string }>;
  members: Map<string, TopicMembers>;
}

export function toTopicTerms(content: Pick<ContentBundle, 'topics' | 'synonyms'>): TopicTerm[] {
  const byText = new Map<string, Set<string>>();
  const add = (raw: string, topic: string) => {
    const text = normaliseQuery(raw);
    if (!text) return;
    const set = byText.get(text) ?? new Set<string>();
    set.add(topic);
    byText.set(text, set);
  };
  for (const t of content.topics) {
    add(t.title, t.id);
    add(t.id.replace(/-/g, ' '), t.id);
  }
  for (const s of content.synonyms) for (const t of s.topics) add(s.term, t);
  return [...byText].map(([text, topics]) => {
    const words = text.split(' ');
    return { text, words, stems: words.map(stem), topics: [...topics] };
  });
}

export function buildTopicWords(
  content: Pick<ContentBundle, 'topics' | 'synonyms'>,
  recordTopics: ReadonlyArray<readonly string[]>,
): TopicWords {
  const lists = new Map<string, { records: number[]; positions: number[] }>();
  recordTopics.forEach((topics, r) => {
    topics.forEach((topic, position) => {
      let list = lists.get(topic);
      if (!list) lists.set(topic, (list = { records: [], positions: [] }));
      // A topic listed twice counts where it first appears.
      if (list.records[list.records.length - 1] === r) return;
      list.records.push(r);
      list.positions.push(Math.min(position, 255));
    });
  });
  const members = new Map<string, TopicMembers>();
  for (const [topic, list] of lists) {
    members.set(topic, { records: Int32Array.from(list.records), positions: Uint8Array.from(list.positions) });
  }
  return {
    terms: toTopicTerms(content),
    titles: content.topics.map((t) => ({ topic: t.id, text: normaliseQuery(t.title) })),
    members,
  };
}
