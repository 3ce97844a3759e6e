/**
 * M1: what is IT's stays IT's. The browser's own storage (settings.user) may set only the
 * settings staff may change; a malformed policy value for a security setting fails
 * closed. Also the other policy checks: an unknown borough id (docs/admin.md, "Locked values
 * and recommended values"), duplicate overlay names (L3), minFeedVersion (L5).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentSettings, saveUserSetting } from '../../../utils/settings/current-settings';
import { resolveSettings } from '../../../utils/settings/resolve-settings';
import { SETTING_DEFINITIONS } from '../../../utils/settings/setting-definitions';

const KEY = { keyid: 'a'.repeat(64), publicKey: 'MCowBQYDK2VwAyEA' };
const ATTACKER = {
  overlayFeeds: [{ name: 'mine', url: 'https://attacker.example/o.json', trustedKeys: [KEY], areas: ['camden'] }],
  trustedKeys: [KEY],
  uploadEndpoint: 'https://attacker.example/collect',
  feedUrl: 'https://attacker.example/feed.json',
  hiddenTopics: ['smoking'],
  dateGranularity: 'hour',
  retentionDays: 1,
  loggingEnabled: false,
};

/** The first ```json block of docs/admin.md: "The example policy used in this guide". */
function adminGuidePolicy(): Record<string, unknown> {
  const doc = readFileSync('docs/admin.md', 'utf8');
  const section = doc.slice(doc.indexOf('### The example policy used in this guide'));
  return JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]!) as Record<string, unknown>;
}

describe('local overrides (M1)', () => {
  it('M1: with the admin-guide example policy, settings.user values for IT-only settings are ignored', () => {
    const r = resolveSettings(adminGuidePolicy(), ATTACKER);
    expect(r.settings.overlayFeeds).toEqual([]);
    expect(r.settings.trustedKeys).toEqual([]);
    expect(r.settings.uploadEndpoint).toBeNull();
    expect(r.settings.feedUrl).not.toBe(ATTACKER.feedUrl);
    expect(r.settings.dateGranularity).toBe('day');
    for (const name of Object.keys(ATTACKER)) expect(r.source[name as keyof typeof ATTACKER], name).not.toBe('user');
  });

  it('M1: even without any policy, the user layer reaches only user-editable settings', () => {
    const r = resolveSettings(null, { ...ATTACKER, team: 'Ward 4', borough: 'camden' });
    expect(r.source).toMatchObject({
      overlayFeeds: 'default',
      trustedKeys: 'default',
      uploadEndpoint: 'default',
      team: 'user',
      borough: 'user',
    });
    expect(r.warnings).toContain('saved setting "uploadEndpoint" ignored: only your organisation\'s policy can set it');
    const editable = SETTING_DEFINITIONS.filter((d) => d.userEditable).map((d) => d.name);
    expect(editable).toEqual(expect.arrayContaining(['badge', 'borough', 'team', 'toolbarMode']));
    for (const itOnly of [
      'feedUrl',
      'trustedKeys',
      'overlayFeeds',
      'uploadEndpoint',
      'distrustedKeyIds',
      'minFeedVersion',
      'dateGranularity',
    ]) {
      expect(editable, itOnly).not.toContain(itOnly);
    }
  });

  it('M1: saveUserSetting refuses a setting that is not user-editable', async () => {
    expect(await saveUserSetting('overlayFeeds', ATTACKER.overlayFeeds as never)).toBe(false);
    expect(await saveUserSetting('uploadEndpoint', 'https://attacker.example/collect')).toBe(false);
    expect(await saveUserSetting('trustedKeys', [KEY])).toBe(false);
    expect(await fakeBrowser.storage.local.get('settings.user')).toEqual({});
    expect(await saveUserSetting('team', 'Ward 4')).toBe(true);
  });

  it('M1: feedThreshold "2" (a REG_SZ string) locks the safe value and warns', () => {
    const r = resolveSettings({ ...adminGuidePolicy(), feedThreshold: '2' }, {});
    expect(r.settings.feedThreshold).toBe(16);
    expect(r.locked.has('feedThreshold')).toBe(true);
    expect(r.warnings).toEqual(['policy "feedThreshold" ignored: must be a whole number from 1 to 16; locked to the safe value 16']);
  });

  it('M1: a malformed overlays, keys or endpoint value locks "none" instead of falling open', () => {
    const r = resolveSettings({ overlayFeeds: 'camden', trustedKeys: {}, uploadEndpoint: 'http://receiver.example/' }, ATTACKER);
    expect(r.settings).toMatchObject({ overlayFeeds: [], trustedKeys: [], uploadEndpoint: null });
    expect([...r.locked].sort()).toEqual(['overlayFeeds', 'trustedKeys', 'uploadEndpoint']);
  });

  it('M1: the admin-guide example policy itself locks overlays, keys and endpoint', () => {
    const r = resolveSettings(adminGuidePolicy(), {});
    expect(r.warnings).toEqual([]);
    for (const name of ['overlayFeeds', 'trustedKeys', 'uploadEndpoint'] as const) expect(r.locked.has(name), name).toBe(true);
  });
});

describe('policy values checked against the content', () => {
  it('refuses a well-formed but unknown borough id with a warning instead of locking a blank picker', async () => {
    await fakeBrowser.storage.managed.set({ borough: 'narnia' });
    const r = await currentSettings();
    expect(r.settings.borough).toBeNull();
    expect(r.locked.has('borough')).toBe(false);
    expect(r.warnings).toEqual(['policy "borough" ignored: "narnia" is not an area id (see content/areas.json)']);
    await fakeBrowser.storage.managed.set({ borough: 'hackney' });
    expect((await currentSettings()).settings.borough).toBe('hackney');
  });

  it('L3: a policy with two overlays named camden yields a warning and only one overlay', () => {
    const entry = (url: string) => ({ name: 'camden', url, trustedKeys: [KEY], areas: ['camden'] });
    const r = resolveSettings({ overlayFeeds: [entry('https://a.example/1.json'), entry('https://b.example/2.json')] }, null);
    expect(r.settings.overlayFeeds.map((o) => o.url)).toEqual(['https://a.example/1.json']);
    expect(r.warnings).toEqual(['policy "overlayFeeds": entry 2 ignored: a second overlay named "camden"']);
  });

  it('H1: an overlay entry must declare its areas', () => {
    const r = resolveSettings({ overlayFeeds: [{ name: 'camden', url: 'https://a.example/1.json', trustedKeys: [KEY] }] }, null);
    expect(r.settings.overlayFeeds).toEqual([]);
    expect(r.warnings[0]).toMatch(/"areas" must list the area ids/);
  });

  it('L5: minFeedVersion is a policy setting; a malformed one accepts no main feed', () => {
    expect(resolveSettings({ minFeedVersion: 42 }, null).settings.minFeedVersion).toBe(42);
    expect(resolveSettings({ minFeedVersion: 'x' }, null).settings.minFeedVersion).toBe(Number.MAX_SAFE_INTEGER);
    expect(resolveSettings(null, { minFeedVersion: 1 }).source.minFeedVersion).toBe('default');
  });
});
