import type { ContentBundle } from '../content/content-schema';
import { emptyBundle } from '../content/merge-content-files';
import { buildIndex, type SearchIndex } from './build-index';
import { runSearch, type SearchOptions, type SearchResults } from './run-search';

/**
 * Once the frame being drawn is painted and the page is idle: a frame callback runs just before
 * the frame; an idle callback after it, once the tasks waiting then (the page's effects, a first
 * click or key) have run, so building the index never holds up the first thing staff do. A
 * search that comes first builds it itself. (The timeout: never later than half a second.)
 */
function afterFirstFrame(build: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(build, { timeout: 500 }) : setTimeout(build),
  );
}

/**
 * The sidebar's search over one content load. The index is built once, but not before the
 * first frame, which searches for nothing: by the first search for something, or when
 * `buildLater` (by default, just after the first frame) gets round to it, whichever comes first;
 * the long text's and the common words in the task after that.
 * A blank query with no topic finds nothing whatever the index holds (and names no urgent
 * route), so until then it runs over an empty one.
 */
export function searchContent(
  content: ContentBundle,
  buildLater: ((build: () => void) => void) | undefined = afterFirstFrame,
  // The builder is a parameter so tests can count builds without mocking a module, which the
  // unit loop's shared module graph would not honour in every file order.
  build: (content: ContentBundle) => SearchIndex = buildIndex,
): (query: string, options: SearchOptions) => SearchResults {
  let index: SearchIndex | undefined;
  let blank: SearchIndex | undefined;
  const ready = () => (index ??= build(content));
  buildLater?.(() => {
    ready();
    // The long text's words (build-index.ts) are read only when nothing matches every word, the
    // common words by the first partial match, which most first queries of two or three letters
    // are: built in a task of their own, so neither the first frame nor the index waits for them.
    buildLater(() => {
      ready().longText();
      ready().prepare();
    });
  });
  return (query, options) => {
    const nothingAsked = index === undefined && query.trim() === '' && !options.topic;
    return runSearch(nothingAsked ? (blank ??= build(emptyBundle())) : ready(), query, options);
  };
}
