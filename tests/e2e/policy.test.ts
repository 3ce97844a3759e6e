/**
 * Real managed policy: a policy file in /etc/chromium/policies/managed (as IT would
 * deploy on Linux) for the extension loaded into Chromium. Needs root to write that
 * folder; CI runs as root. The file is always removed afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from './support/chromium';
import { canWritePolicy, POLICY_SKIP_REASON, removePolicyFile, writePolicyFile } from './support/policy';
import { seriousViolations } from './support/axe';

const POLICY_FILE = 'mecc-sidebar-policy-test.json';

describe.skipIf(!canWritePolicy)(`managed policy in Chromium${canWritePolicy ? '' : ` (skipped: ${POLICY_SKIP_REASON})`}`, () => {
  let browser: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    writePolicyFile(POLICY_FILE, {
      '3rdparty': {
        extensions: {
          [unpackedExtensionId(CHROME_BUILD)]: {
            borough: 'hackney',
            organisationCode: 'RV3',
            team: 'District nurses',
            hiddenTopics: ['drugs'],
            // Right type, wrong value: Chrome's schema check passes it, ours must refuse it.
            // (A wrong *type* is dropped by Chrome itself and shown at chrome://policy.)
            retentionDays: 0,
            recommended: { badge: false },
          },
        },
      },
    });
    browser = await launchWithExtension();
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Settings in force' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    removePolicyFile(POLICY_FILE);
  });

  it('applies the policy and shows the borough as set by the organisation, locked', async () => {
    const sidebar = await browser.openSidebar();
    const borough = sidebar.getByLabel('Borough');
    await expect.poll(() => borough.inputValue()).toBe('hackney');
    expect(await borough.isDisabled()).toBe(true);
    expect(await sidebar.locator('#borough-locked').textContent()).toBe('Set by your organisation');
    // A hidden topic is gone from browsing and search.
    expect(await sidebar.locator('button[data-topic="drugs"]').count()).toBe(0);
    await sidebar.getByRole('searchbox', { name: /Search/ }).fill('cannabis');
    await sidebar
      .getByText(/Nothing found|Services/)
      .first()
      .waitFor();
    expect(await sidebar.locator('article[data-result="message"]').count()).toBe(0);
    await sidebar.close();
  });

  it('lists the values in force on the diagnostics page, with which are locked', async () => {
    const row = (name: string) => options.locator(`tr[data-setting="${name}"]`);
    expect(await row('borough').getAttribute('data-locked')).toBe('true');
    expect(await row('borough').textContent()).toContain('hackney');
    expect(await row('borough').textContent()).toContain('Set by your organisation (locked)');
    expect(await row('organisationCode').textContent()).toContain('RV3');
    expect(await row('badge').textContent()).toContain("Organisation's recommendation");
    expect(await row('badge').getAttribute('data-locked')).toBe('false');
    // The user's own settings: the locked one is greyed out and says why.
    expect(await options.getByLabel('Borough').isDisabled()).toBe(true);
    expect(await options.locator('#borough-locked').textContent()).toBe('Set by your organisation');
  });

  it('ignores a malformed policy value with a warning instead of failing', async () => {
    const warnings = options.locator('.diagnostics__warnings');
    await warnings.waitFor();
    expect(await warnings.textContent()).toContain('policy "retentionDays" ignored: must be a whole number from 1 to 3650');
    expect(await options.locator('tr[data-setting="retentionDays"]').textContent()).toContain('730');
  });

  it('copies diagnostics without any contact data', async () => {
    await options.getByRole('button', { name: 'Copy diagnostics' }).click();
    await options
      .getByRole('status')
      .getByText(/Diagnostics copied/)
      .waitFor();
    const copied = await browser.readClipboard();
    const parsed = JSON.parse(copied);
    expect(parsed.settings.find((s: { name: string }) => s.name === 'borough')).toMatchObject({ value: 'hackney', locked: true });
    expect(parsed.contacts).toMatchObject({ stored: 0, outboxRecords: 0, outboxBatches: 0 });
  });

  it('has no serious accessibility problems', async () => {
    await options.bringToFront();
    expect(await seriousViolations(options)).toEqual([]);
  });
});
