/**
 * Starts Debian's Chromium with the built extension loaded, the way a member of
 * staff's browser would have it. Playwright cannot download browsers here, and
 * branded Chrome ≥ 137 ignores --load-extension, so this uses /usr/bin/chromium.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Opens the side panel's page in a tab (what the panel shows, at tab size). */
  openSidebar(): Promise<Page>;
  /** What is on the clipboard now. */
  readClipboard(): Promise<string>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Flags that keep Chromium off the network: this machine has none, and tests must not wait on it. */
const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

/**
 * Waits for the live side panel: ready when the cursor is in its search box, which the live page
 * puts there once it can answer. Before that, from the second open, the page's first frame shows a
 * search box too (utils/pages/first-frame-draw.ts), which typing does not reach.
 */
export async function sidebarReady(page: Page): Promise<void> {
  await page.locator('#app #search-input:focus').waitFor();
}

/**
 * Chromium names an unpacked extension after its directory: the first 32 hex digits of
 * SHA-256(absolute path), written with the letters a–p. Computing it avoids racing the
 * MV3 service worker (which may start and stop before a test can see it).
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function launchWithExtension(
  options: {
    userDataDir?: string;
    colorScheme?: 'light' | 'dark';
    /** Extra Chromium flags. */
    args?: string[];
    /** Other unpacked extensions to load beside ours (the bench's empty-extension floor). */
    alsoLoad?: string[];
  } = {},
) {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No built extension in ${CHROME_BUILD}: run \`npx wxt build\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'mecc-e2e-'));
  const extensions = [CHROME_BUILD, ...(options.alsoLoad ?? [])].join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 420, height: 900 },
    args: [...QUIET_FLAGS, ...(options.args ?? []), `--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`],
  });
  const extensionId = unpackedExtensionId(CHROME_BUILD);
  // Chromium cannot grant permissions to extension origins, so the clipboard is read
  // back from a plain local page (the clipboard is browser-wide).
  const clipboardServer = createServer((_req, res) => res.end('<!doctype html><title>clipboard</title>'));
  await new Promise<void>((done) => clipboardServer.listen(0, '127.0.0.1', done));
  const clipboardOrigin = `http://127.0.0.1:${(clipboardServer.address() as AddressInfo).port}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: clipboardOrigin });
  let clipboardPage: Page | undefined;

  const browser: ExtensionBrowser = {
    context,
    extensionId,
    userDataDir,
    async openSidebar() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await sidebarReady(page);
      return page;
    },
    async readClipboard() {
      if (!clipboardPage) {
        clipboardPage = await context.newPage();
        await clipboardPage.goto(clipboardOrigin);
      }
      await clipboardPage.bringToFront();
      const text = await clipboardPage.evaluate(() => navigator.clipboard.readText());
      return text;
    },
    async close({ keepProfile = false } = {}) {
      clipboardServer.close();
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return browser;
}
