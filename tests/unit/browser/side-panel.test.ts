import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSidebar } from '../../../utils/browser/side-panel';

// fakeBrowser has neither sidePanel (Chrome) nor sidebarAction (Firefox); each test adds one.
const fake = fakeBrowser as unknown as Record<string, unknown>;
afterEach(() => {
  delete fake.sidePanel;
  delete fake.sidebarAction;
});

describe('side panel seam', () => {
  it('Chrome/Edge: the shortcut opens the panel in its window, synchronously', () => {
    const open = vi.fn(() => Promise.resolve());
    fake.sidePanel = { open };
    openSidebar(7);
    // Called before returning: no await may come before open() in a gesture handler.
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('Firefox: opens the sidebar (no window id needed)', () => {
    const open = vi.fn(() => Promise.resolve());
    fake.sidebarAction = { open };
    openSidebar(undefined);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('logs, rather than throws, when the browser refuses to open the panel', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    fake.sidePanel = { open: vi.fn(() => Promise.reject(new Error('No user gesture'))) };
    expect(() => openSidebar(1)).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
    expect(error).toHaveBeenCalledWith('Could not open the side panel', expect.any(Error));
    error.mockRestore();
  });
});
