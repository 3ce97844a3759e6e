/** How contacts are logged and reported: the contact log's view of the settings. */
import { resolveSettings } from './resolve-settings';
import type { Settings } from './setting-definitions';

export type ContactSettings = Pick<
  Settings,
  'loggingEnabled' | 'dateGranularity' | 'retentionDays' | 'uploadEndpoint' | 'organisationCode' | 'organisationName' | 'team' | 'badge'
>;

export function contactSettingsFrom(s: Settings): ContactSettings {
  const { loggingEnabled, dateGranularity, retentionDays, uploadEndpoint, organisationCode, organisationName, team, badge } = s;
  return { loggingEnabled, dateGranularity, retentionDays, uploadEndpoint, organisationCode, organisationName, team, badge };
}

/** Settings given as plain values (tests, tools): resolved with the same rules as a policy. */
export function resolveContactSettings(values: Partial<Settings> | null | undefined): ContactSettings {
  return contactSettingsFrom(resolveSettings(values, null).settings);
}
