/**
 * One keystroke's search: fuzzy match on records, plus everyday words that point at
 * a topic, filtered to the user's borough, messages and services ranked separately.
 * Scores start as Fuse's (0 = perfect, 1 = no match) and bonuses may take them below
 * zero; they only order results, so lower is better and nothing is clamped (clamping
 * would turn distinct good matches into ties).
 */
import type { SearchIndex, SearchRecord } from './build-index';
import { normaliseQuery, queryTokens } from './normalise-query';
import { inArea } from './in-area';

export interface SearchHit {
  record: SearchRecord;
  score: number;
}

export interface SearchResults {
  query: string;
  messages: SearchHit[];
  services: SearchHit[];
}

export interface SearchOptions {
  /** The user's borough id, or null for "all of London". */
  borough: string | null;
  /** Most results per group. */
  limit?: number;
  /** Only records in this topic (browse mode). */
  topic?: string;
}

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
const DEFAULT_LIMIT = 12;

function topicScores(index: SearchIndex, tokens: string[], whole: string): Map<string, number> {
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

function recordScores(index: SearchIndex, tokens: string[], whole: string): Map<SearchRecord, number> {
  const scores = new Map<SearchRecord, number>();
  for (const hit of index.fuse.search(whole)) scores.set(hit.item, hit.score ?? 1);
  if (tokens.length > 1) {
    // A multi-word query ("help with rent") also matches word by word; a record must
    // match every long-enough word, and scores their mean.
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

export function searchIndex(index: SearchIndex, rawQuery: string, options: SearchOptions): SearchResults {
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
        // A record's first topic is its main one: Samaritans lists money, but StepChange is about it.
        record.topics.forEach((t, i) => (best = Math.min(best, (topics.get(t) ?? 1) + i * SECONDARY_TOPIC_PENALTY)));
        if (best >= 1) continue;
        const viaTopic = best + TOPIC_WORD_PENALTY;
        const direct = candidates.get(record);
        // Matching both ways ("mamogram" is near a breast-screening keyword and a screening
        // synonym) beats matching the topic alone, the more so the closer the direct match.
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
