/**
 * The feed's view of the settings. Trusted keys from settings or policy are ADDED
 * to the keys shipped in the build: nothing can remove a shipped key, and the
 * threshold is never below 1 (setting-definitions.ts), so verification cannot be
 * switched off.
 */
import { SHIPPED_TRUSTED_KEYS } from '../feed/shipped-keys';
import type { TrustedKey } from '../feed/trusted-keys';
import { resolveSettings } from './resolve-settings';
import type { Settings } from './setting-definitions';

export type FeedSettings = Pick<Settings, 'feedUrl' | 'feedName' | 'feedThreshold' | 'refreshHours' | 'overlayFeeds'> & {
  trustedKeys: TrustedKey[];
};

export function feedSettingsFrom(settings: Settings): FeedSettings {
  return {
    feedUrl: settings.feedUrl,
    feedName: settings.feedName,
    trustedKeys: [...SHIPPED_TRUSTED_KEYS, ...settings.trustedKeys],
    feedThreshold: settings.feedThreshold,
    refreshHours: settings.refreshHours,
    overlayFeeds: settings.overlayFeeds,
  };
}

/** Settings given as plain values (tests, tools): resolved with the same rules as policy. */
export function resolveFeedSettings(values: Partial<Settings> | null | undefined): FeedSettings {
  return feedSettingsFrom(resolveSettings(null, values).settings);
}
