import type { ContentBundle } from '../content/content-schema';
import { buildIndex, type SearchIndex } from './build-index';
import { runSearch, type SearchOptions, type SearchResults } from './run-search';

/**
 * The sidebar's search over one content load. The index is built once, but not before the
 * first frame, which does not need it: by the first search that does, or when `buildLater`
 * (the page's "after the first frame") gets round to it, whichever comes first.
 */
export function searchContent(
  content: ContentBundle,
  buildLater?: (build: () => void) => void,
): (query: string, options: SearchOptions) => SearchResults {
  let index: SearchIndex | undefined;
  const ready = () => (index ??= buildIndex(content));
  buildLater?.(() => void ready());
  return (query, options) => runSearch(ready, query, options);
}
