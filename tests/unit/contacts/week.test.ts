import { localDate } from '../../../utils/contacts/new-contact';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateToUtcMs,
  isIsoDate,
  isoWeek,
  isoWeekLabel,
  isoWeekday,
  lastWeekStarts,
  monthStart,
  weekStart,
  weekStartsBetween,
} from '../../../utils/contacts/week';

describe('ISO weeks from YYYY-MM-DD', () => {
  it('starts weeks on Monday', () => {
    // 22 November 2026 is a Sunday.
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
  });

  it('crosses month and year ends, and leap days', () => {
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('is not moved by British Summer Time changes (both on Sundays)', () => {
    // BST starts 29 March 2026 and ends 25 October 2026.
    expect(weekStart('2026-03-29')).toBe('2026-03-23');
    expect(weekStart('2026-03-30')).toBe('2026-03-30');
    expect(weekStart('2026-10-25')).toBe('2026-10-19');
    expect(weekStartsBetween('2026-03-20', '2026-04-06')).toEqual(['2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06']);
  });

  it('numbers weeks the ISO 8601 way', () => {
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 }); // a Thursday
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 }); // a Friday in 2026's week 53
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekLabel('2026-11-22')).toBe('2026-W47');
  });

  it('lists the last N weeks, oldest first, ending with this week', () => {
    const weeks = lastWeekStarts('2026-11-22', 12);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toBe('2026-08-31');
    expect(weeks[11]).toBe('2026-11-16');
    expect(lastWeekStarts('2026-11-22', 0)).toEqual([]);
  });

  it('knows months and rejects what is not a date', () => {
    expect(monthStart('2026-11-22')).toBe('2026-11-01');
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(() => dateToUtcMs('yesterday')).toThrow(RangeError);
  });

  it("takes today's date from the local calendar", () => {
    expect(localDate(new Date(2026, 10, 22, 0, 30))).toBe('2026-11-22');
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
