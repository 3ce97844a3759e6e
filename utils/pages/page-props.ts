/**
 * Resolved settings and content → the side panel's props (the popup's are in popup-props.ts, the
 * evaluation page's come from utils/evaluation/evaluation-data.ts): the one place a setting becomes a page's
 * input, so the entrypoints only wire (docs/architecture.md, 40 lines at most) and a new setting
 * is one line here and one test, not a squeeze in an entrypoint. Pure apart from the logging
 * callbacks, which tell the background after each change (badge, upload).
 */
import type { ContentState } from '../feed/load-content';
import { loggingPolicy, pageLogCallbacks } from '../contacts/page-actions';
import type { ResolvedSettings } from '../settings/resolve-settings';
import { searchContent } from '../search/search-content';

/**
 * The side panel's App: content, its search, the borough choice, logging. With `indexNow` the
 * search index is built before the App is drawn: when the topic list is already on screen (the
 * page's first frame, utils/pages/first-frame-draw.ts), so the cursor reaches the search box
 * only once a search can be answered at once. Without it, the index is built after the first frame.
 */
export function sidebarProps(resolved: ResolvedSettings, state: ContentState, { indexNow = false } = {}) {
  const log = pageLogCallbacks('sidebar', loggingPolicy(resolved));
  return {
    content: state.content,
    search: indexNow ? searchContent(state.content, (build) => build()) : searchContent(state.content),
    initialBorough: resolved.settings.borough,
    boroughLocked: resolved.locked.has('borough'),
    textSize: resolved.settings.textSize,
    textSizeLocked: resolved.locked.has('textSize'),
    onLog: log.onLog,
    onUndoLog: log.onUndo,
    refinements: log.refinements,
    onRefineLog: log.onRefine,
  };
}
