/** The settings in force now, watching them change, and saving the user's own choices. */
import { onManagedPolicyChanged, readManagedPolicy } from '../browser/managed-storage';
// Only the areas file: importing the whole bundled content here put every message and
// service into the popup's, options' and evaluation page's code.
import bundledAreas from '../../content/areas.json';
import { userSettingsItem } from '../db/local-store';
import { resolveSettings, type ResolvedSettings } from './resolve-settings';
import { SETTING_DEFINITIONS, type ParseContext, type SettingName, type Settings } from './setting-definitions';

let context: ParseContext | undefined;
/** Area ids of the content shipped in this build: a borough in policy must be one of them. */
function parseContext(): ParseContext {
  context ??= { areaIds: new Set(bundledAreas.areas.map((a) => a.id)) };
  return context;
}

export async function currentSettings(): Promise<ResolvedSettings> {
  const [managed, user] = await Promise.all([readManagedPolicy(), userSettingsItem.getValue()]);
  return resolveSettings(managed, user, parseContext());
}

/**
 * Calls `handler` with the settings in force after every change to them: the organisation's
 * policy (which can arrive seconds after start-up, and IT can change) or the user's own choices.
 * The one place that knows where settings live; pages and the background only get the result.
 * Returns a stop function.
 */
export function watchSettings(handler: (resolved: ResolvedSettings) => void): () => void {
  const changed = () => {
    currentSettings().then(handler, (error: unknown) => console.error('Settings could not be re-read', error));
  };
  const stopUser = userSettingsItem.watch(changed);
  const stopPolicy = onManagedPolicyChanged(changed);
  return () => {
    stopUser();
    stopPolicy();
  };
}

const EDITABLE = new Set<string>(SETTING_DEFINITIONS.filter((d) => d.userEditable).map((d) => d.name));

/**
 * Saves one choice; refused (false) for a setting only IT may set (review M1) and for one
 * the organisation has locked.
 */
export async function saveUserSetting<K extends SettingName>(name: K, value: Settings[K]): Promise<boolean> {
  if (!EDITABLE.has(name)) return false;
  const { locked } = await currentSettings();
  if (locked.has(name)) return false;
  const user = (await userSettingsItem.getValue()) ?? {};
  await userSettingsItem.setValue({ ...user, [name]: value });
  return true;
}
