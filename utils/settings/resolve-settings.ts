/**
 * One answer to "what is in force": managed policy over the user's choice over the
 * policy's recommended defaults over the built-in defaults. A policy value locks its
 * setting; a recommended value is only a default. A malformed value is ignored with a
 * warning (shown on the diagnostics page), never a crash. A malformed policy value for a
 * setting that guards content or data (keys, threshold, overlays, upload endpoint) locks
 * that setting's safe value instead, so a typo fails closed (review M1). A malformed
 * recommended value for such a setting gives the safe value too (not locked, as nothing else
 * may set it): for settings staff cannot edit, the recommended value is the one in force.
 *
 * The user layer (the browser's own storage.local) may set only `userEditable` settings:
 * anything that can write the profile could otherwise add its own feed keys or overlays
 * or an upload endpoint wherever policy left them unset (review M1).
 */
import {
  DEFAULT_SETTINGS,
  RECOMMENDED_KEY,
  SETTING_DEFINITIONS,
  type ParseContext,
  type SettingDefinition,
  type SettingName,
  type Settings,
} from './setting-definitions';

export type SettingSource = 'policy' | 'user' | 'recommended' | 'default';

export interface ResolvedSettings {
  settings: Settings;
  /** Set by the organisation's policy: shown as such and not changeable. */
  locked: ReadonlySet<SettingName>;
  source: Record<SettingName, SettingSource>;
  /** One line per ignored policy or user value. */
  warnings: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const KNOWN = new Set<string>(SETTING_DEFINITIONS.map((d) => d.name));

function take(
  layer: Record<string, unknown>,
  definition: SettingDefinition,
  label: string,
  warnings: string[],
  context: ParseContext,
): { found: true; value: unknown } | { found: false; malformed: boolean } {
  if (!Object.hasOwn(layer, definition.name) || layer[definition.name] === undefined) return { found: false, malformed: false };
  const parsed = definition.parse(layer[definition.name], context);
  if (parsed.ok) {
    for (const w of parsed.warnings ?? []) warnings.push(`${label} "${definition.name}": ${w}`);
    return { found: true, value: parsed.value };
  }
  const fallback =
    label === 'saved setting' || definition.safeValue === undefined
      ? ''
      : `; ${label === 'policy' ? 'locked to' : 'using'} the safe value ${JSON.stringify(definition.safeValue)}`;
  warnings.push(`${label} "${definition.name}" ignored: ${parsed.reason}${fallback}`);
  return { found: false, malformed: true };
}

export function resolveSettings(managed: unknown, user: unknown, context: ParseContext = {}): ResolvedSettings {
  const warnings: string[] = [];
  const policy = isObject(managed) ? managed : {};
  if (managed !== undefined && managed !== null && !isObject(managed)) warnings.push('policy ignored: it is not an object');
  const recommended = isObject(policy[RECOMMENDED_KEY]) ? (policy[RECOMMENDED_KEY] as Record<string, unknown>) : {};
  if (RECOMMENDED_KEY in policy && !isObject(policy[RECOMMENDED_KEY]))
    warnings.push(`policy "${RECOMMENDED_KEY}" ignored: it is not an object`);
  for (const key of Object.keys(policy)) {
    if (key !== RECOMMENDED_KEY && !KNOWN.has(key)) warnings.push(`policy "${key}" ignored: not a MECC Sidebar setting`);
  }
  for (const key of Object.keys(recommended)) {
    if (!KNOWN.has(key)) warnings.push(`recommended policy "${key}" ignored: not a MECC Sidebar setting`);
  }
  const userLayer = isObject(user) ? user : {};

  const settings = { ...DEFAULT_SETTINGS } as Record<SettingName, unknown>;
  const source = {} as Record<SettingName, SettingSource>;
  const locked = new Set<SettingName>();
  for (const definition of SETTING_DEFINITIONS as readonly SettingDefinition[]) {
    const name = definition.name;
    source[name] = 'default';
    const fromPolicy = take(policy, definition, 'policy', warnings, context);
    if (fromPolicy.found || (fromPolicy.malformed && definition.safeValue !== undefined)) {
      settings[name] = fromPolicy.found ? fromPolicy.value : structuredClone(definition.safeValue);
      source[name] = 'policy';
      locked.add(name);
      continue;
    }
    if (!definition.userEditable) {
      if (Object.hasOwn(userLayer, name) && userLayer[name] !== undefined) {
        warnings.push(`saved setting "${name}" ignored: only your organisation's policy can set it`);
      }
    } else {
      const fromUser = take(userLayer, definition, 'saved setting', warnings, context);
      if (fromUser.found) {
        settings[name] = fromUser.value;
        source[name] = 'user';
        continue;
      }
    }
    const fromRecommended = take(recommended, definition, 'recommended policy', warnings, context);
    if (fromRecommended.found || (fromRecommended.malformed && definition.safeValue !== undefined)) {
      settings[name] = fromRecommended.found ? fromRecommended.value : structuredClone(definition.safeValue);
      source[name] = 'recommended';
    }
  }
  return { settings: settings as unknown as Settings, locked, source, warnings };
}
