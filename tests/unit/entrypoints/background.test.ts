/**
 * The background's wiring, run as the browser runs it: entrypoints/background.ts's `main()`
 * against WXT's fake browser. Each browser event (toolbar click, shortcut, alarm, message)
 * must reach the duty it is meant for, and only that one. The duties themselves are tested
 * in tests/unit/contacts/ and tests/unit/feed/.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { sendMessage } from '../../../utils/browser/messages';
import { OUTBOX_ALARM, RETENTION_ALARM } from '../../../utils/contacts/contact-duties';
import { logContact } from '../../../utils/contacts/log-contact';
import * as outbox from '../../../utils/contacts/outbox';
import * as retention from '../../../utils/contacts/retention';
import { listContacts } from '../../../utils/db/contacts-store';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { FEED_ALARM } from '../../../utils/feed/feed-updater';
import { BUNDLED_CONTENT_ASSET } from '../../../utils/content/bundled-content-asset';

const FEED_URL = 'https://feeds.example.org/mecc/feed.json';

/** An extension event as the fake browser has them, for APIs it leaves unimplemented. */
function fakeEvent<A extends unknown[]>() {
  const listeners: Array<(...args: A) => unknown> = [];
  return {
    addListener: (listener: (...args: A) => unknown) => void listeners.push(listener),
    removeListener: (listener: (...args: A) => unknown) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: (...args: A) => unknown) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

// The fake browser has no commands, action.setPopup or sidePanel: give it small stand-ins,
// and put the originals back so no other test file sees them.
const original = { commands: fakeBrowser.commands, setPopup: fakeBrowser.action.setPopup };
let onCommand: ReturnType<typeof fakeEvent<[string, { windowId?: number } | undefined]>>;
let openPanel: ReturnType<typeof vi.fn<(options: { windowId: number }) => Promise<void>>>;
let fetches: string[];

/** The fake browser's events all count their listeners; its types do not say so. */
const listening = (event: object) => (event as { hasListeners(): boolean }).hasListeners();

/** The background as the browser starts it, settled: start-up done, listeners in place. */
async function startBackground(): Promise<void> {
  background.main();
  await vi.waitFor(async () => {
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeDefined();
    expect(fakeBrowser.action.setPopup).toHaveBeenCalled();
  });
}

beforeEach(async () => {
  onCommand = fakeEvent();
  openPanel = vi.fn(async () => {});
  Object.assign(fakeBrowser, { commands: { onCommand }, sidePanel: { open: openPanel } });
  Object.assign(fakeBrowser.action, { setPopup: vi.fn(async () => {}) });
  fetches = [];
  const packagedFiles = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    // The extension's own bundled content file is read, not fetched from the network.
    if (input === BUNDLED_CONTENT_ASSET) return packagedFiles(input, init);
    fetches.push(String(input));
    return new Response('', { status: 503 });
  });
  await fakeBrowser.storage.managed.set({ feedUrl: FEED_URL });
});
afterEach(async () => {
  Object.assign(fakeBrowser, { commands: original.commands });
  Object.assign(fakeBrowser.action, { setPopup: original.setPopup });
  delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
  vi.restoreAllMocks();
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

/** The background's work is fire-and-forget: on a busy machine running the whole suite it can take seconds. */
const PATIENCE = { timeout: 10_000 };

// Each case waits on several of these in turn (the first feed check also loads the verifier on
// demand), so on a loaded machine a case can outlast the unit loop's 5 s default: give it room.
describe('background wiring', { timeout: 40_000 }, () => {
  it('listens for the toolbar, the shortcuts, alarms, messages, install and settings, and schedules its alarms', async () => {
    expect(listening(fakeBrowser.runtime.onMessage)).toBe(false);
    await fakeBrowser.storage.managed.set({ refreshHours: 12 });
    await startBackground();
    expect(listening(fakeBrowser.action.onClicked)).toBe(true);
    expect(onCommand.hasListeners()).toBe(true);
    expect(listening(fakeBrowser.alarms.onAlarm)).toBe(true);
    expect(listening(fakeBrowser.runtime.onMessage)).toBe(true);
    expect(listening(fakeBrowser.runtime.onInstalled)).toBe(true);
    expect(listening(fakeBrowser.runtime.onStartup)).toBe(true);
    expect(listening(fakeBrowser.storage.onChanged)).toBe(true);
    const alarms = Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.periodInMinutes]));
    expect(alarms).toEqual({ [FEED_ALARM]: 12 * 60, [OUTBOX_ALARM]: 5, [RETENTION_ALARM]: 24 * 60 });
  });

  it('a toolbar click logs a contact from the toolbar (the browser fires it only in instant mode)', async () => {
    await startBackground();
    await fakeBrowser.action.onClicked.trigger({ id: 1, windowId: 1 } as never, undefined);
    await vi.waitFor(async () => expect((await listContacts()).map((r) => r.via)).toEqual(['toolbar']), PATIENCE);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'), PATIENCE);
  });

  it('the log-contact shortcut logs from the shortcut; open-sidebar opens the panel in that window', async () => {
    await startBackground();
    await onCommand.trigger('log-contact', { windowId: 7 });
    await vi.waitFor(async () => expect((await listContacts()).map((r) => r.via)).toEqual(['shortcut']), PATIENCE);
    expect(openPanel).not.toHaveBeenCalled();
    await onCommand.trigger('open-sidebar', { windowId: 7 });
    expect(openPanel).toHaveBeenCalledWith({ windowId: 7 });
    expect((await listContacts()).length).toBe(1);
  });

  it('a policy change re-applies the toolbar mode, reschedules the feed and checks it', async () => {
    await startBackground();
    expect(fakeBrowser.action.setPopup).toHaveBeenLastCalledWith({ popup: 'popup.html' });
    await fakeBrowser.storage.managed.set({ toolbarMode: 'instant', refreshHours: 2 });
    await vi.waitFor(() => expect(fakeBrowser.action.setPopup).toHaveBeenLastCalledWith({ popup: '' }), PATIENCE);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(FEED_ALARM))?.periodInMinutes).toBe(120), PATIENCE);
    await vi.waitFor(() => expect(fetches).toEqual([FEED_URL]), PATIENCE);
  });

  it('install, start-up and the feed alarm each check the feed', async () => {
    await startBackground();
    expect(fetches).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(fetches).toEqual([FEED_URL]), PATIENCE);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(fetches).toEqual([FEED_URL, FEED_URL]), PATIENCE);
    await fakeBrowser.alarms.onAlarm.trigger({ name: FEED_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(() => expect(fetches).toEqual([FEED_URL, FEED_URL, FEED_URL]), PATIENCE);
  });

  it('the outbox alarm uploads, the retention alarm applies retention, and neither does the other', async () => {
    const flush = vi.spyOn(outbox, 'flushOutbox').mockResolvedValue({ sent: 0, failed: 0, waiting: 0, setAside: 0 });
    const retain = vi.spyOn(retention, 'applyRetention').mockResolvedValue(0);
    await startBackground();
    retain.mockClear(); // start-up applies retention once
    await fakeBrowser.alarms.onAlarm.trigger({ name: OUTBOX_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(() => expect(flush).toHaveBeenCalledTimes(1), PATIENCE);
    expect(retain).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(() => expect(retain).toHaveBeenCalledTimes(1), PATIENCE);
    expect(flush).toHaveBeenCalledTimes(1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-elses-alarm', scheduledTime: Date.now() });
    expect(flush).toHaveBeenCalledTimes(1);
    expect(retain).toHaveBeenCalledTimes(1);
    expect(fetches).toEqual([]);
  });

  it('a "feed:check-now" message checks the feed; "contacts:changed" refreshes the badge', async () => {
    await startBackground();
    // The sidebar's "Check for updates" waits for the check and shows its summary.
    await expect(sendMessage('feed:check-now')).resolves.toEqual({ ok: false, lines: [expect.stringMatching(/^Content update failed: /)] });
    expect(fetches).toEqual([FEED_URL]);

    const flush = vi.spyOn(outbox, 'flushOutbox');
    await fakeBrowser.action.setBadgeText({ text: '' });
    await logContact({ via: 'sidebar' });
    await sendMessage('contacts:changed');
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'), PATIENCE);
    // Logging never uploads at once (security review H2): only the alarm does.
    expect(flush).not.toHaveBeenCalled();
    expect(fetches).toEqual([FEED_URL]);
  });
});
