/** Today's contact count on the toolbar button. */
import { browser } from 'wxt/browser';

export async function showBadgeCount(count: number | null): Promise<void> {
  await browser.action.setBadgeText({ text: count ? String(count) : '' });
  if (count) await browser.action.setBadgeBackgroundColor({ color: '#005eb8' });
}
