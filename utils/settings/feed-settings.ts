/**
 * The feed's view of the settings. Trusted keys from policy are ADDED to the keys
 * shipped in the build, and the threshold is never below 1 (setting-definitions.ts), so
 * verification cannot be switched off. Only `distrustedKeyIds` removes a key, shipped
 * ones included (review L11): a leaked key can be revoked by policy before a release.
 */
import { SHIPPED_TRUSTED_KEYS } from '../feed/shipped-keys';
import type { TrustedKey } from '../feed/trusted-keys';
import { resolveSettings } from './resolve-settings';
import { DISTRUST_ALL, type Settings } from './setting-definitions';

export type FeedSettings = Pick<Settings, 'feedUrl' | 'feedName' | 'feedThreshold' | 'refreshHours' | 'overlayFeeds' | 'minFeedVersion'> & {
  trustedKeys: TrustedKey[];
};

export function feedSettingsFrom(settings: Settings): FeedSettings {
  // keyids are recomputed on import and an entry whose stated id is wrong is dropped, so
  // filtering on the stated id cannot be dodged by mislabelling a key.
  const distrusted = new Set(settings.distrustedKeyIds);
  const trusted = (keys: readonly TrustedKey[]) =>
    distrusted.has(DISTRUST_ALL) ? [] : keys.filter((k) => !distrusted.has(k.keyid.toLowerCase()));
  return {
    feedUrl: settings.feedUrl,
    feedName: settings.feedName,
    trustedKeys: trusted([...SHIPPED_TRUSTED_KEYS, ...settings.trustedKeys]),
    feedThreshold: settings.feedThreshold,
    refreshHours: settings.refreshHours,
    overlayFeeds: settings.overlayFeeds.map((o) => ({ ...o, trustedKeys: trusted(o.trustedKeys) })),
    minFeedVersion: settings.minFeedVersion,
  };
}

/** Settings given as plain values (tests, tools): resolved with the same rules as a policy. */
export function resolveFeedSettings(values: Partial<Settings> | null | undefined): FeedSettings {
  return feedSettingsFrom(resolveSettings(values, null).settings);
}
