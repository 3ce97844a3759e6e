/**
 * Opening the sidebar, as staff feel it: headless Chromium with the built extension
 * (tests/e2e/support/chromium.ts), the side panel page opened in a tab, "booze" typed
 * the moment the search box has focus. Two times, from navigation start:
 *   topic_list_ms     the topic list painted (what the panel shows on open);
 *   first_results_ms  the first result cards painted after typing.
 * "Painted" is the first frame after the element appears (requestAnimationFrame, then
 * a task, which runs after that frame is drawn). Median of RUNS runs, after one warm-up
 * run (the very first open also starts the extension's service worker).
 */
import { launchWithExtension } from '../lib/chromium';
import type { BenchSection } from './bench-section';
import { ensureChromeBuild } from './build-chrome';
import { median, roundMs } from './stats';

const RUNS = 7;
const QUERY = 'booze';

/**
 * Runs in the page before its own scripts: notes when topics and results are first
 * painted. A string, not a function: tsx wraps named functions in a helper (`__name`)
 * that does not exist inside the page.
 */
const RECORD_PAINTS = `(() => {
  const marks = {};
  const watch = [['topics', 'button[data-topic]'], ['results', 'article[data-result]']];
  const seen = new Set();
  const check = () => {
    for (const [name, selector] of watch) {
      if (seen.has(name) || !document.querySelector(selector)) continue;
      seen.add(name);
      requestAnimationFrame(() => setTimeout(() => { marks[name] = performance.now(); }));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  window.__meccPaints = marks;
})();`;

export async function measureSidebar(): Promise<BenchSection> {
  await ensureChromeBuild();
  const browser = await launchWithExtension();
  try {
    await browser.context.addInitScript(RECORD_PAINTS);
    const topics: number[] = [];
    const results: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await browser.openSidebar();
      await page.locator('#search-input:focus').waitFor();
      await page.keyboard.type(QUERY);
      await page.locator('article[data-result]').first().waitFor();
      // A string for the same reason as RECORD_PAINTS.
      const marks = await page.waitForFunction(
        'window.__meccPaints && window.__meccPaints.topics !== undefined && window.__meccPaints.results !== undefined && window.__meccPaints',
      );
      const { topics: t, results: r } = (await marks.jsonValue()) as { topics: number; results: number };
      if (run > 0) {
        topics.push(t);
        results.push(r);
      }
      await page.close();
    }
    return {
      figures: { 'sidebar.topic_list_ms': roundMs(median(topics)), 'sidebar.first_results_ms': roundMs(median(results)) },
      notes: [
        `sidebar: headless Chromium, side panel page in a tab; median of ${RUNS} runs after a warm-up; from navigation ` +
          `start to the topic list painted, and to the first results painted after typing "${QUERY}" as soon as the ` +
          `search box has focus (includes the test driver's typing).`,
      ],
    };
  } finally {
    await browser.close();
  }
}
