/**
 * Overlay scope (review H1) and IT-only settings (review M1) in a real Chromium, with a
 * real managed policy file in /etc/chromium/policies/managed and a local feed host on
 * 127.0.0.1. An Islington overlay that changes a national service is refused until the
 * policy grants it; once granted, the card says whose version it is. Values written into
 * the browser's own storage for IT-only settings are ignored. The policy file is always
 * removed afterwards, even when a test fails.
 */
import { checkForUpdates, feedStatus } from './support/feed-status';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from './support/chromium';
import { canWritePolicy, POLICY_SKIP_REASON, removePolicyFile, writeExtensionPolicy } from './support/policy';
import { loadRepoContent } from './support/repo-content';
import { seriousViolations } from './support/axe';
import { saveUserSettings } from './support/user-settings';
import { signEnvelope } from '../../scripts/lib/feed-sign';
import { trustedKeyOf } from '../../scripts/lib/feed-keys';
import { PAYLOAD_TYPE } from '../../utils/feed/feed-constants';

const POLICY_FILE = 'mecc-sidebar-overlay-scope-test.json';
const mainKey = generateKeyPairSync('ed25519').privateKey;
const islingtonKey = generateKeyPairSync('ed25519').privateKey;
const content = loadRepoContent();
const national = content.services.find((s) => s.area === 'national' && s.phone)!;

function payload(feed: string, version: number, body: Record<string, unknown>) {
  const now = Date.now();
  return { feed, version, issued: new Date(now - 60_000).toISOString(), expires: new Date(now + 30 * 86_400_000).toISOString(), ...body };
}
async function sign(value: unknown, key: typeof mainKey) {
  return JSON.stringify(await signEnvelope(new TextEncoder().encode(JSON.stringify(value)), [key], PAYLOAD_TYPE));
}

const files: Record<string, string> = {};
let server: Server;
let base = '';
let browser: ExtensionBrowser;
let profile = '';

async function policy(grants: { allowReplace?: string[] }) {
  writeExtensionPolicy(POLICY_FILE, unpackedExtensionId(CHROME_BUILD), {
    feedUrl: `${base}/main.json`,
    trustedKeys: [await trustedKeyOf(mainKey)],
    overlayFeeds: [
      {
        name: 'islington',
        url: `${base}/islington.json`,
        trustedKeys: [await trustedKeyOf(islingtonKey)],
        areas: ['islington'],
        ...grants,
      },
    ],
  });
}
/** A browser restart picks the policy up at once (a running browser also notices, within seconds). */
async function restart() {
  await browser?.close({ keepProfile: true });
  browser = await launchWithExtension(profile ? { userDataDir: profile } : {});
  profile = browser.userDataDir;
}
async function sidebarAfterUpdate(): Promise<Page> {
  const page = await browser.openSidebar();
  await checkForUpdates(page);
  await expect.poll(() => feedStatus(page).textContent(), { timeout: 15_000 }).toContain('Content version 5');
  return page;
}
async function cardFor(page: Page, id: string) {
  await page.getByRole('searchbox', { name: /Search/ }).fill(national.name);
  const card = page.locator(`article[data-result="service"][data-id="${id}"]`).first();
  await card.waitFor();
  return card;
}

beforeAll(async () => {
  if (!canWritePolicy) return;
  server = createServer((req, res) => {
    const body = files[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(body ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  files['/main.json'] = await sign(payload('pan-london', 5, { content }), mainKey);
  files['/islington.json'] = await sign(
    payload('islington', 1, { content: { services: [{ ...national, phone: '0900 666 0000' }] } }),
    islingtonKey,
  );
  await policy({});
  await restart();
});
afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    removePolicyFile(POLICY_FILE);
    server?.closeAllConnections();
    server?.close();
  }
});

describe.skipIf(!canWritePolicy)(`overlay scope and IT-only settings${canWritePolicy ? '' : ` (skipped: ${POLICY_SKIP_REASON})`}`, () => {
  it('H1: refuses an Islington overlay that rewrites a national service, and keeps the main number', async () => {
    const page = await sidebarAfterUpdate();
    await expect
      .poll(() => page.locator('section.status').textContent(), { timeout: 15_000 })
      .toContain(
        'Last update of the islington local content failed: the local feed changes items outside what your organisation allows it to',
      );
    const card = await cardFor(page, national.id);
    expect(await card.textContent()).not.toContain('0900 666 0000');
    expect(await card.locator('.card__local').count()).toBe(0);
    await page.close();
  });

  it('H1: with the replacement granted in policy, takes it and marks the card "Local version from islington"', async () => {
    await policy({ allowReplace: [national.id] });
    await restart();
    const page = await sidebarAfterUpdate();
    await expect
      .poll(() => page.locator('section.status').textContent(), { timeout: 15_000 })
      .toContain('islington local content version 1');
    const card = await cardFor(page, national.id);
    expect(await card.locator('.card__local').textContent()).toBe('Local version from islington');
    expect(await card.locator('a[href^="tel:"]').getAttribute('href')).toBe('tel:09006660000');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("M1: IT-only settings written into the browser's own storage are ignored, and diagnostics says so", async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Settings in force' }).waitFor();
    await saveUserSettings(options, {
      uploadEndpoint: 'https://attacker.example/collect',
      overlayFeeds: [
        { name: 'mine', url: 'https://attacker.example/o.json', trustedKeys: [await trustedKeyOf(mainKey)], areas: ['camden'] },
      ],
      dateGranularity: 'hour',
      team: 'Ward 4',
    });
    const row = (name: string) => options.locator(`tr[data-setting="${name}"]`);
    await expect.poll(() => row('team').textContent()).toContain('Chosen in this browser');
    expect(await row('uploadEndpoint').textContent()).toContain('Default');
    expect(await row('uploadEndpoint').textContent()).not.toContain('attacker.example');
    expect(await row('dateGranularity').textContent()).toContain('Default');
    expect(await row('overlayFeeds').textContent()).toContain('Set by your organisation (locked)');
    expect(await row('overlayFeeds').textContent()).not.toContain('attacker.example');
    const warnings = await options.locator('.diagnostics__warnings').first().textContent();
    expect(warnings).toContain('saved setting "uploadEndpoint" ignored: only your organisation\'s policy can set it');
    await options.close();
  });
});
