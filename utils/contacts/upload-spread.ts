/**
 * When a browser makes its first upload attempt for a finished day (issue 20, spread
 * uploads). Uploading at the first timer run after midnight made every browser left
 * on overnight send within the same five minutes (about 130 requests a second from
 * 40,000 browsers), and every browser off overnight send at log-on. Instead each
 * browser picks, with crypto randomness, a time within the policy's window after
 * midnight (`uploadWindowHours`, default 6), stores it, and sends the finished day's
 * records at the first timer run after it. A browser that was off or asleep at that
 * time picks again: a random time within the hour after it is next running.
 *
 * Privacy (docs/privacy.md): the time chosen depends only on when the day ended, when
 * this browser was running and a random number, never on when any contact happened.
 * Retries keep their own back-off (utils/contacts/outbox.ts); only the first attempt
 * for a finished day waits here.
 */
import { localDate } from './new-contact';

const HOUR_MS = 60 * 60_000;
/** A browser that missed its time sends within this long after it is running again (if the window allows). */
export const CATCH_UP_MS = HOUR_MS;
/** Later than this after the planned time, the browser was not running then (the timer runs every 5 minutes). */
export const LATE_MS = 15 * 60_000;

export interface UploadPlan {
  /** The finished period the plan is for: "2026-12-06", or "2026-12-06T14" when policy records hours. */
  period: string;
  /** ISO time of the first attempt. */
  at: string;
  /** The time has come: new batches may be formed until the next period ends. */
  opened: boolean;
}

export interface SpreadOptions {
  granularity: 'day' | 'hour';
  /** Policy's uploadWindowHours: 0 sends at the first timer run after the period ends. */
  windowHours: number;
}

// Random words fetched 256 at a time: each getRandomValues call costs far more than a word.
const pool = new Uint32Array(256);
let used = pool.length;
function randomWord(): number {
  if (used === pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  return pool[used++]!;
}

/** A uniform whole number in [0, n) from crypto.getRandomValues (rejection sampling: no modulo bias). */
export function randomBelow(n: number): number {
  const range = Math.floor(n);
  if (range <= 1) return 0;
  const limit = Math.floor(0x1_0000_0000 / range) * range;
  let word: number;
  do word = randomWord();
  while (word >= limit);
  return word % range;
}

/** The latest period that has ended by `now` (local time), and when it ended. */
export function latestFinishedPeriod(now: Date, granularity: SpreadOptions['granularity']): { key: string; end: Date } {
  if (granularity === 'hour') {
    const end = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours());
    const start = new Date(end.getTime() - HOUR_MS);
    return { key: `${localDate(start)}T${String(start.getHours()).padStart(2, '0')}`, end };
  }
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return { key: localDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1)), end };
}

/** The window for one period: hours after a finished day; at most the next hour after a finished hour. */
function windowMs({ granularity, windowHours }: SpreadOptions): number {
  return (granularity === 'hour' ? Math.min(windowHours, 1) : windowHours) * HOUR_MS;
}

/**
 * The plan after a timer run at `now`, from the stored one. A new finished period gets a
 * time uniformly within what is left of its window (or, past the window, within the hour
 * from now); a planned time missed by more than LATE_MS is chosen again the same way.
 */
export function planUpload(
  previous: UploadPlan | null,
  now: Date,
  options: SpreadOptions,
  random: (n: number) => number = randomBelow,
): UploadPlan {
  const { key, end } = latestFinishedPeriod(now, options.granularity);
  const window = windowMs(options);
  const catchUp = Math.min(window, CATCH_UP_MS);
  const t = now.getTime();
  const pick = (span: number): UploadPlan => ({
    period: key,
    at: new Date(t + (span > 0 ? random(span) : 0)).toISOString(),
    opened: false,
  });
  let plan = previous?.period === key ? previous : pick(Math.max(end.getTime() + window - t, catchUp));
  if (!plan.opened && t >= Date.parse(plan.at) && t - Date.parse(plan.at) > LATE_MS && catchUp > 0) plan = pick(catchUp);
  if (!plan.opened && t >= Date.parse(plan.at)) plan = { ...plan, opened: true };
  return plan;
}
