/**
 * The need a search is about, for the "In <borough>" strip: the topic being browsed, or
 * else the main topic of the first result on screen (the best match, or the first
 * message, or the first service). "debt advice" → money, "fags" → smoking. Undefined when
 * nothing is on screen: then there is no need to speak for.
 */
import type { SearchResults } from './run-search';
import { resultsOnScreen } from './results-on-screen';

export function resultsNeed(results: SearchResults, browsingTopic: string | null): string | undefined {
  if (browsingTopic) return browsingTopic;
  const first = resultsOnScreen(results)[0];
  return first?.record.topics[0];
}
