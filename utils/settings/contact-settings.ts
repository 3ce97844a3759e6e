/** How contacts are logged and reported: the contact log's view of the settings. */
import { resolveSettings } from './resolve-settings';
import type { Settings } from './setting-definitions';

const CONTACT_SETTING_NAMES = [
  'loggingEnabled',
  'dateGranularity',
  'retentionDays',
  'uploadEndpoint',
  'uploadWindowHours',
  'organisationCode',
  'organisationName',
  'team',
  'badge',
] as const satisfies ReadonlyArray<keyof Settings>;

export type ContactSettings = Pick<Settings, (typeof CONTACT_SETTING_NAMES)[number]>;

export function contactSettingsFrom(s: Settings): ContactSettings {
  return Object.fromEntries(CONTACT_SETTING_NAMES.map((name) => [name, s[name]])) as ContactSettings;
}

/** Settings given as plain values (tests, tools): resolved with the same rules as a policy. */
export function resolveContactSettings(values: Partial<Settings> | null | undefined): ContactSettings {
  return contactSettingsFrom(resolveSettings(values, null).settings);
}
