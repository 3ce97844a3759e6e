/**
 * Feed updates from a host that behaves like nginx, S3 or Azure blob storage: it sends
 * ETag and Last-Modified, answers 304 to a matching If-None-Match, refuses OPTIONS with
 * 405 and sends Access-Control-Allow-Origin on GET only. Every update after the first
 * used to fail here (the extension set its own If-* headers, which forces a preflight),
 * so this publishes two versions in turn and checks that both arrive.
 */
import { checkForUpdates as checkFeed, feedStatus } from './support/feed-status';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from './support/chromium';
import { canWritePolicy, POLICY_SKIP_REASON, removePolicyFile, writeExtensionPolicy } from './support/policy';
import { loadRepoContent } from './support/repo-content';
import { signEnvelope } from '../../scripts/lib/feed-sign';
import { trustedKeyOf } from '../../scripts/lib/feed-keys';
import { PAYLOAD_TYPE } from '../../utils/feed/feed-constants';

const FEED_NAME = 'pan-london';
/** Feed settings are IT-only (review M1): set by a real policy file, removed afterwards. */
const POLICY_FILE = 'mecc-sidebar-static-host-test.json';
const key = generateKeyPairSync('ed25519').privateKey;

async function signed(version: number) {
  const content = loadRepoContent();
  content.messages[0] = { ...content.messages[0]!, title: `Static host message (feed version ${version})` };
  const now = Date.now();
  const payload = {
    feed: FEED_NAME,
    version,
    issued: new Date(now - 60_000).toISOString(),
    expires: new Date(now + 30 * 86_400_000).toISOString(),
    content,
  };
  return JSON.stringify(await signEnvelope(new TextEncoder().encode(JSON.stringify(payload)), [key], PAYLOAD_TYPE));
}

/** What is published now, as a static host holds a file: bytes, a strong ETag, a modification date. */
const file = { body: '', etag: '', lastModified: '', cors: true };
async function publish(version: number) {
  file.body = await signed(version);
  file.etag = `"${createHash('sha256').update(file.body).digest('hex').slice(0, 16)}"`;
  // Whole seconds, as HTTP dates are; one second on per version so validators always change.
  file.lastModified = new Date(Math.floor(Date.now() / 1000) * 1000 + version * 1000).toUTCString();
}

const requests: { method: string; ifNoneMatch?: string; status: number }[] = [];
function staticHost(req: IncomingMessage, res: ServerResponse) {
  const log = (status: number) => requests.push({ method: req.method ?? '', ifNoneMatch: req.headers['if-none-match'], status });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    // nginx's static module: 405 Not Allowed, and add_header in a location does not apply to it.
    log(405);
    res.writeHead(405, { allow: 'GET, HEAD' });
    res.end();
    return;
  }
  const headers: Record<string, string> = { etag: file.etag, 'last-modified': file.lastModified };
  if (file.cors) headers['access-control-allow-origin'] = '*';
  if (req.headers['if-none-match'] === file.etag) {
    log(304);
    res.writeHead(304, headers);
    res.end();
    return;
  }
  log(200);
  res.writeHead(200, { ...headers, 'content-type': 'application/json' });
  res.end(file.body);
}

let server: Server;
let feedUrl: string;
let browser: ExtensionBrowser;
let page: Page;
const status = () => feedStatus(page);
const checkForUpdates = () => checkFeed(page);

beforeAll(async () => {
  if (!canWritePolicy) return;
  server = createServer(staticHost);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mecc-feed.json`;
  await publish(1);
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

describe.skipIf(!canWritePolicy)(
  `feed updates from an ordinary static host${canWritePolicy ? '' : ` (skipped: ${POLICY_SKIP_REASON})`}`,
  () => {
    it('takes version 1, then version 2, without ever sending a preflight', async () => {
      await checkForUpdates();
      await expect.poll(() => status().textContent(), { timeout: 15_000 }).toContain('Content version 1');

      await publish(2);
      await checkForUpdates();
      await expect.poll(() => status().textContent(), { timeout: 15_000 }).toContain('Content version 2');
      await page.getByRole('searchbox', { name: /Search/ }).fill('Static host message');
      await page.locator('article h3', { hasText: 'Static host message (feed version 2)' }).first().waitFor();

      expect(requests.filter((r) => r.method === 'OPTIONS')).toEqual([]);
      expect(await status().textContent()).not.toMatch(/Last update failed/);
    });

    it('lets the browser cache revalidate an unchanged feed (a 304 on the wire) and stays healthy', async () => {
      const before = requests.length;
      await checkForUpdates();
      await expect.poll(() => requests.length).toBeGreaterThan(before);
      const check = requests.slice(before);
      // The conditional request comes from the HTTP cache with the host's own ETag: no custom headers.
      expect(check).toContainEqual({ method: 'GET', ifNoneMatch: file.etag, status: 304 });
      expect(check.filter((r) => r.method === 'OPTIONS')).toEqual([]);
      expect(await status().textContent()).toContain('Content version 2');
      expect(await status().textContent()).not.toMatch(/Last update failed/);
    });

    it('reads a CORS refusal as a refusal, not as an unreachable server, and keeps version 2', async () => {
      file.cors = false;
      await publish(3);
      await checkForUpdates();
      await expect
        .poll(() => status().textContent(), { timeout: 15_000 })
        .toMatch(/Last update failed: the feed server refused the request \(check its CORS set-up\)/);
      expect(await status().textContent()).toContain('Content version 2');
    });
  },
);
