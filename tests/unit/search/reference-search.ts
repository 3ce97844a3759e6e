/**
 * The search as it was before it was made fast (issue 6): one plain Fuse.js instance
 * over the records and one over the topic words, every record scored on every
 * keystroke. Kept only as the reference the fast search must agree with, result for
 * result and score for score (search-equivalence.test.ts). Do not use it elsewhere.
 */
import Fuse from 'fuse.js';
import type { ContentBundle } from '../../../utils/content/content-schema';
import {
  RECORD_FUSE_OPTIONS,
  TOPIC_FUSE_OPTIONS,
  toSearchRecords,
  toTopicTerms,
  type SearchRecord,
  type TopicTerm,
} from '../../../utils/search/build-index';
import { inArea } from '../../../utils/search/in-area';
import { normaliseQuery, queryTokens } from '../../../utils/search/normalise-query';
import type { SearchHit, SearchOptions, SearchResults } from '../../../utils/search/query-index';

export interface ReferenceIndex {
  records: SearchRecord[];
  fuse: Fuse<SearchRecord>;
  topicFuse: Fuse<TopicTerm>;
}

export function buildReferenceIndex(content: ContentBundle): ReferenceIndex {
  const records = toSearchRecords(content);
  return {
    records,
    fuse: new Fuse(records, RECORD_FUSE_OPTIONS as never),
    topicFuse: new Fuse(toTopicTerms(content), TOPIC_FUSE_OPTIONS as never),
  };
}

const TOPIC_WORD_PENALTY = 0.12;
const TITLE_PREFIX_BONUS = 0.1;
const SECONDARY_TOPIC_PENALTY = 0.03;
const BOTH_WAYS_BONUS = 0.15;
const DEFAULT_LIMIT = 12;

function topicScores(index: ReferenceIndex, tokens: string[], whole: string): Map<string, number> {
  const best = new Map<string, number>();
  const consider = (phrase: string) => {
    for (const hit of index.topicFuse.search(phrase)) {
      const score = hit.score ?? 1;
      for (const topic of hit.item.topics) {
        if (score < (best.get(topic) ?? 1)) best.set(topic, score);
      }
    }
  };
  consider(whole);
  if (tokens.length > 1) for (const t of tokens) if (t.length >= 3) consider(t);
  return best;
}

function recordScores(index: ReferenceIndex, tokens: string[], whole: string): Map<SearchRecord, number> {
  const scores = new Map<SearchRecord, number>();
  for (const hit of index.fuse.search(whole)) scores.set(hit.item, hit.score ?? 1);
  if (tokens.length > 1) {
    const long = tokens.filter((t) => t.length >= 3);
    const perToken = long.map((t) => new Map(index.fuse.search(t).map((h) => [h.item, h.score ?? 1])));
    if (perToken.length > 0) {
      for (const [record, first] of perToken[0]!) {
        let sum = first;
        let all = true;
        for (const other of perToken.slice(1)) {
          const s = other.get(record);
          if (s === undefined) {
            all = false;
            break;
          }
          sum += s;
        }
        if (!all) continue;
        const mean = sum / perToken.length + 0.05;
        if (mean < (scores.get(record) ?? 1)) scores.set(record, mean);
      }
    }
  }
  return scores;
}

function titlePrefixMatches(record: SearchRecord, tokens: string[]): boolean {
  const words = record.title.toLowerCase().split(/[^a-z0-9]+/);
  return tokens.every((t) => words.some((w) => w.startsWith(t)));
}

export function referenceSearch(index: ReferenceIndex, rawQuery: string, options: SearchOptions): SearchResults {
  const whole = normaliseQuery(rawQuery);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const tokens = queryTokens(whole);
  const empty: SearchResults = { query: whole, messages: [], services: [] };
  if (whole.length < 2 && !options.topic) return empty;

  const candidates = new Map<SearchRecord, number>();
  if (whole.length >= 2) {
    for (const [record, score] of recordScores(index, tokens, whole)) candidates.set(record, score);
    const topics = topicScores(index, tokens, whole);
    if (topics.size > 0) {
      for (const record of index.records) {
        let best = 1;
        record.topics.forEach((t, i) => (best = Math.min(best, (topics.get(t) ?? 1) + i * SECONDARY_TOPIC_PENALTY)));
        if (best >= 1) continue;
        const viaTopic = best + TOPIC_WORD_PENALTY;
        const direct = candidates.get(record);
        const score = direct === undefined ? viaTopic : Math.min(direct, viaTopic) - BOTH_WAYS_BONUS * (1 - direct);
        candidates.set(record, score);
      }
    }
    for (const [record, score] of candidates) {
      if (titlePrefixMatches(record, tokens)) candidates.set(record, score - TITLE_PREFIX_BONUS);
    }
  } else {
    for (const record of index.records) candidates.set(record, 0);
  }

  const hits: SearchHit[] = [];
  for (const [record, score] of candidates) {
    if (options.topic && !record.topics.includes(options.topic)) continue;
    if (record.kind === 'service' && !inArea(record.area, options.borough)) continue;
    hits.push({ record, score });
  }
  hits.sort((a, b) => a.score - b.score || a.record.order - b.record.order);

  return {
    query: whole,
    messages: hits.filter((h) => h.record.kind === 'message').slice(0, limit),
    services: hits.filter((h) => h.record.kind === 'service').slice(0, limit),
  };
}
