/**
 * The two Fuse.js baselines our search is measured against, for speed and for ranking.
 *
 * Naive: what a first attempt at search looks like. One Fuse.js instance over messages
 * and services together, every text field a key, Fuse's default options (threshold 0.6,
 * location-weighted, all fields weighted equally).
 *
 * Like for like: Fuse.js on the same records and fields ours searches (title 3, keywords 2,
 * organisation 1), with our typo threshold, anywhere in the text. It shows what the
 * ranking rules and the index add over Fuse configured well.
 *
 * Neither is a search anyone should ship.
 */
import Fuse from 'fuse.js';
import type { ContentBundle } from '../../utils/content/content-schema';
import { toSearchRecords, TYPO_THRESHOLD, type SearchRecord } from '../../utils/search/build-index';
import { inArea } from '../../utils/search/in-area';
import type { ShownResult } from '../../tests/search-ranking/evaluate-ranking';

/** Every field a person could read, of both messages and services (ids, links and dates left out). */
export const NAIVE_KEYS = [
  'title',
  'say',
  'ask',
  'assist',
  'act',
  'keywords',
  'facts.text',
  'sources.title',
  'name',
  'organisation',
  'description',
  'hours',
  'eligibility',
  'text',
  'source.title',
];

/** The fields ours searches, weighted as a search designer would. */
export const LIKE_FOR_LIKE_OPTIONS = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keywords', weight: 2 },
    { name: 'organisation', weight: 1 },
  ],
  threshold: TYPO_THRESHOLD,
  ignoreLocation: true,
  minMatchCharLength: 2,
};

export interface Baseline {
  /** Results in Fuse's order, as the ranking set judges them; borough applied as ours applies it. */
  search(query: string, borough: string | null): ShownResult[];
}

/** Both keep the same two-letter minimum as our search, so the comparison is of the matching, not of that rule. */
export function naiveBaseline(content: ContentBundle): Baseline {
  const fuse = new Fuse<object>([...content.messages, ...content.services], { keys: NAIVE_KEYS });
  return {
    search(query, borough) {
      if (query.trim().length < 2) return [];
      return fuse.search(query).flatMap(({ item }) => {
        const shown =
          'name' in item
            ? serviceResult(item as ContentBundle['services'][number])
            : messageResult(item as ContentBundle['messages'][number]);
        return shown.kind === 'service' && !inArea(shown.area, borough) ? [] : [shown];
      });
    },
  };
}

export function likeForLikeBaseline(content: ContentBundle): Baseline {
  const fuse = new Fuse<SearchRecord>(toSearchRecords(content), LIKE_FOR_LIKE_OPTIONS);
  return {
    search(query, borough) {
      if (query.trim().length < 2) return [];
      return fuse
        .search(query)
        .filter(({ item }) => item.kind === 'message' || inArea(item.area, borough))
        .map(({ item }) => ({ kind: item.kind, id: item.id, topics: item.topics, area: item.area }));
    },
  };
}

const messageResult = (m: ContentBundle['messages'][number]): ShownResult => ({
  kind: 'message',
  id: m.id,
  topics: [m.topic],
  area: 'national',
});
const serviceResult = (s: ContentBundle['services'][number]): ShownResult => ({
  kind: 'service',
  id: s.id,
  topics: s.topics,
  area: s.area,
});
