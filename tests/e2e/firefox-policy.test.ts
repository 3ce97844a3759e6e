/**
 * Firefox ESR managed policy, for real: a `policies.json` with a `3rdparty` → `Extensions`
 * → <gecko id> section (docs/admin.md, "Firefox: policies.json") written where Debian's
 * firefox-esr reads it, before Firefox starts (it reads policy only at start-up). Both
 * places it reads are tested. The file is removed afterwards, whatever happens.
 *
 * Then the real sidebar, not its page in a tab: opened by a click on the popup's "Open the
 * sidebar" (a real user gesture; sidebarAction.open() refuses without one). WebDriver BiDi
 * gives the test only tabs, so the sidebar's document is read and typed into from another of
 * the extension's pages, through `extension.getViews({ type: "sidebar" })`: the same
 * extension process, the sidebar's own live document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { DEFAULT_SETTINGS } from '../../utils/settings/setting-definitions';
import { extensionPageUrl, launchFirefoxWithExtension, openExtensionPage } from './support/firefox';
import {
  canWriteFirefoxPolicy,
  FIREFOX_POLICY_FILES,
  FIREFOX_POLICY_SKIP_REASON,
  removeFirefoxPolicy,
  writeFirefoxPolicy,
} from './support/firefox-policy';
import { loadRepoContent } from './support/repo-content';

const content = loadRepoContent();
const messagesOf = (topic: string) => content.messages.filter((m) => m.topic === topic);
// From the content: an area to lock, a topic to hide (one with messages), and one that stays.
const BOROUGH = content.areas.find((a) => a.id === 'hackney') ?? content.areas[0]!;
const HIDDEN = content.topics.find((t) => t.id !== 'alcohol' && messagesOf(t.id).length > 0)!;
const EXTENSION_POLICY = {
  borough: BOROUGH.id,
  organisationCode: 'RV3',
  hiddenTopics: [HIDDEN.id],
  // Firefox, unlike Chrome, checks no schema: a wrong type reaches the extension, which must refuse it.
  retentionDays: '30',
  recommended: { team: 'District nurses' },
};

/** The real sidebar's state, read from another extension page (null while it is not open). */
async function sidebarState(page: Page) {
  return page.evaluate(async () => {
    interface Api {
      extension: { getViews(filter: { type: string }): (Window & { browser: Api })[] };
      tabs: { getCurrent(): Promise<unknown> };
    }
    const api = (globalThis as unknown as { browser: Api }).browser;
    const [view] = api.extension.getViews({ type: 'sidebar' });
    if (!view) return null;
    const d = view.document;
    const borough = d.querySelector<HTMLSelectElement>('select#borough-select');
    return {
      url: view.location.href,
      inTab: (await view.browser.tabs.getCurrent()) !== undefined,
      tabViews: api.extension.getViews({ type: 'tab' }).map((w) => w.location.pathname),
      ready: !!d.querySelector('input[type="search"]'),
      borough: borough?.value ?? null,
      boroughLocked: borough?.disabled ?? null,
      lockNote: d.querySelector('#borough-locked')?.textContent ?? null,
      topics: [...d.querySelectorAll<HTMLElement>('button[data-topic]')].map((b) => b.dataset.topic!),
      messages: [...d.querySelectorAll<HTMLElement>('article[data-result="message"]')].map((a) => a.dataset.id!),
    };
  });
}

/** Types into the real sidebar's search box (an input event on its own document). */
async function searchInSidebar(page: Page, text: string) {
  await page.evaluate((value) => {
    const api = (globalThis as unknown as { browser: { extension: { getViews(f: object): (Window & typeof globalThis)[] } } }).browser;
    const [view] = api.extension.getViews({ type: 'sidebar' });
    const input = view!.document.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = value;
    input.dispatchEvent(new view!.InputEvent('input', { bubbles: true }));
  }, text);
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout / 1000} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const skip = canWriteFirefoxPolicy ? '' : ` (skipped: ${FIREFOX_POLICY_SKIP_REASON})`;

describe.skipIf(!canWriteFirefoxPolicy).each(Object.entries(FIREFOX_POLICY_FILES))(
  `Firefox ESR policy in %s (%s)${skip}`,
  (_where, file) => {
    let browser: Browser;
    let options: Page;

    beforeAll(async () => {
      writeFirefoxPolicy(file, { '3rdparty': { Extensions: { [GECKO_ID]: EXTENSION_POLICY } } });
      browser = await launchFirefoxWithExtension();
    });
    afterAll(async () => {
      try {
        await browser?.close();
      } finally {
        removeFirefoxPolicy(file);
      }
    });

    it('is read by Firefox (about:policies lists it as active)', async () => {
      const page = await browser.newPage();
      page.goto('about:policies').catch(() => {});
      // (waitForFunction compiles its function with `new Function`, which about: pages forbid.)
      const bodyText = () => page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      const text = await until(bodyText, (t) => t.includes('3rdparty'), 'about:policies');
      expect(text).toContain(GECKO_ID);
      expect(text).toContain(`"${BOROUGH.id}"`);
      await page.close();
    });

    it('reaches the extension: storage.managed, and the diagnostics page shows the values, locked', async () => {
      options = await openExtensionPage(browser, 'options.html', 'tr[data-setting="borough"]');
      const managed = await options.evaluate(() =>
        (globalThis as unknown as { browser: { storage: { managed: { get(k: null): Promise<object> } } } }).browser.storage.managed.get(
          null,
        ),
      );
      expect(managed).toEqual(EXTENSION_POLICY);

      const row = (name: string) =>
        options.$eval(`tr[data-setting="${name}"]`, (tr) => ({ locked: (tr as HTMLElement).dataset.locked, text: tr.textContent }));
      expect(await row('borough')).toEqual({ locked: 'true', text: expect.stringContaining('Set by your organisation (locked)') });
      expect((await row('borough')).text).toContain(BOROUGH.id);
      expect((await row('organisationCode')).text).toContain('RV3');
      expect(await row('team')).toEqual({ locked: 'false', text: expect.stringContaining("Organisation's recommendation") });
      // The wrong type is refused with a warning, and the default stays in force.
      const warnings = await options.$eval('.diagnostics__warnings', (el) => el.textContent);
      expect(warnings).toContain('policy "retentionDays" ignored');
      expect((await row('retentionDays')).text).toContain(String(DEFAULT_SETTINGS.retentionDays));
    });

    it('the real sidebar opens from the popup’s button and shows the content under the policy', async () => {
      expect(await sidebarState(options)).toBeNull();
      const popup = await openExtensionPage(browser, 'popup.html', 'button.link-button');
      const [button] = await popup.$$('xpath/.//button[normalize-space()="Open the sidebar"]');
      // The popup closes itself as the sidebar opens, so the click's own reply can come back
      // "no such frame"; that is the design working, any other error is not.
      await button!.click().catch((error: unknown) => {
        if (!/no such frame|BrowsingContext/.test(String(error))) throw error;
      });

      const state = await until(
        () => sidebarState(options),
        (s) => !!s?.ready && s.topics.length > 0,
        'the sidebar',
      );
      // The sidebar, not a tab: a sidebar view of the extension, in no tab, and no tab shows it.
      expect(state!.url).toBe(extensionPageUrl('sidepanel.html'));
      expect(state!.inTab).toBe(false);
      expect(state!.tabViews).not.toContain('/sidepanel.html');
      // The policy, in the sidebar: borough set and locked; the hidden topic gone.
      expect(state).toMatchObject({ borough: BOROUGH.id, boroughLocked: true, lockNote: 'Set by your organisation' });
      expect(state!.topics).toEqual(content.topics.map((t) => t.id).filter((id) => id !== HIDDEN.id));

      // Search shows content from slang; the hidden topic's messages never appear.
      await searchInSidebar(options, 'booze');
      const found = await until(
        () => sidebarState(options),
        (s) => (s?.messages.length ?? 0) > 0,
        'search results',
      );
      expect(content.messages.find((m) => m.id === found!.messages[0])?.topic).toBe('alcohol');
      const hiddenMessage = messagesOf(HIDDEN.id)[0]!;
      await searchInSidebar(options, hiddenMessage.title);
      await until(
        () => sidebarState(options),
        (s) => !s?.messages.includes(found!.messages[0]!),
        'new results',
      );
      expect((await sidebarState(options))!.messages.filter((id) => messagesOf(HIDDEN.id).some((m) => m.id === id))).toEqual([]);
    });
  },
);
