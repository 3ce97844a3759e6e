/** The sidebar's feed status line, as the feed browser tests read and drive it. */
import type { Page } from 'playwright-core';

export const feedStatus = (page: Page) => page.locator('section.status');

/** Presses "Check for updates" and waits until the check has finished (the button is back). */
export async function checkForUpdates(page: Page): Promise<void> {
  const button = feedStatus(page).getByRole('button', { name: 'Check for updates' });
  await button.click();
  await button.waitFor();
}
