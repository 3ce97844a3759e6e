/** Today's date as YYYY-MM-DD in UTC: review dates are whole days, so the zone barely matters. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
