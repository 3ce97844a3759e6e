/**
 * Calendar arithmetic on YYYY-MM-DD strings. Records carry a local calendar date and
 * no time, so every calculation here is done at midnight UTC: no local time zone and
 * no clock change (BST starts and ends on Sundays, right at a week boundary) can move
 * a date into the wrong day or week.
 *
 * Weeks are ISO 8601 weeks: they start on Monday, and week 1 is the week with the
 * year's first Thursday (https://en.wikipedia.org/wiki/ISO_week_date).
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (so "2026-02-30" is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Milliseconds at midnight UTC of a YYYY-MM-DD date; throws on anything else. */
export function dateToUtcMs(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const m = ISO_DATE.exec(date)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function utcMsToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return utcMsToDate(dateToUtcMs(date) + days * DAY_MS);
}

/** 1 = Monday … 7 = Sunday (ISO numbering). */
export function isoWeekday(date: string): number {
  return ((new Date(dateToUtcMs(date)).getUTCDay() + 6) % 7) + 1;
}

/** The Monday that starts the ISO week containing `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO week-numbering year and week (1–53); early January can belong to the previous year's last week. */
export function isoWeek(date: string): { year: number; week: number } {
  // The Thursday of this week decides the year (ISO 8601).
  const thursday = dateToUtcMs(date) + (4 - isoWeekday(date)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week };
}

/** "2026-W47". */
export function isoWeekLabel(date: string): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Mondays of every week from the one containing `from` to the one containing `to`, oldest first. */
export function weekStartsBetween(from: string, to: string): string[] {
  const first = dateToUtcMs(weekStart(from));
  const last = dateToUtcMs(weekStart(to));
  const weeks: string[] = [];
  for (let ms = first; ms <= last; ms += 7 * DAY_MS) weeks.push(utcMsToDate(ms));
  return weeks;
}

/** The Mondays of the `count` weeks ending with the week containing `today`, oldest first. */
export function lastWeekStarts(today: string, count: number): string[] {
  if (count < 1) return [];
  return weekStartsBetween(addDays(weekStart(today), -7 * (count - 1)), today);
}

/** First day of the month containing `date`. */
export function monthStart(date: string): string {
  dateToUtcMs(date);
  return `${date.slice(0, 7)}-01`;
}
