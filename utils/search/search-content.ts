import type { ContentBundle } from '../content/content-schema';
import { buildIndex } from './build-index';
import { runSearch, type SearchOptions, type SearchResults } from './run-search';

/** The sidebar's search over one content load: the index is built once, here. */
export function searchContent(content: ContentBundle): (query: string, options: SearchOptions) => SearchResults {
  const index = buildIndex(content);
  return (query, options) => runSearch(index, query, options);
}
