/**
 * Starts Debian's Chromium with the built extension loaded, the way a member of
 * staff's browser would have it. Playwright cannot download browsers here, and
 * branded Chrome ≥ 137 ignores --load-extension, so this uses /usr/bin/chromium.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

export async function launchWithExtension(options: { userDataDir?: string; colorScheme?: 'light' | 'dark' } = {}) {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No built extension in ${CHROME_BUILD}: run \`npx wxt build\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'mecc-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 420, height: 900 },
    args: [...QUIET_FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: `chrome-extension://${extensionId}`,
  });

  const browser: ExtensionBrowser = {
    context,
    extensionId,
    userDataDir,
    async openSidebar() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await page.getByRole('searchbox', { name: /Search/ }).waitFor();
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return browser;
}
