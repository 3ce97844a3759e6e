/**
 * Takes the README's screenshots of the real sidebar in headless Chromium:
 * `npx wxt build && npx tsx scripts/screenshot.ts`. Writes docs/images/*.png.
 */
import { mkdirSync } from 'node:fs';
import { launchWithExtension } from './lib/chromium';

mkdirSync('docs/images', { recursive: true });
const browser = await launchWithExtension();
const page = await browser.openSidebar();
await page.setViewportSize({ width: 380, height: 860 });

// A receptionist in Lambeth: the borough's own money service first, in the "In Lambeth" strip, at 16 px.
await page.getByLabel('Borough').selectOption('lambeth');
await page.getByRole('searchbox', { name: /Search/ }).fill('debt advice');
await page.locator('.local-strip__item').first().waitFor();
await page.screenshot({ path: 'docs/images/sidebar-local-first.png' });

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
console.log('wrote docs/images/sidebar-{local-first,search,message,dark}.png');
