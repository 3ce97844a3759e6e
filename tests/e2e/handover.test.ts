/**
 * Handing a service to the person, in a real Chromium with the built extension: the QR
 * code on screen decodes to the service's address, the printed slip (page.pdf) carries
 * both services' names, phones and working QR codes and no input field, the text-message
 * version counts and copies, all from the keyboard, with axe finding nothing serious.
 * Services are picked from the repo's content, so content edits never break this.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { seriousViolations } from './support/axe';
import { cropRgba, decodeAllQr, pngToRgba, readPdf } from './support/qr-decode';
import { loadRepoContent } from './support/repo-content';
import { smsText } from '../../utils/copy/sms-text';

const content = loadRepoContent();
const national = content.services.filter((s) => s.area === 'national' && s.phone && s.hours);
const [first, second] = national.filter((s, i) => national.findIndex((o) => o.url === s.url) === i);
const searchbox = (page: Page) => page.getByRole('searchbox', { name: /Search/ });
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      text: el?.textContent?.trim() ?? '',
      tag: el?.tagName ?? '',
      id: el?.dataset.id ?? el?.id ?? '',
      inDialog: !!el?.closest('dialog'),
    };
  });

/** Tab forward until the focused element's text starts with `label` (a keyboard user's path). */
async function tabTo(page: Page, label: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await active(page)).text.startsWith(label)) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

/** Arrow down from the search box to a service's card. */
async function arrowToCard(page: Page, id: string, limit = 30) {
  await searchbox(page).focus();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('ArrowDown');
    if ((await active(page)).id === id) return;
  }
  throw new Error(`ArrowDown never reached card ${id}`);
}

let browser: ExtensionBrowser;
beforeAll(async () => {
  expect(first && second, 'the content needs two national services with phone and hours').toBeTruthy();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('handover', () => {
  it('shows a large QR code that decodes to exactly the service URL; Esc closes it and focus returns', async () => {
    const page = await browser.openSidebar();
    await page.keyboard.type(first!.name);
    await page.locator(`article[data-id="${first!.id}"]`).waitFor();
    await arrowToCard(page, first!.id);
    await tabTo(page, 'Show QR code');
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: `QR code for ${first!.name}` });
    await dialog.waitFor();
    expect((await active(page)).inDialog).toBe(true);
    const qr = dialog.locator('svg.qr');
    const box = (await qr.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(300); // arm's length from a 420 px panel
    const decoded = decodeAllQr(pngToRgba(await qr.screenshot()));
    expect(decoded).toEqual([first!.url]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await active(page)).toMatchObject({ tag: 'BUTTON', inDialog: false });
    expect((await active(page)).text).toMatch(/^Show QR code/);
    // Esc closed only the dialog: the results are still there.
    await page.locator(`article[data-id="${first!.id}"]`).waitFor();
    // And the one-click log offer names the method.
    await page.getByRole('button', { name: `Log signposting to ${first!.name} (QR code shown)` }).waitFor();
    await page.close();
  });

  it('copies a text-message version with a live count and a warning past two texts', async () => {
    const page = await browser.openSidebar();
    await searchbox(page).fill(first!.name);
    const card = page.locator(`article[data-id="${first!.id}"]`);
    await card.getByRole('button', { name: `Text message for ${first!.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Text message for ${first!.name}` });
    const text = dialog.getByRole('textbox', { name: 'Text message' });
    expect(await text.inputValue()).toBe(smsText(first!));
    const count = dialog.locator('.sms__count');
    expect(await count.textContent()).toMatch(/^\d+ characters · 1 text message · GSM-7/);

    await text.fill(`${smsText(first!)}\n${'Please call them today. '.repeat(14)}`);
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/needs 3 text messages/);
    await text.fill(`${smsText(first!)} 👍`);
    await expect.poll(() => count.textContent()).toMatch(/UCS-2/);
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Copy text message' }).click();
    await dialog.getByText('Copied.').waitFor();
    const clip = await browser.readClipboard();
    expect(clip).toBe(`${smsText(first!)} 👍`);
    await page.bringToFront();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: `Log signposting to ${first!.name} (text message copied)` }).waitFor();
    await page.close();
  });

  it('prints a two-service slip chosen from the keyboard: names, phones, QR codes, no input fields', async () => {
    const page = await browser.openSidebar();
    for (const service of [first!, second!]) {
      await searchbox(page).fill(service.name);
      await page.locator(`article[data-id="${service.id}"]`).waitFor();
      await arrowToCard(page, service.id);
      await tabTo(page, 'Add to slip');
      await page.keyboard.press('Space');
      expect(await page.locator(`article[data-id="${service.id}"] button[aria-pressed="true"]`).count()).toBe(1);
    }
    const picker = page.getByRole('region', { name: /Slip to print/ });
    expect(await picker.getByRole('listitem').allTextContents()).toEqual([first!.name, second!.name]);
    expect(await seriousViolations(page)).toEqual([]);

    await tabTo(page, 'Open slip to print');
    const [slipPage] = await Promise.all([browser.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await slipPage.setViewportSize({ width: 800, height: 1100 });
    await slipPage.locator('.slip').first().waitFor();
    expect(new URL(slipPage.url()).pathname).toBe('/slip.html');
    expect(await slipPage.locator('input, textarea, select, [contenteditable]').count()).toBe(0);
    expect(await seriousViolations(slipPage)).toEqual([]);

    // Where the codes sit when printed (print media, CSS px), then the PDF Chromium prints.
    await slipPage.emulateMedia({ media: 'print' });
    const boxes = await slipPage.locator('.slip__qr').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
      }),
    );
    expect(boxes).toHaveLength(2);
    const pdf = await slipPage.pdf({ preferCSSPageSize: true, printBackground: true });
    const raw = pdf.toString('latin1');
    expect(raw).not.toMatch(/\/AcroForm|\/Widget/); // no form fields in the PDF either

    const scale = 3;
    const reading = await readPdf(pdf, scale);
    expect(reading.pages).toBe(1);
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const service of [first!, second!]) {
      expect(squash(reading.text[0]!)).toContain(squash(service.name));
      expect(squash(reading.text[0]!)).toContain(squash(service.phone!));
    }
    expect(reading.text[0]).toMatch(/Printed \d{1,2} \w+ \d{4}/);
    // 1 CSS px = 0.75 pt; pdf.js renders `scale` pixels a point.
    const px = 0.75 * scale;
    const decoded = boxes.map((b) =>
      decodeAllQr(
        cropRgba(reading.images[0]!, { x: (b.x - 8) * px, y: (b.y - 8) * px, width: (b.width + 16) * px, height: (b.height + 16) * px }),
      ),
    );
    expect(decoded).toEqual([[first!.url], [second!.url]]);
    await slipPage.close();
    await page.close();
  });

  it('lists translated material in a message view, named in English and in the language', async () => {
    const set = content.translations.find((t) => t.message && content.messages.some((m) => m.id === t.message));
    expect(set, 'content/translations/translations.json has a set for a message').toBeTruthy();
    if (!set) return;
    const message = content.messages.find((m) => m.id === set.message)!;
    const link = set.links[0]!;
    const page = await browser.openSidebar();
    await searchbox(page).fill(message.title);
    await page.locator(`article[data-id="${message.id}"] h3 button`).click();
    const section = page.getByRole('region', { name: 'In other languages' });
    await section.waitFor();
    expect(await section.locator(`[lang="${link.code}"]`).first().textContent()).toBe(link.nativeName);
    expect(await section.locator(`a[hreflang="${link.code}"]`).first().getAttribute('href')).toBe(link.url);
    expect(await seriousViolations(page)).toEqual([]);
    await section
      .getByRole('button', { name: new RegExp(`Copy link to .* in ${link.language}`) })
      .first()
      .click();
    expect(await browser.readClipboard()).toBe(link.url);
    await page.bringToFront();
    await page.getByRole('button', { name: `Log information in ${link.language} (link copied)` }).waitFor();
    await page.close();
  });

  /** slip.html for these services and message, laid out for print: per half, its services, organisations and overflow. */
  async function printedHalves(ids: string[], messageId: string) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 800, height: 1100 });
    await page.goto(`chrome-extension://${browser.extensionId}/slip.html?services=${ids.join(',')}&message=${messageId}`);
    await page.locator('.slip').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const halves = await page.locator('.slip').evaluateAll((els) =>
      els.map((el) => ({
        services: el.querySelectorAll('.slip__service').length,
        orgs: [...el.querySelectorAll('.slip__org')].map((o) => o.textContent),
        say: !!el.querySelector('.slip__say'),
        clipped: el.scrollHeight > el.clientHeight,
      })),
    );
    await page.close();
    return halves;
  }
  const byPrinted = (s: (typeof content.services)[number]) =>
    [s.name, s.organisation, s.phone, s.text, s.hours, s.url ?? s.email].join(' ').length;
  const withOrganisation = content.services
    .filter((s) => s.url && !s.name.includes(s.organisation))
    .sort((a, b) => byPrinted(a) - byPrinted(b));
  const bySay = [...content.messages].sort((a, b) => a.say.length - b.say.length);

  it('prints a typical "what to say" and three services, each with its organisation, on one half', async () => {
    const middle = Math.floor(withOrganisation.length / 2);
    const three = withOrganisation.slice(middle - 1, middle + 2);
    const typical = bySay[Math.floor(bySay.length / 2)]!;
    expect(
      await printedHalves(
        three.map((s) => s.id),
        typical.id,
      ),
    ).toEqual([{ services: 3, orgs: three.map((s) => s.organisation), say: true, clipped: false }]);
  });

  it('splits the longest "what to say" and the wordiest services over halves, each with the message, rather than cut anything off', async () => {
    const three = withOrganisation.slice(-3);
    const halves = await printedHalves(
      three.map((s) => s.id),
      bySay.at(-1)!.id,
    );
    expect(halves.length).toBeGreaterThan(1);
    expect(halves.map((h) => h.clipped)).not.toContain(true);
    // Each half still carries "what to say": one handed on alone is complete.
    expect(halves.map((h) => h.say)).not.toContain(false);
    expect(halves.flatMap((h) => h.orgs)).toEqual(three.map((s) => s.organisation));
  });

  it('explains an empty or broken slip link instead of printing nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/slip.html?services=`);
    await page
      .getByRole('alert')
      .getByText(/No services were chosen/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Print slip' }).count()).toBe(0);
    await page.close();
  });
});
