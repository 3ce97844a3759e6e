/**
 * Opening the sidebar. Chrome/Edge have `sidePanel`; Firefox has `sidebarAction`.
 * Both only open in direct response to a user gesture, so nothing here awaits
 * before the open call (https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open).
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

const sidePanel = (): ChromeSidePanel | undefined =>
  (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
const sidebarAction = (): FirefoxSidebarAction | undefined =>
  (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;

/** Make a click on the toolbar button open the sidebar. */
export function openSidebarFromToolbar(): void {
  const panel = sidePanel();
  if (panel) {
    // Chrome opens the panel itself on click; no listener (and no gesture race) needed.
    panel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Could not make the toolbar button open the side panel', error);
    });
    return;
  }
  browser.action.onClicked.addListener(() => {
    // Firefox: toggle synchronously inside the click handler (user gesture rule).
    sidebarAction()?.toggle().catch((error: unknown) => console.error('Could not open the sidebar', error));
  });
}

/** Open the sidebar in a window; call synchronously from a gesture handler (command, click). */
export function openSidebar(windowId: number | undefined): void {
  const panel = sidePanel();
  if (panel && windowId !== undefined) {
    panel.open({ windowId }).catch((error: unknown) => console.error('Could not open the side panel', error));
    return;
  }
  sidebarAction()?.open().catch((error: unknown) => console.error('Could not open the sidebar', error));
}
