/**
 * The dates a contact can sensibly carry (security review T3-IMPORT-DATES). The
 * programme's tool did not exist before 2020, and a contact cannot be logged more than
 * a day ahead of this computer's date (a day allows for time zones and a clock a little
 * fast). A row outside this range is refused at import; a record outside it in this
 * browser's own log (a clock set wrong when it was logged) is still counted, but the
 * zero-filled ranges of the summaries and the report periods stay inside it, so one
 * absurd date can never make the page draw thousands of empty periods.
 */
import { addDays } from './week';

export const EARLIEST_CONTACT_DATE = '2020-01-01';

/** The latest date a contact logged by `today` can carry. */
export function latestContactDate(today: string): string {
  return addDays(today, 1);
}

export function isPlausibleContactDate(date: string, today: string): boolean {
  return date >= EARLIEST_CONTACT_DATE && date <= latestContactDate(today);
}

/**
 * The span to zero-fill for records dated `first` to `last`: from the first record
 * (not before 2020) to the later of today and the last record (not after tomorrow).
 * Null when nothing falls inside. Records outside still get their own rows.
 */
export function zeroFillSpan(first: string, last: string, today: string): { from: string; to: string } | null {
  const from = first > EARLIEST_CONTACT_DATE ? first : EARLIEST_CONTACT_DATE;
  const latest = latestContactDate(today);
  const end = last > today ? last : today;
  const to = end < latest ? end : latest;
  return from <= to ? { from, to } : null;
}
