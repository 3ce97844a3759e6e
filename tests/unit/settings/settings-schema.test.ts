/** The settings type, the definitions and the managed schema agree, in both directions. */
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { managedSchema } from '../../../utils/settings/managed-schema';
import {
  DEFAULT_SETTINGS,
  RECOMMENDED_KEY,
  SETTING_DEFINITIONS,
  type SettingName,
  type Settings,
} from '../../../utils/settings/setting-definitions';

const committed = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
const names = SETTING_DEFINITIONS.map((d) => d.name);

describe('managed schema', () => {
  it('is the committed public/managed_schema.json (regenerate: npx tsx scripts/write-managed-schema.ts)', () => {
    expect(committed).toEqual(managedSchema());
  });

  it('has a property for every setting, and no setting without a property', () => {
    const props = Object.keys(committed.properties).filter((k) => k !== RECOMMENDED_KEY);
    expect(props.sort()).toEqual([...names].sort());
    expect(Object.keys(committed.properties[RECOMMENDED_KEY].properties).sort()).toEqual([...names].sort());
  });

  it('gives each property a type, a title and a description', () => {
    for (const [name, prop] of Object.entries<Record<string, unknown>>(committed.properties)) {
      expect(prop.type, name).toBeTruthy();
      expect(prop.title, name).toBeTruthy();
      expect(prop.description, name).toBeTruthy();
    }
  });

  it('declares each setting once and covers every field of Settings', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual([...names].sort());
    // Compile-time: the definitions' names are exactly the keys of Settings.
    expectTypeOf<(typeof SETTING_DEFINITIONS)[number]['name']>().toEqualTypeOf<keyof Settings>();
    expectTypeOf<SettingName>().toEqualTypeOf<keyof Settings>();
  });

  it('accepts every default as a valid value of its own setting', () => {
    for (const d of SETTING_DEFINITIONS) expect(d.parse(d.default as never, {}), d.name).toEqual({ ok: true, value: d.default });
  });
});
