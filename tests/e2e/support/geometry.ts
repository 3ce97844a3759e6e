/**
 * What axe cannot see, measured inside the page: computed text sizes, sideways scroll,
 * and whether anything covers a button. Each function runs in the page (Playwright's and
 * puppeteer's `evaluate` both take it), so Chromium and Firefox are measured the same way.
 */

/** The WCAG 1.4.12 text-spacing override (https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html). */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** The smallest computed font size (px) of the visible elements each selector matches; null when none is on the page. */
export function smallestFontSizes(selectors: string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const selector of selectors) {
    const sizes = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => parseFloat(getComputedStyle(e).fontSize));
    out[selector] = sizes.length ? Math.min(...sizes) : null;
  }
  return out;
}

/** The document's sideways overflow (scrollWidth − clientWidth), and the widest element past the right edge. */
export function sidewaysOverflow(): { overflow: number; culprit: string | null } {
  const root = document.documentElement;
  const width = root.clientWidth;
  const culprit = [...document.querySelectorAll<HTMLElement>('body *')].find(
    (e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 1 && !e.closest('.visually-hidden'),
  );
  return {
    overflow: root.scrollWidth - width,
    culprit: culprit ? `${culprit.tagName.toLowerCase()}.${culprit.className} “${(culprit.textContent ?? '').slice(0, 40)}”` : null,
  };
}

/**
 * Every button (and button-styled link) whose centre is inside the viewport, with what
 * `elementFromPoint` finds there: it must be the button itself or something inside it.
 */
export function coveredButtons(): { checked: number; covered: string[] } {
  const buttons = [...document.querySelectorAll<HTMLElement>('button, a.button, a.slip-chip, summary')].filter((b) => {
    const r = b.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    return r.width > 0 && r.height > 0 && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && !b.closest('.visually-hidden');
  });
  const covered = buttons
    .filter((b) => {
      const r = b.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !hit || !(hit === b || b.contains(hit));
    })
    .map((b) => {
      const r = b.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return `${(b.textContent ?? '').trim().slice(0, 40)} covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
    });
  return { checked: buttons.length, covered };
}
