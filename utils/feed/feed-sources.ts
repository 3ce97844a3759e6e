/** The feeds a configuration asks for: the main feed, then each overlay with its own keys and scope. */
import type { OverlayScope } from './overlay-scope';
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
  /** Main feed: refuse versions below this (policy minFeedVersion). */
  minVersion?: number;
  /** Overlays: what they may change (overlay-scope.ts). */
  scope?: OverlayScope;
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
    minVersion: settings.minFeedVersion,
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
    scope: {
      name: o.name,
      areas: o.areas,
      allowReplace: o.allowReplace,
      allowHide: o.allowHide,
      // Each overlay is scoped against the others too (T3-OVERLAY-CROSS).
      otherOverlays: settings.overlayFeeds.map((other) => other.name).filter((n) => n !== o.name),
    },
  }));
}
