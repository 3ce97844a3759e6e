/**
 * The Chrome/Edge managed-storage schema (public/managed_schema.json), generated
 * from the setting definitions so the schema and the settings can never disagree.
 * Format: https://www.chromium.org/administrators/configuring-policy-for-extensions/
 */
import { RECOMMENDED_KEY, SETTING_DEFINITIONS } from './setting-definitions';

export function managedSchema(): object {
  const properties: Record<string, object> = {};
  for (const d of SETTING_DEFINITIONS) {
    properties[d.name] = { title: d.title, description: d.description, ...d.schema };
  }
  return {
    type: 'object',
    properties: {
      ...properties,
      [RECOMMENDED_KEY]: {
        title: 'Recommended settings',
        description: 'Defaults the user may change. Same names as above; a value set outside "recommended" is locked instead.',
        type: 'object',
        properties,
      },
    },
  };
}
