/**
 * What an extension page should show now: settings resolved, stored feeds
 * re-verified, overlays merged, and topics the organisation hid taken out.
 */
import { currentSettings } from '../settings/current-settings';
import { feedSettingsFrom } from '../settings/feed-settings';
import type { ResolvedSettings } from '../settings/resolve-settings';
import { builtInContent } from './built-in-content';
import { loadContent, type ContentState } from './load-content';
import { mergeOverlay } from './merge-overlay';

export async function currentContent(resolved?: ResolvedSettings): Promise<ContentState> {
  const { settings } = resolved ?? (await currentSettings());
  const state = await loadContent(feedSettingsFrom(settings), builtInContent);
  if (settings.hiddenTopics.length === 0) return state;
  // Hiding a topic is an overlay with nothing but `hide`: its messages go too.
  return { ...state, content: mergeOverlay(state.content, { content: {}, hide: settings.hiddenTopics }) };
}
