/** watchSettings: one listener for every settings change, policy or the user's own, giving what is in force. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveUserSetting, watchSettings } from '../../../utils/settings/current-settings';
import type { ResolvedSettings } from '../../../utils/settings/resolve-settings';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchSettings', () => {
  it("hands over the settings in force after the user's own change and after a policy change, until stopped", async () => {
    const seen: ResolvedSettings[] = [];
    const stop = watchSettings((resolved) => seen.push(resolved));

    await saveUserSetting('team', 'Ward 4');
    await settle();
    expect(seen.at(-1)!.settings.team).toBe('Ward 4');
    expect(seen.at(-1)!.source.team).toBe('user');

    await fakeBrowser.storage.managed.set({ team: 'Outreach' });
    await settle();
    expect(seen.at(-1)!.settings.team).toBe('Outreach');
    expect(seen.at(-1)!.locked.has('team')).toBe(true);

    const count = seen.length;
    stop();
    await fakeBrowser.storage.managed.set({ team: 'Clinic' });
    await saveUserSetting('badge', false);
    await settle();
    expect(seen).toHaveLength(count);
  });

  it('ignores changes to other stored items', async () => {
    const handler = vi.fn();
    const stop = watchSettings(handler);
    await fakeBrowser.storage.local.set({ 'contacts.outboxExpired': { count: 1, lastOn: '2026-12-01' } });
    await settle();
    expect(handler).not.toHaveBeenCalled();
    stop();
  });
});
