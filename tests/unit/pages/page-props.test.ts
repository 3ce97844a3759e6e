/** Settings and content → page props (utils/pages/page-props.ts, popup-props.ts): what each page is given, from policy and the user. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sidebarProps } from '../../../utils/pages/page-props';
import { popupLoggingState, popupProps } from '../../../utils/pages/popup-props';
import { refinementChoices } from '../../../utils/contacts/refinement-options';
import { resolveSettings } from '../../../utils/settings/resolve-settings';
import type { ContentState } from '../../../utils/feed/load-content';
import { fixtureContent } from '../feed/feed-test-kit';

const content = fixtureContent();
const state = { content } as ContentState;
const logging = { todayCount: 3, disabledReason: null, refinements: refinementChoices([]) };

describe('page props', () => {
  it('sidebar: the borough from the user, unlocked; from policy, locked; a search over the content', () => {
    const fromUser = sidebarProps(resolveSettings({}, { borough: 'camden' }), state);
    expect(fromUser).toMatchObject({ content, initialBorough: 'camden', boroughLocked: false });
    expect(JSON.stringify(fromUser.search('smoking', { borough: null }))).toContain('stop-smoking');
    const fromPolicy = sidebarProps(resolveSettings({ borough: 'islington' }, { borough: 'camden' }), state);
    expect(fromPolicy).toMatchObject({ initialBorough: 'islington', boroughLocked: true });
  });

  it('sidebar: the text size from the user, or a policy default they can change, or fixed by policy', () => {
    expect(sidebarProps(resolveSettings({}, { textSize: 130 }), state)).toMatchObject({ textSize: 130, textSizeLocked: false });
    expect(sidebarProps(resolveSettings({ recommended: { textSize: 150 } }, {}), state)).toMatchObject({
      textSize: 150,
      textSizeLocked: false,
    });
    expect(sidebarProps(resolveSettings({ textSize: 175 }, { textSize: 90 }), state)).toMatchObject({
      textSize: 175,
      textSizeLocked: true,
    });
  });

  it('sidebar: no log button when the organisation turned logging off, and the refinements policy leaves', () => {
    expect(sidebarProps(resolveSettings({ loggingEnabled: false }, {}), state).onLog).toBeUndefined();
    expect(sidebarProps(resolveSettings({}, {}), state).onLog).toBeTypeOf('function');
    const refinements = sidebarProps(resolveSettings({ hiddenRefinements: ['outcome'] }, {}), state).refinements;
    expect(refinements).toEqual(refinementChoices(['outcome']));
    expect(refinements).not.toEqual(refinementChoices([]));
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

  it('popup: the count, read after the first frame, is the log count, and an undo takes it back', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined); // the background, told of each change
    const before = (await popupLoggingState(resolveSettings({}, {}))).todayCount;
    const logged = await popupProps(logging).onLog(null);
    if (!logged.ok) throw new Error(logged.reason);
    expect((await popupLoggingState(resolveSettings({}, {}))).todayCount).toBe(before + 1);
    expect(await popupProps(logging).onUndo(logged.id)).toBe(before);
    expect(await popupLoggingState(resolveSettings({ loggingEnabled: false }, {}))).toMatchObject({
      disabledReason: expect.stringContaining('turned off') as string,
    });
  });
});
