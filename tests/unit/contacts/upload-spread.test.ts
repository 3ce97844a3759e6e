/**
 * Spread uploads (issue 20): a finished day's first upload attempt goes at this browser's
 * random time within the policy's window after midnight, kept across restarts; a browser
 * that missed it sends within the hour after it is running again; retries keep their
 * back-off. Plus a simulation of 40,000 browsers' upload times.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { createContactDuties } from '../../../utils/contacts/contact-duties';
import { newContact } from '../../../utils/contacts/new-contact';
import { backoffMs, flushOutbox } from '../../../utils/contacts/outbox';
import { CATCH_UP_MS, planUpload, randomBelow, type SpreadOptions, type UploadPlan } from '../../../utils/contacts/upload-spread';
import { addContact } from '../../../utils/db/contacts-store';
import { uploadPlanItem } from '../../../utils/db/local-store';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';

const ENDPOINT = 'https://receiver.example/mecc';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (d: number, h: number, min = 0) => new Date(2026, 11, d, h, min);

function receiver(failFirst = 0) {
  const times: Date[] = [];
  let failures = failFirst;
  const fetchImpl = vi.fn(async (_url: unknown, init?: RequestInit) => {
    times.push(new Date());
    const body = JSON.parse(String(init?.body));
    if (failures > 0) {
      failures -= 1;
      return new Response('busy', { status: 503 });
    }
    return Response.json({ batchId: body.batchId, stored: body.records.length });
  });
  return { times, fetch: fetchImpl as unknown as typeof fetch };
}

const contactOn = (d: number): ContactRecord =>
  newContact({ via: 'popup', topics: ['smoking'] }, { now: at(d, 14), granularity: 'day', contentVersion: 'built-in' });

/** The background's timer: a flush every 5 minutes from `from` to `to`, on the faked clock. */
async function runTimer(from: Date, to: Date, flush: () => Promise<unknown>) {
  for (let t = from.getTime(); t <= to.getTime(); t += 5 * MINUTE) {
    vi.setSystemTime(t);
    await flush();
  }
}

beforeEach(async () => {
  // Only the clock is faked: fake-indexeddb needs real setImmediate.
  vi.useFakeTimers({ toFake: ['Date'] });
  Object.assign(fakeBrowser.action, { setPopup: vi.fn(), setBadgeText: vi.fn(), setTitle: vi.fn(), setBadgeBackgroundColor: vi.fn() });
});
afterEach(async () => {
  vi.useRealTimers();
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('spread uploads', () => {
  it('sends a finished day at a random time inside the window, not at midnight, and keeps that time across a restart', async () => {
    await fakeBrowser.storage.managed.set({ uploadEndpoint: ENDPOINT });
    await addContact(contactOn(6), true);
    const server = receiver();
    // The first timer run after midnight chooses the time and sends nothing unless it is already due.
    vi.setSystemTime(at(7, 0, 2));
    await createContactDuties({ fetch: server.fetch }).flush();
    const plan = (await uploadPlanItem.getValue())!;
    expect(plan.period).toBe('2026-12-06');
    const planned = Date.parse(plan.at);
    expect(planned).toBeGreaterThanOrEqual(at(7, 0, 2).getTime());
    expect(planned).toBeLessThan(at(7, 6).getTime());

    // A restart (new worker, database reopened) before that time: the same time, nothing sent early.
    await closeMeccDb();
    const restarted = createContactDuties({ fetch: server.fetch });
    await runTimer(at(7, 0, 7), new Date(planned - 1), () => restarted.flush());
    expect(server.times).toEqual([]);
    expect((await uploadPlanItem.getValue())!.at).toBe(plan.at);
    // The first timer run at or after it sends.
    await runTimer(new Date(planned), new Date(planned + 5 * MINUTE), () => restarted.flush());
    expect(server.times).toHaveLength(1);
    expect(server.times[0]!.getTime() - planned).toBeLessThan(5 * MINUTE);
  });

  it('chooses uniformly across the whole window: over many days, early, middle and late hours all occur', () => {
    const options: SpreadOptions = { granularity: 'day', windowHours: 6 };
    const hours = new Set<number>();
    for (let day = 1; day <= 200; day += 1) {
      const plan = planUpload(null, new Date(2026, 0, day, 0, 1), options);
      const offset = Date.parse(plan.at) - new Date(2026, 0, day).getTime();
      expect(offset).toBeGreaterThanOrEqual(MINUTE);
      expect(offset).toBeLessThan(6 * HOUR);
      hours.add(Math.floor(offset / HOUR));
    }
    expect([...hours].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('a browser off overnight sends within the hour after it starts, not at once', async () => {
    await fakeBrowser.storage.managed.set({ uploadEndpoint: ENDPOINT });
    await addContact(contactOn(6), true);
    const server = receiver();
    vi.setSystemTime(at(7, 8, 5));
    await flushOutbox(resolveContactSettings({ uploadEndpoint: ENDPOINT }), { fetch: server.fetch });
    const plan = (await uploadPlanItem.getValue())!;
    expect(Date.parse(plan.at)).toBeGreaterThanOrEqual(at(7, 8, 5).getTime());
    expect(Date.parse(plan.at)).toBeLessThan(at(7, 8, 5).getTime() + CATCH_UP_MS);
  });

  it('a browser asleep at its planned time chooses again within the hour after it wakes', () => {
    const options: SpreadOptions = { granularity: 'day', windowHours: 6 };
    const first = planUpload(null, at(7, 0, 3), options, () => 3 * HOUR);
    expect(first).toMatchObject({ at: new Date(at(7, 0, 3).getTime() + 3 * HOUR).toISOString(), opened: false });
    // Asleep from 01:00 to 08:30: the planned 03:03 was missed.
    const woke = planUpload(first, at(7, 8, 30), options, (n) => n - 1);
    expect(woke.opened).toBe(false);
    expect(Date.parse(woke.at)).toBe(at(7, 8, 30).getTime() + CATCH_UP_MS - 1);
    // On time (within a timer period): opens, and stays open for the rest of the day.
    const due = planUpload(woke, new Date(Date.parse(woke.at) + 4 * MINUTE), options);
    expect(due.opened).toBe(true);
    expect(planUpload(due, at(7, 23, 50), options)).toBe(due);
  });

  it('with uploadWindowHours 0 a finished day goes at the first timer run after midnight, as before', () => {
    const plan = planUpload(null, at(7, 0, 3), { granularity: 'day', windowHours: 0 });
    expect(plan).toEqual({ period: '2026-12-06', at: at(7, 0, 3).toISOString(), opened: true });
  });

  it('when policy records hours, each finished hour is spread over at most the next hour', () => {
    const plan = planUpload(null, at(7, 14, 1), { granularity: 'hour', windowHours: 6 }, (n) => n - 1);
    expect(plan.period).toBe('2026-12-07T13');
    // Within the hour from now: never as late as the 6-hour window.
    expect(Date.parse(plan.at)).toBe(at(7, 15, 1).getTime() - 1);
  });

  it('retries keep their back-off: a failed first attempt is retried after 1, 2, 4 minutes, not at the next window', async () => {
    const settings = resolveContactSettings({ uploadEndpoint: ENDPOINT });
    await addContact(contactOn(6), true);
    const server = receiver(2);
    await uploadPlanItem.setValue({ period: '2026-12-06', at: at(7, 3).toISOString(), opened: false } satisfies UploadPlan);
    await runTimer(at(7, 3), at(7, 3, 30), () => flushOutbox(settings, { fetch: server.fetch }));
    expect(server.times.map((t) => t.getTime() - at(7, 3).getTime())).toEqual([0, 5 * MINUTE, 10 * MINUTE]);
    // Each retry waited at least its back-off (1 min, then 2), then went at the next timer run.
    expect(server.times[1]!.getTime() - server.times[0]!.getTime()).toBeGreaterThanOrEqual(backoffMs(1));
    expect(server.times[2]!.getTime() - server.times[1]!.getTime()).toBeGreaterThanOrEqual(backoffMs(2));
  });

  it('randomBelow gives whole numbers in range from crypto randomness', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues');
    const values = Array.from({ length: 1000 }, () => randomBelow(6 * HOUR)); // more than one pool of 256
    expect(spy).toHaveBeenCalled();
    expect(values.every((v) => Number.isInteger(v) && v >= 0 && v < 6 * HOUR)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
    spy.mockRestore();
  });
});

/**
 * 40,000 browsers over one night, each following the real planUpload on a 5-minute timer
 * with its own phase: 55 % on all night; 35 % off overnight, all starting in the same
 * 20 minutes at a shift start (the worst morning case); 10 % asleep from some time in the
 * night until that shift start. Returns each browser's upload time (ms after midnight).
 */
function simulateNight(windowHours: number, browsers = 40_000): number[] {
  const options: SpreadOptions = { granularity: 'day', windowHours };
  const midnight = new Date(2026, 11, 8).getTime();
  const yesterday: UploadPlan = { period: '2026-12-06', at: new Date(midnight - 20 * HOUR).toISOString(), opened: true };
  const uploads: number[] = [];
  for (let i = 0; i < browsers; i += 1) {
    const kind = i % 20 < 11 ? 'on' : i % 20 < 18 ? 'off' : 'asleep';
    const shiftStart = midnight + 8 * HOUR + randomBelow(20 * MINUTE);
    const phase = randomBelow(5 * MINUTE);
    const sleepsAt = midnight + randomBelow(6 * HOUR);
    let plan: UploadPlan | null = yesterday;
    // Timer runs: from before midnight (or from start-up plus the first 5 minutes) onwards.
    let t = kind === 'off' ? shiftStart + 5 * MINUTE : midnight - 5 * MINUTE + phase;
    for (;;) {
      if (kind === 'asleep' && t >= sleepsAt && t < shiftStart) t = shiftStart + 5 * MINUTE;
      plan = planUpload(plan, new Date(t), options);
      if (plan.period === '2026-12-07' && plan.opened) {
        uploads.push(t - midnight);
        break;
      }
      // Timer runs before the planned time change nothing: skip to the first one at or after it.
      const wait = Math.max(Date.parse(plan.at) - t, 1);
      t += Math.ceil(wait / (5 * MINUTE)) * 5 * MINUTE;
    }
  }
  return uploads;
}

/** The largest share of uploads in any 5-minute clock window. */
function busiestFiveMinutes(uploads: readonly number[]): number {
  const buckets = new Map<number, number>();
  for (const u of uploads) buckets.set(Math.floor(u / (5 * MINUTE)), (buckets.get(Math.floor(u / (5 * MINUTE))) ?? 0) + 1);
  return Math.max(...buckets.values()) / uploads.length;
}

describe('simulation: 40,000 browsers', () => {
  it('with the default 6-hour window, no 5-minute window holds more than 10 % of the night’s uploads', () => {
    const uploads = simulateNight(6);
    expect(uploads).toHaveLength(40_000);
    expect(busiestFiveMinutes(uploads)).toBeLessThanOrEqual(0.1);
    // Everyone sends the same morning: none is left waiting past the shift start plus the catch-up hour.
    expect(Math.max(...uploads)).toBeLessThan(8 * HOUR + 20 * MINUTE + 5 * MINUTE + CATCH_UP_MS + 5 * MINUTE);
  }, 60_000);

  it('without the spread (window 0) the same night fails that test: the after-midnight wave', () => {
    expect(busiestFiveMinutes(simulateNight(0))).toBeGreaterThan(0.5);
  }, 60_000);
});
