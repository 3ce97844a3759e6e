/**
 * Reporting periods for the summaries: ISO weeks, calendar months, and quarters of
 * the NHS financial year (April to March: Q1 is April–June), which is how CQUIN and
 * most board reports count. All on YYYY-MM-DD strings, like week.ts.
 */
import { addDays, isoWeekLabel, weekStart } from '../contacts/week';

export type PeriodKind = 'week' | 'month' | 'quarter';

export interface Period {
  kind: PeriodKind;
  /** "2026/27 Q3", "2026-11", "2026-W47". */
  label: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
// Four digits, like the YYYY-MM-DD dates the periods are compared with (T3-IMPORT-DATES: year 999 was "999").
const year = (n: number) => String(n).padStart(4, '0');
function lastDayOfMonth(y: number, m: number): string {
  // Day 0 of the next month is this month's last; setUTCFullYear (unlike Date.UTC) keeps years below 100.
  const last = new Date(0);
  last.setUTCFullYear(y, m, 0);
  return `${year(y)}-${pad(m)}-${pad(last.getUTCDate())}`;
}

export function periodOf(date: string, kind: PeriodKind): Period {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (kind === 'week') {
    const start = weekStart(date);
    return { kind, label: isoWeekLabel(date), start, end: addDays(start, 6) };
  }
  if (kind === 'month') return { kind, label: `${year(y)}-${pad(m)}`, start: `${year(y)}-${pad(m)}-01`, end: lastDayOfMonth(y, m) };
  // Financial year starting 1 April: January–March belong to the year before's.
  const fy = m >= 4 ? y : y - 1;
  const q = Math.floor(((m - 4 + 12) % 12) / 3) + 1;
  const firstMonth = (((q - 1) * 3 + 3) % 12) + 1;
  const startYear = firstMonth >= 4 ? fy : fy + 1;
  const lastMonth = firstMonth + 2;
  return {
    kind,
    label: `${year(fy)}/${pad((fy + 1) % 100)} Q${q}`,
    start: `${year(startYear)}-${pad(firstMonth)}-01`,
    end: lastDayOfMonth(startYear, lastMonth),
  };
}

/** Every period from the one containing `from` to the one containing `to`, oldest first. */
export function periodsBetween(from: string, to: string, kind: PeriodKind): Period[] {
  const out: Period[] = [];
  if (from > to) return out;
  let p = periodOf(from, kind);
  const last = periodOf(to, kind).start;
  while (p.start <= last) {
    out.push(p);
    p = periodOf(addDays(p.end, 1), kind);
  }
  return out;
}
