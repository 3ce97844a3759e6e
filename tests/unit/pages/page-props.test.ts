/** Settings and content → page props (utils/pages/page-props.ts): what each page is given, from policy and the user. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evaluationProps, popupProps, sidebarProps } from '../../../utils/pages/page-props';
import { refinementChoices } from '../../../utils/contacts/refinement-options';
import { resolveSettings } from '../../../utils/settings/resolve-settings';
import type { ContentState } from '../../../utils/feed/load-content';
import { fixtureContent } from '../feed/feed-test-kit';

const content = fixtureContent();
const state = { content } as ContentState;
const logging = { todayCount: 3, disabledReason: null, refinements: refinementChoices([]) };

describe('page props', () => {
  it('sidebar: the borough from the user, unlocked; from policy, locked; a search over the content', () => {
    const fromUser = sidebarProps(resolveSettings({}, { borough: 'camden' }), state, logging);
    expect(fromUser).toMatchObject({ content, initialBorough: 'camden', boroughLocked: false });
    expect(JSON.stringify(fromUser.search('smoking', { borough: null }))).toContain('stop-smoking');
    const fromPolicy = sidebarProps(resolveSettings({ borough: 'islington' }, { borough: 'camden' }), state, logging);
    expect(fromPolicy).toMatchObject({ initialBorough: 'islington', boroughLocked: true });
  });

  it('sidebar: no log button when the organisation turned logging off, and the refinements policy leaves', () => {
    const off = sidebarProps(resolveSettings({}, {}), state, { ...logging, disabledReason: 'off' });
    expect(off.onLog).toBeUndefined();
    const hidden = refinementChoices(['outcome']);
    expect(sidebarProps(resolveSettings({}, {}), state, { ...logging, refinements: hidden }).refinements).toBe(hidden);
  });

  it('popup: drawn before the log is read with a working button and no count, then with the count', () => {
    expect(popupProps({})).toMatchObject({ todayCount: null, disabledReason: null, refinements: undefined });
    expect(popupProps(logging)).toMatchObject({ todayCount: 3, disabledReason: null });
  });

  it('popup: a log from a topic button records that topic and tells the background', async () => {
    const told = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(told);
    const result = await popupProps(logging).onLog('smoking');
    expect(result.ok).toBe(true);
    await vi.waitFor(() => expect(told).toHaveBeenCalledWith(expect.objectContaining({ type: 'contacts:changed' }), expect.anything()));
  });

  it('evaluation: names for ids, the organisation and the modelled-impact choice from policy', () => {
    const resolved = resolveSettings({ organisationCode: 'RAL', team: 'Outreach', modelledImpact: true }, {});
    const props = evaluationProps(resolved, content, { records: [], damaged: [], contentVersion: 'feed:7', today: '2026-12-07' });
    expect(props.topics.get('smoking')).toBe(content.topics.find((t) => t.id === 'smoking')!.title);
    expect(props.services.get('quit-line')).toBe(content.services.find((s) => s.id === 'quit-line')!.name);
    expect(props).toMatchObject({
      organisation: { code: 'RAL', name: null, team: 'Outreach' },
      modelledImpact: { on: true, locked: true },
      contentVersion: 'feed:7',
      today: '2026-12-07',
    });
    expect(evaluationProps(resolveSettings({}, { modelledImpact: true }), content, props).modelledImpact).toEqual({
      on: true,
      locked: false,
    });
  });
});
