/**
 * The signed feed in a real Chromium: a local server on 127.0.0.1 plays the
 * publisher's static host (with the CORS header docs/publishing.md asks for), and
 * the extension is pointed at it by a real managed policy file, as IT would (feed
 * settings are IT-only: review M1). The file is removed afterwards, even on failure.
 */
import { checkForUpdates as checkFeed, feedStatus } from './support/feed-status';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from './support/chromium';
import { canWritePolicy, POLICY_SKIP_REASON, removePolicyFile, writeExtensionPolicy } from './support/policy';
import { loadRepoContent } from './support/repo-content';
import { signEnvelope } from '../../scripts/lib/feed-sign';
import { trustedKeyOf } from '../../scripts/lib/feed-keys';
import { PAYLOAD_TYPE } from '../../utils/feed/feed-constants';

const FEED_NAME = 'pan-london';
const POLICY_FILE = 'mecc-sidebar-feed-test.json';
const key = generateKeyPairSync('ed25519').privateKey;

/** The repo content with one message retitled, so the feed's content is recognisable. */
function payload(version: number, marker: string) {
  const content = loadRepoContent();
  content.messages[0] = { ...content.messages[0]!, title: `${marker} (feed version ${version})` };
  const now = Date.now();
  return {
    feed: FEED_NAME,
    version,
    issued: new Date(now - 60_000).toISOString(),
    expires: new Date(now + 30 * 86_400_000).toISOString(),
    content,
  };
}
async function signed(version: number, marker: string) {
  const bytes = new TextEncoder().encode(JSON.stringify(payload(version, marker)));
  return JSON.stringify(await signEnvelope(bytes, [key], PAYLOAD_TYPE));
}

let served = '';
let server: Server;
let feedUrl: string;
let browser: ExtensionBrowser;
let page: Page;

const status = () => feedStatus(page);
const checkForUpdates = () => checkFeed(page);
async function searchShows(title: string) {
  await page.getByRole('searchbox', { name: /Search/ }).fill(title);
  await page.locator('article h3', { hasText: title }).first().waitFor();
}

beforeAll(async () => {
  if (!canWritePolicy) return;
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(served);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mecc-feed.json`;
  // What IT sets: where the feed is and which key signs it.
  writeExtensionPolicy(POLICY_FILE, unpackedExtensionId(CHROME_BUILD), {
    feedUrl,
    feedName: FEED_NAME,
    trustedKeys: [await trustedKeyOf(key)],
  });
  browser = await launchWithExtension();
  page = await browser.openSidebar();
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

describe.skipIf(!canWritePolicy)(`signed feed${canWritePolicy ? '' : ` (skipped: ${POLICY_SKIP_REASON})`}`, () => {
  it('shows built-in content while the host has no valid feed yet', async () => {
    await expect.poll(() => status().textContent()).toContain('Built-in content');
  });

  it('picks up a feed signed by a trusted key and shows its version', async () => {
    served = await signed(5, 'Alpha message');
    await checkForUpdates();
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toContain('Content version 5');
    await searchShows('Alpha message (feed version 5)');
  });

  it('refuses a tampered feed, keeps the last good content and says why', async () => {
    const envelope = JSON.parse(await signed(6, 'Tampered message'));
    const body = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
    body.content.services[0].url = 'https://attacker.example/';
    envelope.payload = Buffer.from(JSON.stringify(body)).toString('base64');
    served = JSON.stringify(envelope);

    await checkForUpdates();
    await expect.poll(() => status().textContent()).toMatch(/Last update failed: .*signature/i);
    expect(await status().textContent()).toContain('Content version 5');
    await searchShows('Alpha message (feed version 5)');
  });

  it('refuses a validly signed older version', async () => {
    served = await signed(4, 'Old message');
    await checkForUpdates();
    await expect.poll(() => status().textContent()).toMatch(/Last update failed: the feed is an older version than the one in use/);
    expect(await status().textContent()).toContain('Content version 5');
  });

  it('keeps working when the feed server goes down', async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    await checkForUpdates();
    await expect.poll(() => status().textContent()).toMatch(/Last update failed: could not reach the feed server/);
    await searchShows('Alpha message (feed version 5)');
    // A fresh sidebar (as after a browser restart) still loads and re-verifies the stored feed.
    const fresh = await browser.openSidebar();
    await expect.poll(() => fresh.locator('section.status').textContent()).toContain('Content version 5');
    await fresh.close();
  });
});
