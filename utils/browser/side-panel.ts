/**
 * Opening the sidebar. Chrome/Edge have `sidePanel`; Firefox has `sidebarAction`.
 * Both only open in direct response to a user gesture, so nothing here awaits
 * before the open call (https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open).
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

const sidePanel = (): ChromeSidePanel | undefined => (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
const sidebarAction = (): FirefoxSidebarAction | undefined =>
  (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;

/** Open the sidebar in a window; call synchronously from a gesture handler (command, click). */
export function openSidebar(windowId: number | undefined): void {
  const panel = sidePanel();
  if (panel && windowId !== undefined) {
    panel.open({ windowId }).catch((error: unknown) => console.error('Could not open the side panel', error));
    return;
  }
  sidebarAction()
    ?.open()
    .catch((error: unknown) => console.error('Could not open the sidebar', error));
}
