/**
 * The 16 px floor for what staff read and press, checked the same way in Chromium and Firefox.
 * The measuring runs in the page (smallestFontSizes, geometry.ts); each browser's test passes
 * its own way of running it there, since Firefox's extension pages forbid puppeteer's usual one.
 */
import { expect } from 'vitest';

/** Body text, phone numbers and the buttons on the cards and the borough strip. */
export const TEXT_STAFF_READ = ['body', '.card__body', '.card__phone', '.local-strip__phone', '.button', '.card__action'];

/**
 * Each selector must match something visible, and its smallest computed font size must be 16 px
 * or more: Chromium injects 75 % on an extension page's body, and 12 px text was once shipped.
 */
export async function expectReadableText(
  smallestSizes: (selectors: string[]) => Promise<Record<string, number | null>>,
  selectors: string[] = TEXT_STAFF_READ,
): Promise<void> {
  const sizes = await smallestSizes(selectors);
  for (const [selector, size] of Object.entries(sizes)) {
    expect(size, `${selector} is not on the page`).not.toBeNull();
    expect(size!, selector).toBeGreaterThanOrEqual(16);
  }
}
