/**
 * The content the sidebar shows: the stored signed feed (re-verified on every load,
 * so tampering with the database is caught) with any overlays merged over it, or the
 * built-in content before the first good update. Never "no content": a feed that no
 * longer verifies falls back to the built-in content and says why.
 */
import type { ContentBundle } from '../content/content-schema';
import { todayIso } from '../content/today';
import { getFeedStatus, getStoredFeed } from '../db/feed-store';
import type { StoredFeed } from '../db/open-db';
import type { FeedSettings } from '../settings/feed-settings';
import { mainSource, overlaySources, type FeedSource } from './feed-sources';
import { mergeOverlays, type OverlayInput } from './merge-overlay';
import { verifyFeed } from './verify-feed';

export interface LoadedFeedInfo {
  source: string;
  version: number;
  issued: string;
  expires: string;
  /** Past `expires`: still shown (better than nothing) but flagged "out of date". */
  outOfDate: boolean;
}

export interface ContentState {
  content: ContentBundle;
  origin: 'built-in' | 'feed';
  main: LoadedFeedInfo | null;
  overlays: LoadedFeedInfo[];
  /** Why an update or a stored feed was refused, newest first, one line each. */
  problems: Array<{ source: string; message: string; at: string }>;
}

/**
 * Verify a stored feed as of a moment it was live (just before its expiry at the
 * latest), so expiry alone flags it out of date instead of throwing it away.
 */
async function reverify(stored: StoredFeed, source: FeedSource, now: Date, overlayBase?: ContentBundle) {
  const expires = Date.parse(stored.expires);
  const asOf = Number.isFinite(expires) && expires <= now.getTime() ? new Date(expires - 1) : now;
  const verdict = await verifyFeed(stored.envelope, {
    trustedKeys: source.trustedKeys,
    threshold: source.threshold,
    feedName: source.feedName,
    now: asOf,
    today: todayIso(asOf),
    stored: null,
    overlayBase: source.overlay ? overlayBase : undefined,
  });
  if (!verdict.ok) return { ok: false as const, message: `stored content refused: ${verdict.error.message}` };
  const info: LoadedFeedInfo = {
    source: source.source,
    version: verdict.feed.version,
    issued: verdict.feed.issued,
    expires: verdict.feed.expires,
    outOfDate: Date.parse(verdict.feed.expires) <= now.getTime(),
  };
  return { ok: true as const, feed: verdict.feed, info };
}

async function lastError(source: string) {
  const status = await getFeedStatus(source);
  if (!status.lastError) return null;
  return { source, message: status.lastError.message, at: status.lastError.at };
}

export async function loadContent(settings: FeedSettings, builtIn: ContentBundle, now = new Date()): Promise<ContentState> {
  const problems: ContentState['problems'] = [];
  let content = builtIn;
  let main: LoadedFeedInfo | null = null;

  const mainFeed = mainSource(settings);
  if (mainFeed) {
    const stored = await getStoredFeed('main');
    if (stored && stored.url === mainFeed.url) {
      const result = await reverify(stored, mainFeed, now);
      if (result.ok) {
        content = result.feed.content;
        main = result.info;
      } else {
        problems.push({ source: 'main', message: result.message, at: now.toISOString() });
      }
    }
    const error = await lastError('main');
    if (error) problems.push(error);
  }

  const overlays: LoadedFeedInfo[] = [];
  const inputs: OverlayInput[] = [];
  for (const source of overlaySources(settings)) {
    const stored = await getStoredFeed(source.source);
    if (stored && stored.url === source.url) {
      const result = await reverify(stored, source, now, content);
      if (result.ok) {
        inputs.push({ content: result.feed.content, hide: result.feed.hide });
        overlays.push(result.info);
      } else {
        problems.push({ source: source.source, message: result.message, at: now.toISOString() });
      }
    }
    const error = await lastError(source.source);
    if (error) problems.push(error);
  }

  problems.sort((a, b) => b.at.localeCompare(a.at));
  return {
    content: inputs.length > 0 ? mergeOverlays(content, inputs) : content,
    origin: main ? 'feed' : 'built-in',
    main,
    overlays,
    problems,
  };
}
