/**
 * The toolbar popup, as staff feel it: headless Chromium with the built extension, the
 * popup's page opened in a tab, timed from navigation start to the moment its "Log contact"
 * button is painted and enabled (it waits for the settings and the topic list). Median of
 * RUNS runs after one warm-up (the first open also starts the service worker).
 */
import { launchWithExtension } from '../lib/chromium';
import type { BenchSection } from './bench-section';
import { ensureChromeBuild } from './build-chrome';
import { median, roundMs } from './stats';

const RUNS = 7;

/** A string, not a function: tsx wraps named functions in a helper the page lacks. */
const RECORD_INTERACTIVE = `(() => {
  const marks = {};
  const check = () => {
    if (marks.interactive !== undefined || marks.pending) return;
    const button = document.querySelector('button.popup__log:not([disabled])');
    if (!button) return;
    marks.pending = true;
    requestAnimationFrame(() => setTimeout(() => { marks.interactive = performance.now(); }));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  window.__meccPopup = marks;
})();`;

export async function measurePopup(): Promise<BenchSection> {
  await ensureChromeBuild();
  const browser = await launchWithExtension();
  try {
    await browser.context.addInitScript(RECORD_INTERACTIVE);
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await page.locator('button.popup__log:not([disabled])').waitFor();
      // page.evaluate goes through the DevTools protocol, which the page's CSP (no eval) allows.
      let mark: number | undefined;
      for (let tries = 0; mark === undefined && tries < 100; tries++) {
        mark = await page.evaluate(() => (globalThis as unknown as { __meccPopup?: { interactive?: number } }).__meccPopup?.interactive);
        if (mark === undefined) await page.waitForTimeout(20);
      }
      if (mark === undefined) throw new Error('popup: the Log contact button was never painted');
      if (run > 0) times.push(mark);
      await page.close();
    }
    return {
      figures: { 'popup.interactive_ms': roundMs(median(times)) },
      notes: [
        `popup: headless Chromium, popup page in a tab; median of ${RUNS} runs after a warm-up; from navigation start to ` +
          `its "Log contact" button painted and enabled.`,
      ],
    };
  } finally {
    await browser.close();
  }
}
