/**
 * The order results appear in the sidebar: the best match, then messages, then services;
 * above them all, an urgent route's crisis message (urgent-floor.ts), below its card.
 * When nothing matches well enough for those lists, the weaker results are shown
 * instead of folded away, so the screen is never empty while something was found.
 * components/ResultList.tsx renders this order; the ranking set is judged on it.
 */
import type { SearchHit, SearchResults } from './run-search';

export function resultsOnScreen(results: SearchResults): SearchHit[] {
  const main = [...(results.best ? [results.best] : []), ...results.messages, ...results.services];
  const ranked = main.length > 0 ? main : results.others;
  // The urgent route's crisis message goes directly below the urgent card, once.
  const crisis = results.urgent?.message;
  return crisis ? [crisis, ...ranked.filter((h) => h.record !== crisis.record)] : ranked;
}

/** The weaker results are folded under "Other results" only when there is something above them. */
export function othersFolded(results: SearchResults): boolean {
  return results.best !== null || results.messages.length > 0 || results.services.length > 0;
}
