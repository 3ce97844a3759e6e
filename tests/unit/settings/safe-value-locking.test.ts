/**
 * Fail-closed settings (resolve-settings.ts, security review M1), one row per edge: for every
 * setting that guards content or data, a malformed policy value locks its safe value; a value
 * just inside its range is taken as it is and one just outside is malformed; a malformed
 * recommended value gives the safe value too; the browser's own storage never sets any of them;
 * and a setting with no safe value falls back to its default, unlocked.
 */
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../../utils/settings/resolve-settings';
import { DEFAULT_SETTINGS, DISTRUST_ALL, SETTING_DEFINITIONS, type SettingName } from '../../../utils/settings/setting-definitions';

const KEY = { keyid: 'ab'.repeat(32), publicKey: 'MCowBQYDK2VwAyEA' };
const OVERLAY = { name: 'islington', url: 'https://feeds.example/islington.json', trustedKeys: [KEY], areas: ['islington'] };

/** The settings that lock a safe value, and that value: the list is part of the security design. */
const GUARDED: Partial<Record<SettingName, unknown>> = {
  trustedKeys: [],
  feedThreshold: 16,
  overlayFeeds: [],
  distrustedKeyIds: [DISTRUST_ALL],
  minFeedVersion: Number.MAX_SAFE_INTEGER,
  uploadEndpoint: null,
};

type Row = [setting: SettingName, policyValue: unknown, expected: unknown, kind: 'taken' | 'safe'];
const CASES: Row[] = [
  ['feedThreshold', 0, 16, 'safe'],
  ['feedThreshold', 1, 1, 'taken'],
  ['feedThreshold', 16, 16, 'taken'],
  ['feedThreshold', 17, 16, 'safe'],
  ['feedThreshold', 1.5, 16, 'safe'],
  ['feedThreshold', '2', 16, 'safe'],
  ['feedThreshold', null, 16, 'safe'],
  ['minFeedVersion', 0, Number.MAX_SAFE_INTEGER, 'safe'],
  ['minFeedVersion', 1, 1, 'taken'],
  ['minFeedVersion', 40, 40, 'taken'],
  ['minFeedVersion', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 'taken'],
  ['minFeedVersion', Number.MAX_SAFE_INTEGER + 2, Number.MAX_SAFE_INTEGER, 'safe'],
  ['minFeedVersion', '40', Number.MAX_SAFE_INTEGER, 'safe'],
  ['trustedKeys', [KEY], [KEY], 'taken'],
  ['trustedKeys', [], [], 'taken'],
  ['trustedKeys', [KEY, { keyid: 'ab'.repeat(31), publicKey: 'x' }], [], 'safe'],
  ['trustedKeys', KEY, [], 'safe'],
  ['distrustedKeyIds', ['AB'.repeat(32)], ['ab'.repeat(32)], 'taken'],
  ['distrustedKeyIds', [], [], 'taken'],
  ['distrustedKeyIds', ['ab'.repeat(32), 'not-a-key'], [DISTRUST_ALL], 'safe'],
  ['distrustedKeyIds', Array(257).fill('ab'.repeat(32)), [DISTRUST_ALL], 'safe'],
  ['overlayFeeds', [OVERLAY], [{ ...OVERLAY, threshold: 1, allowReplace: [], allowHide: [] }], 'taken'],
  ['overlayFeeds', [{ ...OVERLAY, areas: [] }], [], 'safe'],
  ['overlayFeeds', [OVERLAY, { ...OVERLAY, name: 'camden', url: 'http://feeds.example/camden.json' }], [], 'safe'],
  ['overlayFeeds', [{ ...OVERLAY, threshold: 17 }], [], 'safe'],
  ['uploadEndpoint', 'https://receiver.example/contacts', 'https://receiver.example/contacts', 'taken'],
  ['uploadEndpoint', '', null, 'taken'],
  ['uploadEndpoint', 'http://receiver.example/contacts', null, 'safe'],
  ['uploadEndpoint', 'javascript:alert(1)', null, 'safe'],
  ['uploadEndpoint', 42, null, 'safe'],
];

describe('policy safe-value locking, every edge (M1)', () => {
  it('guards exactly the settings the security design names, with those safe values', () => {
    const declared = Object.fromEntries(SETTING_DEFINITIONS.filter((d) => d.safeValue !== undefined).map((d) => [d.name, d.safeValue]));
    expect(declared).toEqual(GUARDED);
  });

  it.each(CASES)('policy %s = %j resolves to %j (%s), locked', (name, value, expected, kind) => {
    const r = resolveSettings({ [name]: value }, {});
    expect(r.settings[name]).toEqual(expected);
    expect(r.locked.has(name)).toBe(true);
    expect(r.source[name]).toBe('policy');
    if (kind === 'safe')
      expect(r.warnings).toEqual([expect.stringMatching(new RegExp(`^policy "${name}" ignored: .*; locked to the safe value `))]);
    else expect(r.warnings).toEqual([]);
  });

  it.each(Object.entries(GUARDED))('a malformed %s beats a valid recommended one: the safe value, locked', (name, safe) => {
    const valid = {
      trustedKeys: [KEY],
      feedThreshold: 2,
      overlayFeeds: [OVERLAY],
      distrustedKeyIds: [],
      minFeedVersion: 3,
      uploadEndpoint: 'https://r.example/',
    };
    const r = resolveSettings({ [name]: 'malformed', recommended: { [name]: valid[name as keyof typeof valid] } }, {});
    expect(r.settings[name as SettingName]).toEqual(safe);
    expect(r.locked.has(name as SettingName)).toBe(true);
  });

  it.each(Object.entries(GUARDED))('a malformed recommended %s gives the safe value, not the default', (name, safe) => {
    const r = resolveSettings({ recommended: { [name]: 'malformed' } }, {});
    expect(r.settings[name as SettingName]).toEqual(safe);
    expect(r.source[name as SettingName]).toBe('recommended');
    expect(r.warnings).toEqual([expect.stringMatching(new RegExp(`^recommended policy "${name}" ignored: .*; using the safe value `))]);
  });

  it.each(Object.keys(GUARDED))('the browser storage cannot set %s, valid or not', (name) => {
    for (const value of ['malformed', GUARDED[name as SettingName]]) {
      const r = resolveSettings({}, { [name]: value });
      expect(r.settings[name as SettingName]).toEqual(DEFAULT_SETTINGS[name as SettingName]);
      expect(r.source[name as SettingName]).toBe('default');
      expect(r.warnings).toEqual([`saved setting "${name}" ignored: only your organisation's policy can set it`]);
    }
  });

  it.each([
    ['refreshHours', 0],
    ['retentionDays', 3651],
    ['feedUrl', 'http://feeds.example/main.json'],
    ['loggingEnabled', 'yes'],
  ] as const)('a malformed %s (no safe value) falls back to its default, unlocked', (name, value) => {
    const r = resolveSettings({ [name]: value }, {});
    expect(r.settings[name]).toEqual(DEFAULT_SETTINGS[name]);
    expect(r.locked.has(name)).toBe(false);
    expect(r.warnings).toEqual([expect.not.stringMatching(/safe value/)]);
  });
});
