/**
 * A varied, repeatable set of contact records for the receiver's tests: several topics (one
 * listed twice on a record), none, retired topic ids, missing levels and outcomes, the older
 * "referral-offered-or-accepted", handovers, hours, and dates over more than a year with empty
 * quarters between, so every summary rule and the small-number rules are exercised.
 */
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { HANDOVER_METHODS, LEVELS, OUTCOMES, VIAS } from '../../../utils/contacts/contact-record';
import { addDays } from '../../../utils/contacts/week';

/** A small deterministic generator (mulberry32), so a failure can be re-run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPIC_CHOICES = [
  [],
  ['smoking'],
  ['alcohol'],
  ['smoking', 'alcohol'],
  ['smoking', 'smoking'],
  ['zz-retired'],
  ['aa-old', 'alcohol'],
  ['money'],
];
const SERVICE_CHOICES = [[], [], ['nhs-quit-smoking'], ['drinkline', 'nhs-quit-smoking'], ['drinkline']];

export function sampleRecords(count: number, seed = 1, prefix = 'rec'): ContactRecord[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    // Mostly 2026, a few in early 2025, none in between: empty quarters to zero-fill.
    const date = next() < 0.1 ? addDays('2025-01-02', Math.floor(next() * 80)) : addDays('2026-01-05', Math.floor(next() * 320));
    const r: ContactRecord = {
      id: `${prefix}-${seed}-${i}`,
      date,
      topics: [...pick(TOPIC_CHOICES)],
      services: [...pick(SERVICE_CHOICES)],
      via: pick(VIAS),
      contentVersion: pick(['built-in', 'feed:12', 'feed:13']),
    };
    if (next() < 0.3) r.hour = Math.floor(next() * 24);
    if (next() < 0.8) r.level = pick(LEVELS);
    if (next() < 0.7) r.outcome = pick(OUTCOMES);
    if (next() < 0.2) r.intention = true;
    if (next() < 0.2) r.handover = [pick(HANDOVER_METHODS)];
    return r;
  });
}
