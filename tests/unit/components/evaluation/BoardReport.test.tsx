/**
 * T3-BOARD-SMALL: the board report goes to boards and commissioners with a team's name
 * on it, so every count on it follows the publishable rule (1–7 → "*", others to the
 * nearest 5), as the publishable summary does.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { BoardReport } from '../../../../components/evaluation/BoardReport';
import { boardFigures } from '../../../../utils/evaluation/board-report';
import type { ContactRecord } from '../../../../utils/contacts/contact-record';
import { periodOf } from '../../../../utils/evaluation/period';
import { renderRoot } from '../../../fixtures/render-root';

const TODAY = '2026-12-07';
const topics = new Map([
  ['sexual-health', 'Sexual health'],
  ['smoking', 'Smoking and vaping'],
]);
const services = new Map([['sh-clinic', 'Sexual health clinic']]);
let n = 0;
const contact = (extra: Partial<ContactRecord> = {}): ContactRecord => ({
  id: `r-${(n += 1)}`,
  date: '2026-11-03',
  topics: ['sexual-health'],
  services: ['sh-clinic'],
  level: 'brief',
  outcome: 'referral-accepted',
  intention: true,
  via: 'popup',
  contentVersion: 'built-in',
  ...extra,
});

const root = renderRoot();

function show(records: ContactRecord[], showModelledImpact = false) {
  render(
    <BoardReport
      figures={boardFigures(records, periodOf(TODAY, 'quarter'))}
      organisation={{ code: 'RAL', name: 'Royal Free', team: 'Sexual health, Tues pm' }}
      topics={topics}
      services={services}
      contentVersion="built-in"
      today={TODAY}
      importedFiles={0}
      showModelledImpact={showModelledImpact}
    />,
    root(),
  );
  return root().querySelector('.board-report')!;
}

/** Every number the report shows that is a count (its dates, period label and percentages aside). */
function shownCounts(report: Element): string[] {
  const cells = [
    ...report.querySelectorAll('.board-report__totals dd'),
    ...report.querySelectorAll('.board-report__table td'),
    ...report.querySelectorAll('.top-services__count'),
    ...report.querySelectorAll('[data-week-count]'),
  ];
  return cells.map((c) => (c.firstChild?.textContent ?? '').trim().split(' ')[0]!);
}

describe('T3-BOARD-SMALL', () => {
  it('T3-BOARD-SMALL: one contact beside a team name shows as "*" everywhere, with no rate that gives it away', () => {
    const report = show([contact()]);
    expect(report.textContent).toMatch(/Team: Sexual health, Tues pm/);
    const counts = shownCounts(report);
    expect(counts.length).toBeGreaterThan(5);
    expect(counts.every((c) => c === '*' || c === '0')).toBe(true);
    expect(report.textContent).not.toMatch(/\(100%\)/);
    expect(report.querySelector('[data-board="contacts"] dd')!.textContent).toBe('*');
    expect(report.querySelector('[data-board="referral-accepted"] dd')!.textContent).toMatch(/^\* \(–\)$/);
    // No chart of single contacts per topic and week.
    expect(report.querySelector('.weekly-chart, svg')).toBeNull();
    expect(report.textContent).toMatch(/counts of 1 to 7 are shown as \*/i);
  });

  it('T3-BOARD-SMALL: larger counts are rounded to the nearest 5, and rates come from the rounded figures', () => {
    const records = [
      ...Array.from({ length: 23 }, () => contact()),
      ...Array.from({ length: 9 }, () => contact({ outcome: 'declined', services: [] })),
    ];
    const report = show(records);
    expect(report.querySelector('[data-board="contacts"] dd')!.textContent).toBe('30');
    expect(report.querySelector('[data-board="referral-accepted"] dd')!.textContent).toBe('25 (83%)');
    expect(shownCounts(report).every((c) => c === '*' || c === '0' || Number(c) % 5 === 0)).toBe(true);
  });

  it('T3-BOARD-SMALL: the modelled impact rests on rounded counts, and is not drawn from fewer than 8 conversations', () => {
    const few = show([contact({ topics: ['smoking'] })], true);
    expect(few.querySelector('[data-impact="smoking"]')).toBeNull();
    const many = show(
      Array.from({ length: 12 }, () => contact({ topics: ['smoking'] })),
      true,
    );
    expect(many.querySelector('[data-impact="smoking"]')!.textContent).toMatch(/\(10 conversations\)/);
  });
});
