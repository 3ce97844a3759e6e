/**
 * Force install, as an IT team deploys the self-hosted package (docs/admin.md): a
 * throwaway RSA key made now, the CRX3 and update manifest packed with it by
 * scripts/pack-crx.ts, both served from 127.0.0.1, and a real Chromium policy file with
 * ExtensionInstallForcelist and the extension's own policy. Chromium starts with a fresh
 * profile and no --load-extension: the extension must install itself, with no user action,
 * and have its policy on the first run.
 *
 * Needs root to write /etc/chromium/policies/managed (CI runs as root); skipped otherwise.
 * The policy file is always removed afterwards.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packSelfHosted, type PackResult } from '../../scripts/pack-crx';
import { CHROMIUM } from './support/chromium';
import { canWritePolicy, CHROMIUM_POLICY_DIR, POLICY_SKIP_REASON, removePolicyFile, writePolicyFile } from './support/policy';

const POLICY_FILE = 'mecc-sidebar-test.json';
const INSTALL_TIMEOUT = 60_000;
/** The bits of the extension page's `chrome` API used here (this Node test has no chrome types). */
interface ExtensionGlobal {
  chrome: {
    storage: { managed: { get(): Promise<Record<string, unknown>> } };
    runtime: { getManifest(): { version: string; update_url?: string } };
  };
}
const EXTENSION_POLICY = { borough: 'hackney', organisationCode: 'RV3', team: 'District nurses' };

if (!canWritePolicy) console.warn(`force-install.test.ts skipped: ${POLICY_SKIP_REASON}`);
const describeAsRoot = canWritePolicy ? describe : describe.skip;

describeAsRoot(`force install from a self-hosted update URL (${POLICY_SKIP_REASON})`, () => {
  let dir = '';
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let packed: PackResult;
  /** What Chromium asked the server for, for the failure message if it never installs. */
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mecc-force-install-'));
    // A throwaway signing key, made for this run only and deleted with the temp dir.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyFile = join(dir, 'throwaway-key.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });

    const files = new Map<string, { type: string; path: string }>();
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const file = files.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(readFileSync(file.path));
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    packed = packSelfHosted({ keyFile, codebase: `${origin}/mecc-sidebar.crx`, outDir: join(dir, 'public') });
    files.set('/mecc-sidebar.crx', { type: 'application/x-chrome-extension', path: packed.crxPath });
    files.set('/updates.xml', { type: 'application/xml', path: packed.updateManifestPath });

    writePolicyFile(POLICY_FILE, {
      ExtensionInstallForcelist: [`${packed.extensionId};${origin}/updates.xml`],
      '3rdparty': { extensions: { [packed.extensionId]: EXTENSION_POLICY } },
      // Test-only: by default (0) Chromium keeps DevTools, and so Playwright's CDP, out of
      // force-installed extensions: their pages would detach from the test as they load.
      // Not part of a real deployment (docs/admin.md).
      DeveloperToolsAvailability: 1,
    });

    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 420, height: 900 },
      // Playwright adds --disable-extensions (which also stops policy installs) and
      // --disable-background-networking (which stops the extension updater, the part that
      // downloads force-installed extensions). A real browser has neither.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
      args: [
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--disable-gpu',
      ],
    });
  });

  afterAll(async () => {
    // Always: the policy file first (Chromium on this machine watches that folder).
    removePolicyFile(POLICY_FILE);
    await context?.close().catch(() => undefined);
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('wrote the policy where Chromium reads it', () => {
    const policy = JSON.parse(readFileSync(join(CHROMIUM_POLICY_DIR, POLICY_FILE), 'utf8'));
    expect(policy.ExtensionInstallForcelist).toEqual([`${packed.extensionId};${packed.updateUrl}`]);
  });

  let sidebar: Page;

  it(
    'installs the extension with no user action',
    async () => {
      const url = `chrome-extension://${packed.extensionId}/sidepanel.html`;
      const deadline = Date.now() + INSTALL_TIMEOUT;
      for (;;) {
        // Until it is installed the extension's pages are blocked (and Chromium closes a tab
        // left on one when the extension arrives), so each try uses a fresh tab.
        const page = await context!.newPage();
        const loaded = await page.goto(url).then(
          () =>
            page
              .getByRole('searchbox', { name: /Search/ })
              .waitFor({ timeout: 5_000 })
              .then(
                () => true,
                () => false,
              ),
          () => false,
        );
        if (loaded) {
          sidebar = page;
          break;
        }
        await page.close().catch(() => undefined);
        if (Date.now() > deadline) {
          throw new Error(
            `the extension was not force-installed within ${INSTALL_TIMEOUT / 1000} s; requests seen: ${JSON.stringify(requests)}`,
          );
        }
        await new Promise((done) => setTimeout(done, 1_000));
      }
      // It came from our update server: the update check, then the CRX download.
      expect(requests.some((r) => r.startsWith('/updates.xml'))).toBe(true);
      expect(requests).toContain('/mecc-sidebar.crx');
    },
    INSTALL_TIMEOUT + 30_000,
  );

  it('has its policy on the first run', async () => {
    // Managed policy can arrive a moment after start-up: poll rather than read once.
    await expect
      .poll(() => sidebar.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.managed.get()), { timeout: 20_000 })
      .toMatchObject(EXTENSION_POLICY);
    // Opened now, as a member of staff would open it, the sidebar shows the borough set by
    // the organisation and locked.
    const fresh = await context!.newPage();
    await fresh.goto(`chrome-extension://${packed.extensionId}/sidepanel.html`);
    await fresh.getByRole('searchbox', { name: /Search/ }).waitFor();
    const borough = fresh.locator('select#borough-select');
    await expect.poll(() => borough.inputValue(), { timeout: 20_000 }).toBe('hackney');
    expect(await borough.isDisabled()).toBe(true);
    await fresh.close();
  });

  it('looks for later versions at the self-hosted update URL', async () => {
    const manifest = await sidebar.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.runtime.getManifest());
    expect(manifest.update_url).toBe(packed.updateUrl);
    expect(manifest.version).toBe(packed.version);
  });
});
