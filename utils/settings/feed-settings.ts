/**
 * Where content comes from and whom to trust. Defaults ship in the build; local
 * settings (and, later, managed policy) can point at a feed and ADD trusted keys.
 * Nothing can remove the shipped keys or switch verification off: the threshold is
 * never below 1 and an unsigned feed is never accepted.
 */
import type { TrustedKey } from '../feed/trusted-keys';
import { SHIPPED_TRUSTED_KEYS } from '../feed/shipped-keys';

export interface OverlaySource {
  /** Short id, e.g. `hackney`; the overlay is stored as `overlay:<name>`. */
  name: string;
  url: string;
  /** The overlay's own keys: a borough signs its own services. */
  trustedKeys: TrustedKey[];
  threshold: number;
}

export interface FeedSettings {
  /** The signed pan-London feed, or null to use the built-in content only. */
  feedUrl: string | null;
  /** The `feed` name the payload must carry. */
  feedName: string;
  /** Added to the shipped keys. */
  trustedKeys: TrustedKey[];
  threshold: number;
  refreshHours: number;
  overlays: OverlaySource[];
}

export const DEFAULT_FEED_SETTINGS: FeedSettings = {
  // No public feed is published yet; IT sets the organisation's feed by settings or policy.
  feedUrl: null,
  feedName: 'pan-london',
  trustedKeys: [],
  threshold: 1,
  refreshHours: 6,
  overlays: [],
};

/** Stored settings over defaults; keys are added to the shipped ones, never replace them. */
export function resolveFeedSettings(stored: Partial<FeedSettings> | null | undefined): FeedSettings {
  const s = { ...DEFAULT_FEED_SETTINGS, ...(stored ?? {}) };
  return {
    ...s,
    trustedKeys: [...SHIPPED_TRUSTED_KEYS, ...(Array.isArray(s.trustedKeys) ? s.trustedKeys : [])],
    threshold: Math.max(1, Math.floor(Number(s.threshold) || 1)),
    refreshHours: Math.min(168, Math.max(1, Number(s.refreshHours) || DEFAULT_FEED_SETTINGS.refreshHours)),
    overlays: Array.isArray(s.overlays) ? s.overlays : [],
  };
}
