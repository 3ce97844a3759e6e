/** The settings in force now, and saving the user's own choices. */
import { readManagedPolicy } from '../browser/managed-storage';
import { userSettingsItem } from '../db/local-store';
import { resolveSettings, type ResolvedSettings } from './resolve-settings';
import type { SettingName, Settings } from './setting-definitions';

export async function currentSettings(): Promise<ResolvedSettings> {
  const [managed, user] = await Promise.all([readManagedPolicy(), userSettingsItem.getValue()]);
  return resolveSettings(managed, user);
}

/** Saves one choice; refused (false) when the organisation has locked the setting. */
export async function saveUserSetting<K extends SettingName>(name: K, value: Settings[K]): Promise<boolean> {
  const { locked } = await currentSettings();
  if (locked.has(name)) return false;
  const user = (await userSettingsItem.getValue()) ?? {};
  await userSettingsItem.setValue({ ...user, [name]: value });
  return true;
}
