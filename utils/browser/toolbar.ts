/**
 * The toolbar button: opens the logging popup, or (policy "instant") logs a contact
 * on every click. With no popup set, the browser fires action.onClicked instead.
 */
import { browser } from 'wxt/browser';

export async function setToolbarMode(mode: 'popup' | 'instant'): Promise<void> {
  await browser.action.setPopup({ popup: mode === 'popup' ? 'popup.html' : '' });
  await browser.action.setTitle({ title: mode === 'popup' ? 'Log a MECC contact' : 'Log a MECC contact (one click logs it)' });
}

export function onToolbarClick(handler: () => void): void {
  browser.action.onClicked.addListener(() => handler());
}
