/**
 * The background's feed duties: check every configured feed on install, start-up,
 * every N hours and on request; one check at a time (an alarm and a button press
 * share the same run); tell open sidebars when new content was stored.
 */
import { scheduleRepeating } from '../browser/alarms';
import { broadcast } from '../browser/messages';
import type { UpdateSummary } from './update-summary';
import { currentSettings } from '../settings/current-settings';
import { feedSettingsFrom, type FeedSettings } from '../settings/feed-settings';
import { mainSource, overlaySources } from './feed-sources';
import { loadContent, type BuiltIn } from './load-content';
import { rememberTopics } from './remember-topics';
import { updateFeedSource, type UpdateDeps, type UpdateOutcome } from './update-feed';

export const FEED_ALARM = 'feed-refresh';

async function currentFeedSettings(): Promise<FeedSettings> {
  return feedSettingsFrom((await currentSettings()).settings);
}

/** Said to staff, so no internal feed names ("main", "overlay:camden"): "Content", "camden local content". */
function describe(source: string, outcome: UpdateOutcome): string {
  const what = source === 'main' ? 'Content' : `${source.replace(/^overlay:/, '')} local content`;
  if (outcome.status === 'updated') return `${what} updated to version ${outcome.version}`;
  if (outcome.status === 'unchanged') return `${what} already up to date`;
  return `${what} update failed: ${outcome.error.message}`;
}

/** Main feed first, then overlays checked against the main content they merge over. */
async function updateAllFeeds(settings: FeedSettings, builtIn: BuiltIn, deps: UpdateDeps = {}): Promise<UpdateSummary> {
  const lines: string[] = [];
  let ok = true;
  const record = (source: string, outcome: UpdateOutcome) => {
    lines.push(describe(source, outcome));
    ok &&= outcome.status !== 'failed';
  };
  const main = mainSource(settings);
  if (main) record('main', await updateFeedSource(main, deps));
  const overlays = overlaySources(settings);
  if (overlays.length > 0) {
    const base = (await loadContent({ ...settings, overlayFeeds: [] }, builtIn)).content;
    for (const overlay of overlays) record(overlay.source, await updateFeedSource(overlay, { ...deps, overlayBase: base }));
  }
  if (lines.length === 0) lines.push('No feed is configured: using the built-in content.');
  return { lines, ok };
}

export function createFeedUpdater(builtIn: BuiltIn) {
  let running: Promise<UpdateSummary> | null = null;
  return {
    /** Runs a check, or joins the one already running. */
    checkNow(): Promise<UpdateSummary> {
      running ??= (async () => {
        try {
          const result = await updateAllFeeds(await currentFeedSettings(), builtIn);
          // The popup's topic buttons come from this list, not from re-verifying the feed.
          await rememberTopics().catch((error: unknown) => console.warn('Could not store the topic list', error));
          // Sidebars reload on every finished check: new content, or a new reason to show.
          broadcast('feed:changed');
          return result;
        } finally {
          running = null;
        }
      })();
      return running;
    },
    async schedule(): Promise<void> {
      const settings = await currentFeedSettings();
      await scheduleRepeating(FEED_ALARM, settings.refreshHours * 60);
    },
  };
}
