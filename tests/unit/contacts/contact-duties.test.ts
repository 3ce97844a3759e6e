/** The background's contact duties against the fake browser: toolbar mode, badge, instant logging. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContactDuties } from '../../../utils/contacts/contact-duties';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { listContacts } from '../../../utils/db/contacts-store';
import { userSettingsItem } from '../../../utils/db/local-store';

let setPopup: ReturnType<typeof vi.fn>;
let setBadgeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  // fakeBrowser does not implement these action methods; record the calls instead.
  setPopup = vi.fn(async () => {});
  setBadgeText = vi.fn(async () => {});
  Object.assign(fakeBrowser.action, {
    setPopup,
    setBadgeText,
    setTitle: vi.fn(async () => {}),
    setBadgeBackgroundColor: vi.fn(async () => {}),
  });
});
afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('contact duties', () => {
  it("uses the popup by default and shows today's count on the badge", async () => {
    const duties = createContactDuties();
    await duties.logFrom('shortcut');
    await duties.applySettings();
    expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup.html' });
    expect(setBadgeText).toHaveBeenLastCalledWith({ text: '1' });
    expect((await listContacts()).map((r) => r.via)).toEqual(['shortcut']);
  });

  it('in "instant" mode (set by policy) removes the popup so a click logs at once', async () => {
    await fakeBrowser.storage.managed.set({ toolbarMode: 'instant' });
    const duties = createContactDuties();
    await duties.applySettings();
    expect(setPopup).toHaveBeenLastCalledWith({ popup: '' });
    await duties.logFrom('toolbar');
    expect((await listContacts()).map((r) => r.via)).toEqual(['toolbar']);
  });

  it('clears the badge when the user turns it off', async () => {
    await userSettingsItem.setValue({ badge: false });
    const duties = createContactDuties();
    await duties.logFrom('shortcut');
    expect(setBadgeText).toHaveBeenLastCalledWith({ text: '' });
  });

  it('logs nothing from the shortcut when policy turned logging off', async () => {
    await fakeBrowser.storage.managed.set({ loggingEnabled: false });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const duties = createContactDuties();
    await duties.logFrom('shortcut');
    expect(await listContacts()).toEqual([]);
    expect(warn).toHaveBeenCalledWith('Contact logging is turned off by your organisation.');
    warn.mockRestore();
  });
});
