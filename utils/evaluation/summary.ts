/**
 * The summary exports (issue 12): one row per period × topic × level × outcome, by
 * quarter, month or week, and its publishable variant.
 *
 * Counting rules (docs/evaluation.md, "Summaries"): a contact about two topics counts
 * once under each; one with no topic counts under "(none)"; a record with no level or
 * outcome counts under "not-recorded". Each period also has one "(all)" row: every
 * contact once, so the period's total is never a sum of overlapping rows.
 */
import type { ContactRecord } from '../contacts/contact-record';
import { LEVELS, OUTCOMES } from '../contacts/contact-record';
import { periodOf, periodsBetween, type Period, type PeriodKind } from './period';
import { zeroFillSpan } from '../contacts/plausible-date';
import { isIsoDate } from '../contacts/week';

const NO_TOPIC = '(none)';
const ALL = '(all)';
const NOT_RECORDED = 'not-recorded';

export interface SummaryRow {
  period: Period;
  topic: string;
  level: string;
  outcome: string;
  contacts: number;
}

/**
 * NHS Digital's disclosure control for published HES/ECDS figures (from September 2018):
 * counts from 1 to 7 are shown as "*", every other count is rounded to the nearest 5
 * (0 stays 0). Sources in docs/evaluation.md ("Publishable summary").
 */
export function publishableCount(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count: ${n}`);
  if (n === 0) return '0';
  if (n <= 7) return '*';
  return String(Math.round(n / 5) * 5);
}

const order = (list: readonly string[]) => (v: string) => {
  const i = list.indexOf(v);
  return i === -1 ? list.length : i;
};

export interface SummaryOptions {
  kind: PeriodKind;
  /** Today's local date: zero-filled "(all)" rows run up to this period. */
  today: string;
  /** Topic ids in the content's order (others, retired, alphabetically after them). */
  topicIds?: readonly string[];
  /** Only records dated within [from, to] (inclusive). */
  from?: string;
  to?: string;
}

export function summaryRows(records: readonly ContactRecord[], options: SummaryOptions): SummaryRow[] {
  const { kind } = options;
  const periodByDate = new Map<string, Period>();
  const cells = new Map<string, SummaryRow>();
  const totals = new Map<string, SummaryRow>();
  let first: string | null = null;
  let last: string | null = null;
  for (const r of records) {
    if (!isIsoDate(r.date)) continue;
    if (options.from && r.date < options.from) continue;
    if (options.to && r.date > options.to) continue;
    if (first === null || r.date < first) first = r.date;
    if (last === null || r.date > last) last = r.date;
    let period = periodByDate.get(r.date);
    if (!period) periodByDate.set(r.date, (period = periodOf(r.date, kind)));
    const total = totals.get(period.start) ?? { period, topic: ALL, level: ALL, outcome: ALL, contacts: 0 };
    total.contacts += 1;
    totals.set(period.start, total);
    const level = r.level ?? NOT_RECORDED;
    const outcome = r.outcome ?? NOT_RECORDED;
    const topics = r.topics.length ? new Set(r.topics) : [NO_TOPIC];
    for (const topic of topics) {
      const key = `${period.start}\u0000${topic}\u0000${level}\u0000${outcome}`;
      const cell = cells.get(key) ?? { period, topic, level, outcome, contacts: 0 };
      cell.contacts += 1;
      cells.set(key, cell);
    }
  }
  if (first === null || last === null) return [];
  // Zero-filled to the later of today and the latest record (or to the end of the chosen range),
  // but only between 2020 and tomorrow: an absurd date gets its own row, not millennia of empty
  // ones (T3-IMPORT-DATES).
  const span = options.to ? { from: first, to: options.to } : zeroFillSpan(first, last, options.today);
  for (const p of span ? periodsBetween(span.from, span.to, kind) : []) {
    if (!totals.has(p.start)) totals.set(p.start, { period: p, topic: ALL, level: ALL, outcome: ALL, contacts: 0 });
  }
  const known = options.topicIds ?? [];
  const topicRank = (t: string) => (t === NO_TOPIC ? Number.MAX_SAFE_INTEGER : known.includes(t) ? known.indexOf(t) : known.length);
  const levelRank = order([...LEVELS, NOT_RECORDED]);
  const outcomeRank = order([...OUTCOMES, NOT_RECORDED]);
  const detail = [...cells.values()].sort(
    (a, b) =>
      topicRank(a.topic) - topicRank(b.topic) ||
      (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0) ||
      levelRank(a.level) - levelRank(b.level) ||
      outcomeRank(a.outcome) - outcomeRank(b.outcome),
  );
  const rows: SummaryRow[] = [];
  for (const total of [...totals.values()].sort((a, b) => (a.period.start < b.period.start ? -1 : 1))) {
    rows.push(total, ...detail.filter((d) => d.period.start === total.period.start));
  }
  return rows;
}
