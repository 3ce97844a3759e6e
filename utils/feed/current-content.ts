/** What an extension page should show now: settings resolved, stored feeds re-verified. */
import { bundledContent } from '../content/bundled-content';
import { currentFeedSettings } from './feed-updater';
import { loadContent, type ContentState } from './load-content';

export async function currentContent(): Promise<ContentState> {
  return loadContent(await currentFeedSettings(), bundledContent());
}
