/**
 * When a waiting record may be uploaded (upload-timing.ts, security review H2), one row per edge:
 * the first and last instant of the record's day and hour, the instant it ends, the undo window
 * after it, hour 0 and hour 23, the end of a month and a year, the two London clock changes, and
 * malformed dates and hours. Every instant is local time, as the rule is; the table runs in UTC
 * and in London. upload-timing.test.ts shows the same rule through the outbox and a receiver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUploadable } from '../../../utils/contacts/upload-timing';
import { UNDO_WINDOW_MS } from '../../../utils/contacts/undo-window';

const U = UNDO_WINDOW_MS;
/** Local time, with a millisecond offset: at(2026, 12, 7, 0) is local midnight starting 7 December. */
const at =
  (y: number, mo: number, d: number, h = 0, offsetMs = 0) =>
  () =>
    new Date(new Date(y, mo - 1, d, h).getTime() + offsetMs);

type Row = [what: string, record: { date: string; hour?: number }, now: () => Date, uploadable: boolean];
const CASES: Row[] = [
  // A day record goes once its whole day and the undo window after it have passed.
  ['a day record at the first instant of its day', { date: '2026-12-07' }, at(2026, 12, 7, 0), false],
  ['a day record at the last instant of its day', { date: '2026-12-07' }, at(2026, 12, 8, 0, -1), false],
  ['a day record as the next day starts', { date: '2026-12-07' }, at(2026, 12, 8, 0), false],
  ['a day record one ms before the undo window closes', { date: '2026-12-07' }, at(2026, 12, 8, 0, U - 1), false],
  ['a day record as the undo window closes', { date: '2026-12-07' }, at(2026, 12, 8, 0, U), true],
  ['a day record a week later', { date: '2026-12-07' }, at(2026, 12, 14, 12), true],
  ['a day record on the day before its date (a clock set back)', { date: '2026-12-07' }, at(2026, 12, 6, 12), false],
  ['the last day of a month, as the undo window closes', { date: '2026-11-30' }, at(2026, 12, 1, 0, U), true],
  ['the last day of a month, just before', { date: '2026-11-30' }, at(2026, 12, 1, 0, U - 1), false],
  ['the last day of the year, as the undo window closes', { date: '2026-12-31' }, at(2027, 1, 1, 0, U), true],
  ['the last day of the year, just before', { date: '2026-12-31' }, at(2027, 1, 1, 0, U - 1), false],
  ['29 February, as the undo window closes', { date: '2028-02-29' }, at(2028, 3, 1, 0, U), true],
  // An hour record goes once its hour and the undo window have passed.
  ['an hour record at the first instant of its hour', { date: '2026-12-07', hour: 9 }, at(2026, 12, 7, 9), false],
  ['an hour record at the last instant of its hour', { date: '2026-12-07', hour: 9 }, at(2026, 12, 7, 10, -1), false],
  ['an hour record as the next hour starts', { date: '2026-12-07', hour: 9 }, at(2026, 12, 7, 10), false],
  ['an hour record one ms before the undo window closes', { date: '2026-12-07', hour: 9 }, at(2026, 12, 7, 10, U - 1), false],
  ['an hour record as the undo window closes', { date: '2026-12-07', hour: 9 }, at(2026, 12, 7, 10, U), true],
  ['hour 0, as its hour starts', { date: '2026-12-07', hour: 0 }, at(2026, 12, 7, 0), false],
  ['hour 0, as the undo window closes', { date: '2026-12-07', hour: 0 }, at(2026, 12, 7, 1, U), true],
  ['hour 23, just before the undo window closes the next day', { date: '2026-12-07', hour: 23 }, at(2026, 12, 8, 0, U - 1), false],
  ['hour 23, as the undo window closes the next day', { date: '2026-12-07', hour: 23 }, at(2026, 12, 8, 0, U), true],
  ['hour 23 on the last day of the year, at the new year', { date: '2026-12-31', hour: 23 }, at(2027, 1, 1, 0), false],
  ['hour 23 on the last day of the year, after the undo window', { date: '2026-12-31', hour: 23 }, at(2027, 1, 1, 0, U), true],
  // London's clock changes: 29 March 2026 (01:00 → 02:00) and 25 October 2026 (02:00 → 01:00).
  ['the day the clocks go forward, just before the next day', { date: '2026-03-29' }, at(2026, 3, 30, 0, U - 1), false],
  ['the day the clocks go forward, after the next day starts', { date: '2026-03-29' }, at(2026, 3, 30, 0, U), true],
  ['the day the clocks go back, just before the next day', { date: '2026-10-25' }, at(2026, 10, 26, 0, U - 1), false],
  ['the day the clocks go back, after the next day starts', { date: '2026-10-25' }, at(2026, 10, 26, 0, U), true],
  ['hour 0 on the day the clocks go forward, before 02:00', { date: '2026-03-29', hour: 0 }, at(2026, 3, 29, 1, U - 1), false],
  ['hour 0 on the day the clocks go forward, after', { date: '2026-03-29', hour: 0 }, at(2026, 3, 29, 1, U), true],
  // Malformed: a bad date never goes; a bad hour is read as the whole day, the wider window.
  ['a date that does not exist', { date: '2026-02-30' }, at(2027, 6, 1), false],
  ['a date that is not a date', { date: 'yesterday' }, at(2027, 6, 1), false],
  ['hour 24, as the next day starts', { date: '2026-12-07', hour: 24 }, at(2026, 12, 8, 0, U - 1), false],
  ['hour 24, read as the whole day', { date: '2026-12-07', hour: 24 }, at(2026, 12, 8, 0, U), true],
  ['hour -1, read as the whole day', { date: '2026-12-07', hour: -1 }, at(2026, 12, 7, 12), false],
  ['hour 9.5, read as the whole day', { date: '2026-12-07', hour: 9.5 }, at(2026, 12, 7, 11, U), false],
];

describe.each(['UTC', 'Europe/London'])('upload timing, every edge, in %s (H2)', (zone) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it('runs in the zone it says (so the London rows test the clock changes)', () => {
    expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(zone === 'UTC' ? 0 : -60);
  });

  it.each(CASES)('%s', (_what, record, now, uploadable) => {
    expect(isUploadable(record, now())).toBe(uploadable);
  });
});
