/**
 * Records logged before levels and the offered/accepted split survive an extension
 * update with their meaning kept (issue 12): the build of the commit before
 * migration 3 logs on a profile (in its own data shape, one record with the old
 * outcome "referred"), then the current build is put at the same path and opens the
 * same profile. Migration 3 turns "referred" into "referral-offered-or-accepted",
 * changes nothing else, and the evaluation page counts them all.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { buildCommit, hasCommit, updatableExtension, type UpdatableExtension } from './support/old-build';
import { putValues, readStore } from './support/extension-db';
import { CHROME_BUILD } from './support/chromium';
import { localDate } from '../../utils/contacts/new-contact';

/** The last commit whose database is version 2 (before migration 3, "Level, outcome and intention…"). */
const BEFORE_MIGRATION_3 = '9845f78';
const available = hasCommit(BEFORE_MIGRATION_3);
const today = localDate();

describe.skipIf(!available)(
  `an update from the build before migration 3${available ? '' : ' (skipped: this clone lacks that commit)'}`,
  () => {
    let ext: UpdatableExtension;
    let context: BrowserContext | undefined;
    let oldBuild: string;

    beforeAll(() => {
      oldBuild = buildCommit(BEFORE_MIGRATION_3);
      ext = updatableExtension();
    }, 300_000);
    afterAll(async () => {
      await context?.close();
      ext?.cleanUp();
    });

    it('keeps every record, and "referred" becomes "referral offered or accepted"', async () => {
      ext.install(oldBuild);
      context = await ext.launch();
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await popup.getByRole('button', { name: /^Log contact$/ }).click();
      await popup.getByText('Contact logged. Today: 1.').waitFor();
      // The old build has no refinements: one click is all there is.
      expect(await popup.locator('.refine').count()).toBe(0);
      // A record in the old shape with the old outcome, as the old build stored it.
      const old = {
        id: 'old-referred',
        date: today,
        topics: ['smoking'],
        services: ['nhs-quit-smoking'],
        outcome: 'referred',
        via: 'sidebar',
        contentVersion: 'built-in',
      };
      await putValues(popup, { contacts: [old] });
      const before = await readStore<Record<string, unknown>>(popup, 'contacts');
      expect(before).toHaveLength(2);
      expect(before.every((r) => !('level' in r))).toBe(true);
      const oneClick = before.find((r) => r.id !== old.id)!;
      await context.close();

      // The update: the current build at the same path, the same profile.
      ext.install(CHROME_BUILD);
      context = await ext.launch();
      const page = await context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/evaluation.html`);
      await page.getByRole('heading', { name: 'Totals', exact: true }).waitFor();
      const after = await readStore<Record<string, unknown>>(page, 'contacts');
      expect(after.find((r) => r.id === old.id)).toEqual({ ...old, outcome: 'referral-offered-or-accepted' });
      // Nothing else changes, and no level is invented for records logged before levels.
      expect(after.find((r) => r.id === oneClick.id)).toEqual(oneClick);
      expect(await page.locator('[data-total="all"] .totals__number').textContent()).toBe('2');
      // The board report counts it as a referral offer, never as an acceptance. The board shows
      // small counts as * (T3-BOARD-SMALL), so "some" reads * and "none" still reads 0.
      expect(await page.locator('[data-board="referral-offered"] dd').textContent()).toMatch(/^\* /);
      expect(await page.locator('[data-board="referral-accepted"] dd').textContent()).toMatch(/^0 /);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download contacts (CSV)' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv).toContain(`old-referred,${today},,smoking,nhs-quit-smoking,,referral-offered-or-accepted,,,sidebar,built-in`);

      // And the new build logs with a level on the same profile.
      const popup2 = await context.newPage();
      await popup2.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await popup2.getByRole('button', { name: /^Log contact$/ }).click();
      await popup2.getByText('Contact logged. Today: 3.').waitFor();
      const latest = (await readStore<Record<string, unknown>>(popup2, 'contacts')).filter((r) => r.id !== old.id && r.id !== oneClick.id);
      expect(latest).toEqual([expect.objectContaining({ level: 'very-brief', via: 'popup' })]);
    });
  },
);
