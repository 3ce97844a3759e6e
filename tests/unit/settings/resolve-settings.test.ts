import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveSettings } from '../../../utils/settings/resolve-settings';
import { currentSettings, saveUserSetting } from '../../../utils/settings/current-settings';
import { resolveFeedSettings } from '../../../utils/settings/feed-settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings/setting-definitions';

const KEY = { keyid: 'a'.repeat(64), publicKey: 'MCowBQYDK2VwAyEA' };

describe('resolveSettings', () => {
  it('uses the defaults when nothing is set', () => {
    const r = resolveSettings(undefined, undefined);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.locked.size).toBe(0);
    expect(r.warnings).toEqual([]);
  });

  it('orders policy over user over recommended over default', () => {
    const r = resolveSettings(
      { borough: 'hackney', recommended: { team: 'Outreach', toolbarMode: 'instant', badge: false } },
      { borough: 'camden', team: 'Ward 4' },
    );
    expect(r.settings).toMatchObject({ borough: 'hackney', team: 'Ward 4', toolbarMode: 'instant', badge: false, retentionDays: 730 });
    expect(r.source).toMatchObject({ borough: 'policy', team: 'user', toolbarMode: 'recommended', retentionDays: 'default' });
  });

  it('locks what policy sets, and only that', () => {
    const r = resolveSettings({ borough: 'hackney', recommended: { team: 'Outreach' } }, {});
    expect([...r.locked]).toEqual(['borough']);
  });

  it('ignores malformed policy values with a warning; only the security settings lock their safe value', () => {
    const r = resolveSettings(
      {
        borough: 'Hackney Council',
        retentionDays: '30',
        loggingEnabled: 'no',
        uploadEndpoint: 'http://receiver.example/',
        trustedKeys: [{ keyid: 'short', publicKey: 'x' }],
        feedThreshold: 0,
        overlayFeeds: [{ name: 'Camden!', url: 'https://x.example/', trustedKeys: [] }],
        dateGranularity: 'minute',
      },
      {},
    );
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, feedThreshold: 16, trustedKeys: [], overlayFeeds: [], uploadEndpoint: null });
    expect([...r.locked].sort()).toEqual(['feedThreshold', 'overlayFeeds', 'trustedKeys', 'uploadEndpoint']);
    expect(r.warnings).toEqual([
      'policy "trustedKeys" ignored: every entry needs a 64-hex-digit "keyid" and a base64 "publicKey"; locked to the safe value []',
      'policy "feedThreshold" ignored: must be a whole number from 1 to 16; locked to the safe value 16',
      'policy "overlayFeeds" ignored: entry 1: "name" must be lower-case words joined by hyphens; locked to the safe value []',
      'policy "borough" ignored: must be an area id such as "hackney"',
      'policy "loggingEnabled" ignored: must be true or false',
      'policy "dateGranularity" ignored: must be one of "day", "hour"',
      'policy "retentionDays" ignored: must be a whole number from 1 to 3650',
      'policy "uploadEndpoint" ignored: must be an https:// URL; locked to the safe value null',
    ]);
  });

  it('warns about names it does not know, and about a policy that is not an object', () => {
    expect(resolveSettings({ boro: 'hackney', recommended: { colour: 'red' } }, {}).warnings).toEqual([
      'policy "boro" ignored: not a MECC Sidebar setting',
      'recommended policy "colour" ignored: not a MECC Sidebar setting',
    ]);
    expect(resolveSettings('hackney', {}).warnings).toEqual(['policy ignored: it is not an object']);
    expect(resolveSettings({ recommended: 'x' }, {}).warnings).toEqual(['policy "recommended" ignored: it is not an object']);
  });

  it('ignores a malformed saved value too', () => {
    const r = resolveSettings({}, { toolbarMode: 'sometimes' });
    expect(r.settings.toolbarMode).toBe('popup');
    expect(r.warnings).toEqual(['saved setting "toolbarMode" ignored: must be one of "popup", "instant"']);
  });

  it('adds policy keys to the shipped ones and never lets the threshold fall below 1', () => {
    const feed = resolveFeedSettings({ trustedKeys: [KEY], feedThreshold: 2 });
    expect(feed.trustedKeys).toContainEqual(KEY);
    expect(feed.feedThreshold).toBe(2);
    // A malformed threshold fails closed (review M1): more signatures than there can be.
    expect(resolveFeedSettings({ feedThreshold: 0 }).feedThreshold).toBe(16);
  });
});

describe('current settings from browser storage', () => {
  it('reads managed policy and refuses to save over a locked setting', async () => {
    await fakeBrowser.storage.managed.set({ borough: 'hackney' });
    expect(await saveUserSetting('borough', 'camden')).toBe(false);
    expect(await saveUserSetting('team', 'Ward 4')).toBe(true);
    const r = await currentSettings();
    expect(r.settings).toMatchObject({ borough: 'hackney', team: 'Ward 4' });
    expect(r.locked.has('borough')).toBe(true);
  });
});
