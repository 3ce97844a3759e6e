/**
 * The urgent floor (docs/search.md, "The urgent floor"): when the query says a life is at
 * risk or someone is in danger now, an urgent route comes first on screen, with its crisis
 * message directly below it, whatever the ranking found. Apart from ranking on purpose:
 * no weight, tier or typo rule can push it down, and a change to ranking cannot lose it.
 */
import type { UrgentRoute } from '../content/content-schema';
import { recogniseUrgent } from '../urgent/recognise-urgent';
import type { SearchIndex } from './build-index';
import { rankKey, TIER_NAME } from './ranking-rules';
import type { SearchHit, SearchResults } from './run-search';

export interface UrgentResult {
  route: UrgentRoute;
  /** The route's crisis message, shown directly below the card (null if the content has it no longer). */
  message: SearchHit | null;
}

export function withUrgentRoute(index: SearchIndex, results: SearchResults): SearchResults {
  const match = recogniseUrgent(index.urgent, results.query, index.isKnownWord);
  if (!match) return results;
  const r = match.route.message === undefined ? undefined : index.messageRecord.get(match.route.message);
  const message: SearchHit | null = r === undefined ? null : { record: index.records[r]!, score: rankKey(TIER_NAME, 0), tier: TIER_NAME };
  return { ...results, urgent: { route: match.route, message } };
}
