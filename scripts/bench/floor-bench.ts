/**
 * Time to the first answer, ours against the empty-extension floor (issue 18): the floor
 * (floor-extension.ts) and the built extension are loaded into the same headless Chromium,
 * and each measurement alternates between them, so both see the same machine at the same
 * moment. Each page is reported as a ratio to the floor (median over median).
 *
 *   popup          navigation start → the "Log contact" button painted and enabled;
 *   topic_list     navigation start → the side panel's topic list painted (the floor: its line);
 *   first_results  the first key typed (the keydown's own time stamp, so a busy page's delay
 *                  counts) → the first result painted; typing starts once the topic list is
 *                  painted and the search box has focus;
 *   worker_start   the service worker stopped (DevTools protocol) → a message from a page of
 *                  the same extension answered: start, script evaluation and the first event.
 *
 * "Painted" is the first frame after the element appears (requestAnimationFrame, then a task,
 * which runs after that frame is drawn).
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from '../lib/chromium';
import type { BenchSection, Figure } from './bench-section';
import { ensureChromeBuild } from './build-chrome';
import { writeFloorExtension } from './floor-extension';
import { median, roundMs } from './stats';

/**
 * Per page and extension. On 2 cores shared with other work, 15 gave ratios that moved by a fifth
 * between two full runs minutes apart; 30 halves the chance that a burst of other work decides one.
 */
const RUNS = 30;
const QUERY = 'booze';
/**
 * Between opening the popup and the side panel. An extension's pages share one renderer process
 * and its main thread: without a pause the side panel's first frame would be timed while the
 * popup's code (ours, not the floor's, which has none) still loads after the popup's own first
 * frame, which no one does who opens the panel from a page. The same pause for both extensions.
 */
const SETTLE_MS = 400;

/**
 * Runs in every page before its own scripts. A string, not a function: tsx wraps named
 * functions in a helper (`__name`) that does not exist inside the page.
 */
const RECORD_MARKS = `(() => {
  const marks = {};
  const watch = [['topics', '[data-topic]'], ['results', 'article[data-result]'], ['popup', 'button.popup__log:not([disabled])']];
  const seen = new Set();
  const check = () => {
    for (const [name, selector] of watch) {
      if (seen.has(name) || !document.querySelector(selector)) continue;
      seen.add(name);
      requestAnimationFrame(() => setTimeout(() => { marks[name] = performance.now(); }));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener('keydown', (event) => { if (marks.typed === undefined) marks.typed = event.timeStamp; }, true);
  window.__benchMarks = marks;
})();`;

interface Marks {
  topics?: number;
  results?: number;
  popup?: number;
  typed?: number;
}

const PING = `(async () => {
  const start = performance.now();
  await chrome.runtime.sendMessage({ type: 'bench:ping' }).catch(() => undefined);
  return performance.now() - start;
})()`;

/** Waits for the marks named. Polled with page.evaluate: an extension page's CSP forbids waitForFunction's eval. */
async function marksWhen(page: Page, names: Array<keyof Marks>): Promise<Marks> {
  for (let tries = 0; tries < 500; tries++) {
    const marks = (await page.evaluate(() => (globalThis as unknown as { __benchMarks?: Marks }).__benchMarks)) ?? {};
    if (names.every((n) => marks[n] !== undefined)) return marks;
    await page.waitForTimeout(20);
  }
  throw new Error(`${page.url()}: never painted ${names.join(', ')}`);
}

interface Times {
  popup: number[];
  topics: number[];
  results: number[];
  worker: number[];
}

async function measureOnce(browser: ExtensionBrowser, id: string, times: Times, keep: boolean): Promise<void> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  const p = await marksWhen(popup, ['popup']);
  await popup.waitForTimeout(SETTLE_MS);

  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html`);
  await panel.locator('#search-input:focus').waitFor();
  await marksWhen(panel, ['topics']);
  await panel.keyboard.type(QUERY);
  const s = await marksWhen(panel, ['topics', 'typed', 'results']);
  await panel.close();

  // The popup page stays open to send the message that wakes the worker.
  const cdp = await browser.context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await popup.waitForTimeout(100);
  const worker = (await popup.evaluate(PING)) as number;
  await cdp.detach();
  await popup.close();

  if (!keep) return;
  times.popup.push(p.popup!);
  times.topics.push(s.topics!);
  times.results.push(s.results! - s.typed!);
  times.worker.push(worker);
}

const empty = (): Times => ({ popup: [], topics: [], results: [], worker: [] });

export async function measureAgainstFloor(): Promise<BenchSection> {
  await ensureChromeBuild();
  const floorDir = writeFloorExtension();
  const load = Math.round(loadavg()[0]! * 100) / 100;
  const browser = await launchWithExtension({ alsoLoad: [floorDir] });
  const floorId = unpackedExtensionId(floorDir);
  try {
    await browser.context.addInitScript(RECORD_MARKS);
    const ours = empty();
    const floor = empty();
    // One warm-up each (the first open also installs and starts each worker), then alternate.
    for (let run = 0; run <= RUNS; run++) {
      await measureOnce(browser, floorId, floor, run > 0);
      await measureOnce(browser, browser.extensionId, ours, run > 0);
    }
    const figures: Record<string, Figure> = {};
    const report = (name: string, key: keyof Times, ourKey: string) => {
      const o = median(ours[key]);
      const f = median(floor[key]);
      figures[ourKey] = roundMs(o);
      figures[`floor.${name}_ms`] = roundMs(f);
      figures[`floor.${name}_ratio`] = Math.round((o / f) * 100) / 100;
    };
    report('popup', 'popup', 'popup.interactive_ms');
    report('topic_list', 'topics', 'sidebar.topic_list_ms');
    report('first_results', 'results', 'sidebar.first_results_ms');
    report('worker_start', 'worker', 'worker.start_ms');
    return {
      figures,
      notes: [
        `floor: ours and an empty MV3 extension (a popup button, a side panel with a search box and one line, a worker ` +
          `that answers a message; scripts/bench/floor-extension.ts) in one headless Chromium, pages opened in tabs, ` +
          `alternating, median of ${RUNS} runs each after a warm-up; _ratio = our median / the floor's. Load average ` +
          `${load} when this part started (the machine is shared: expect the absolute times to move, the ratios less).`,
        `floor: popup = navigation start to "Log contact" painted and enabled; topic_list = navigation start to the topic ` +
          `list painted; first_results = the first key of "${QUERY}" (typed once the topic list is painted and the search ` +
          `box has focus) to the first result painted; worker_start = worker stopped, then a message from a page answered.`,
      ],
    };
  } finally {
    await browser.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}
