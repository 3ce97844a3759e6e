/**
 * Takes the README's screenshots of the real sidebar in headless Chromium:
 * `npx wxt build && npx tsx scripts/screenshot.ts`. Writes docs/images/*.png.
 */
import { mkdirSync } from 'node:fs';
import { launchWithExtension } from './lib/chromium';

mkdirSync('docs/images', { recursive: true });
const browser = await launchWithExtension();
const page = await browser.openSidebar();
await page.setViewportSize({ width: 400, height: 860 });

await page.getByLabel('Borough').selectOption('hackney');
await page.getByRole('searchbox', { name: /Search/ }).fill('booze');
await page.locator('article[data-result="message"]').first().waitFor();
await page.screenshot({ path: 'docs/images/sidebar-search.png' });

await page.locator('article[data-result="message"] h3 button').first().click();
await page.locator('section.message-view').waitFor();
await page.screenshot({ path: 'docs/images/sidebar-message.png' });

await page.emulateMedia({ colorScheme: 'dark' });
await page.keyboard.press('Escape');
await page.getByRole('searchbox', { name: /Search/ }).fill('skint');
await page.locator('article[data-result="service"]').first().waitFor();
await page.screenshot({ path: 'docs/images/sidebar-dark.png' });

await browser.close();
console.log('wrote docs/images/sidebar-{search,message,dark}.png');
