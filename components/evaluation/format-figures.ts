/** Counts and dates as the evaluation page shows them: en-GB, and dates read in UTC so none shifts by a day. */
export const formatCount = (value: number) => value.toLocaleString('en-GB');
export const monthName = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
export const weekday = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
