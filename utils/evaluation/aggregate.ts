/**
 * The numbers in the evaluation view and the weekly summary export: pure functions
 * over contact records, one pass each, fine for hundreds of thousands of records.
 *
 * Counting rules (docs/evaluation.md, "What the numbers mean"):
 * - a contact counts once in `contacts`, whatever it covered;
 * - a contact about several topics counts once under each of them, so topic counts can
 *   add up to more than the contacts; one with no topic counts under `noTopic`;
 * - a contact is "signposted" when it names at least one service or its outcome says so.
 */
import type { ContactRecord } from '../contacts/contact-record';
import { zeroFillSpan } from '../contacts/plausible-date';
import { addDays, isIsoDate, lastWeekStarts, monthStart, weekStart, weekStartsBetween } from '../contacts/week';

export interface PeriodTotal {
  contacts: number;
  signposted: number;
}

export interface PeriodTotals {
  /** Monday of the week containing today. */
  weekStart: string;
  /** First day of today's month. */
  monthStart: string;
  thisWeek: PeriodTotal;
  thisMonth: PeriodTotal;
  /** Everything kept in this browser. */
  all: PeriodTotal;
}

export interface WeekRow {
  /** Monday, YYYY-MM-DD. */
  weekStart: string;
  contacts: number;
  signposted: number;
  /** Topic id → contacts that covered it. A Map: topic ids are data, never object keys. */
  byTopic: Map<string, number>;
  /** Contacts logged without a topic. */
  noTopic: number;
}

export interface ServiceCount {
  id: string;
  count: number;
}

export function isSignposted(record: ContactRecord): boolean {
  return record.services.length > 0 || record.outcome === 'signposted';
}

/** Totals for the ISO week and the calendar month containing `today` (YYYY-MM-DD), and overall. */
export function periodTotals(records: readonly ContactRecord[], today: string): PeriodTotals {
  const week = weekStart(today);
  const month = monthStart(today);
  const monthPrefix = today.slice(0, 8);
  // The whole week and month, Sunday and the 31st included (a record can carry a later
  // date than "today" if the computer's clock was changed).
  const nextWeek = addDays(week, 7);
  const totals: PeriodTotals = {
    weekStart: week,
    monthStart: month,
    thisWeek: { contacts: 0, signposted: 0 },
    thisMonth: { contacts: 0, signposted: 0 },
    all: { contacts: 0, signposted: 0 },
  };
  for (const r of records) {
    const s = isSignposted(r) ? 1 : 0;
    totals.all.contacts += 1;
    totals.all.signposted += s;
    // YYYY-MM-DD strings compare in date order.
    if (r.date >= week && r.date < nextWeek) {
      totals.thisWeek.contacts += 1;
      totals.thisWeek.signposted += s;
    }
    if (r.date.startsWith(monthPrefix)) {
      totals.thisMonth.contacts += 1;
      totals.thisMonth.signposted += s;
    }
  }
  return totals;
}

const emptyRow = (monday: string): WeekRow => ({
  weekStart: monday,
  contacts: 0,
  signposted: 0,
  byTopic: new Map(),
  noTopic: 0,
});

/**
 * One row per week for the given Mondays (oldest first), zero-filled: a week with no
 * contacts is a row of zeros, not a gap. Records outside those weeks, or with a
 * malformed date, are left out.
 */
export function weeklyRows(records: readonly ContactRecord[], mondays: readonly string[]): WeekRow[] {
  const rows = new Map(mondays.map((m) => [m, emptyRow(m)]));
  // Many records share a date: work its week out once.
  const weekOf = new Map<string, string | null>();
  for (const r of records) {
    let monday = weekOf.get(r.date);
    if (monday === undefined) {
      monday = isIsoDate(r.date) ? weekStart(r.date) : null;
      weekOf.set(r.date, monday);
    }
    const row = monday === null ? undefined : rows.get(monday);
    if (!row) continue;
    row.contacts += 1;
    if (isSignposted(r)) row.signposted += 1;
    if (r.topics.length === 0) row.noTopic += 1;
    // A topic listed twice on one record still counts once for that contact.
    for (const t of new Set(r.topics)) row.byTopic.set(t, (row.byTopic.get(t) ?? 0) + 1);
  }
  return [...rows.values()];
}

/** Contacts per week by topic for the `weeks` weeks ending with the week containing `today`. */
export function contactsPerWeek(records: readonly ContactRecord[], today: string, weeks = 12): WeekRow[] {
  return weeklyRows(records, lastWeekStarts(today, weeks));
}

/**
 * Every week from the earliest record's to the later of today's and the latest
 * record's (the weekly summary export), zero-filled only between 2020 and tomorrow; a
 * record dated outside that (a clock set wrong) adds its own week, not the years
 * between (T3-IMPORT-DATES). No records, no rows.
 */
export function allWeeks(records: readonly ContactRecord[], today: string): WeekRow[] {
  let first: string | null = null;
  let last = today;
  const weeks = new Set<string>();
  for (const r of records) {
    if (!isIsoDate(r.date)) continue;
    if (first === null || r.date < first) first = r.date;
    if (r.date > last) last = r.date;
    weeks.add(weekStart(r.date));
  }
  if (first === null) return [];
  const span = zeroFillSpan(first, last, today);
  for (const monday of span ? weekStartsBetween(span.from, span.to) : []) weeks.add(monday);
  return weeklyRows(records, [...weeks].sort());
}

/**
 * Topic ids that appear in the rows: the known ones in their given (content) order,
 * then any the content no longer lists (retired topics), alphabetically.
 */
export function topicIdsIn(rows: readonly WeekRow[], knownOrder: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const [id, n] of row.byTopic) if (n > 0) seen.add(id);
  const known = knownOrder.filter((id) => seen.has(id));
  const listed = new Set(knownOrder);
  return [...known, ...[...seen].filter((id) => !listed.has(id)).sort()];
}

/** Topic id → contacts that covered it, across rows. */
export function topicTotals(rows: readonly WeekRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) for (const [id, n] of row.byTopic) totals.set(id, (totals.get(id) ?? 0) + n);
  return totals;
}

/**
 * The most signposted services: how many contacts named each, most first (ties by id,
 * so the order is stable), at most `limit`.
 */
export function topServices(records: readonly ContactRecord[], limit = 10): ServiceCount[] {
  const counts = new Map<string, number>();
  for (const r of records) for (const s of new Set(r.services)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}
