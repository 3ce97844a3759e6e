/** The feeds a configuration asks for: the main feed, then each overlay with its own keys. */
import type { TrustedKey } from './trusted-keys';
import type { FeedSettings } from '../settings/feed-settings';

export interface FeedSource {
  /** `main` or `overlay:<name>`: the storage key. */
  source: string;
  url: string;
  /** The name the signed payload must carry. */
  feedName: string;
  trustedKeys: readonly TrustedKey[];
  threshold: number;
  overlay: boolean;
}

export function mainSource(settings: FeedSettings): FeedSource | null {
  if (!settings.feedUrl) return null;
  return {
    source: 'main',
    url: settings.feedUrl,
    feedName: settings.feedName,
    trustedKeys: settings.trustedKeys,
    threshold: settings.feedThreshold,
    overlay: false,
  };
}

export function overlaySources(settings: FeedSettings): FeedSource[] {
  return settings.overlayFeeds.map((o) => ({
    source: `overlay:${o.name}`,
    url: o.url,
    feedName: o.name,
    trustedKeys: o.trustedKeys,
    threshold: Math.max(1, o.threshold || 1),
    overlay: true,
  }));
}
