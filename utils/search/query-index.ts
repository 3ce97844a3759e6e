/**
 * One keystroke's search: records scored for the query (query-scorer.ts), filtered to
 * the user's borough and topic, messages and services ranked separately, the best
 * `limit` of each kept. Lower scores rank first; equal scores keep the publisher's order.
 *
 * Only the records that can still make a group's top `limit` are scored exactly
 * (top-by-bound.ts): at 5,000 records that is what keeps a keystroke within a frame.
 * Records outside the borough or topic are dropped before any scoring, for the same reason.
 */
import type { SearchIndex, SearchRecord } from './build-index';
import { normaliseQuery, queryTokens } from './normalise-query';
import { inArea } from './in-area';
import { scoreQuery } from './query-scorer';
import { topByBound } from './top-by-bound';

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

const DEFAULT_LIMIT = 12;

function visible(record: SearchRecord, options: SearchOptions): boolean {
  if (options.topic && !record.topics.includes(options.topic)) return false;
  return record.kind !== 'service' || inArea(record.area, options.borough);
}

export function searchIndex(index: SearchIndex, rawQuery: string, options: SearchOptions): SearchResults {
  const whole = normaliseQuery(rawQuery);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const empty: SearchResults = { query: whole, messages: [], services: [] };
  if (whole.length < 2 && !options.topic) return empty;

  // Browsing a topic with nothing typed: every record in it, in the publisher's order.
  const scorer =
    whole.length >= 2
      ? scoreQuery(index, whole, queryTokens(whole))
      : { candidates: index.records.map((_, i) => i), bound: () => 0, exact: () => 0 };

  const groups = { message: { items: [] as number[], bounds: [] as number[] }, service: { items: [] as number[], bounds: [] as number[] } };
  for (const i of scorer.candidates) {
    const record = index.records[i]!;
    if (!visible(record, options)) continue;
    const group = groups[record.kind];
    group.items.push(i);
    group.bounds.push(scorer.bound(i));
  }
  const byOrder = (a: number, b: number) => index.records[a]!.order - index.records[b]!.order;
  const best = (kind: SearchRecord['kind']): SearchHit[] =>
    topByBound(groups[kind].items, groups[kind].bounds, limit, scorer.exact, byOrder).map(({ item, score }) => ({
      record: index.records[item]!,
      score,
    }));

  return { query: whole, messages: best('message'), services: best('service') };
}
