/**
 * The figures on the printable board report (issue 12) for one period: totals,
 * signposting and referral rates, topics by level, top services, content versions.
 * Rates are shares of the logged conversations, never of an eligible population.
 */
import type { ContactLevel, ContactRecord } from '../contacts/contact-record';
import { LEVELS } from '../contacts/contact-record';
import { isSignposted, topServices, weeklyRows, type ServiceCount, type WeekRow } from './aggregate';
import type { Period } from './period';
import { weekStartsBetween } from '../contacts/week';

export interface BoardFigures {
  period: Period;
  contacts: number;
  signposted: number;
  /** Offered, accepted, and the older "offered or accepted": every one was an offer. */
  referralOffered: number;
  referralAccepted: number;
  saidWillContact: number;
  declined: number;
  /** Topic id (or "" for none) → contacts by level ("not-recorded" for older records). */
  topicsByLevel: Map<string, Map<ContactLevel | 'not-recorded', number>>;
  weeks: WeekRow[];
  topServices: ServiceCount[];
  contentVersions: string[];
  /** Conversations per topic, for the modelled impact. */
  byTopic: Map<string, number>;
}

const REFERRAL_OFFERS = new Set(['referral-offered', 'referral-accepted', 'referral-offered-or-accepted']);

export function boardFigures(all: readonly ContactRecord[], period: Period): BoardFigures {
  const records = all.filter((r) => r.date >= period.start && r.date <= period.end);
  const topicsByLevel = new Map<string, Map<ContactLevel | 'not-recorded', number>>();
  const byTopic = new Map<string, number>();
  const versions = new Set<string>();
  let signposted = 0;
  let referralOffered = 0;
  let referralAccepted = 0;
  let saidWillContact = 0;
  let declined = 0;
  for (const r of records) {
    if (isSignposted(r)) signposted += 1;
    if (r.outcome && REFERRAL_OFFERS.has(r.outcome)) referralOffered += 1;
    if (r.outcome === 'referral-accepted') referralAccepted += 1;
    if (r.outcome === 'declined') declined += 1;
    if (r.intention) saidWillContact += 1;
    versions.add(r.contentVersion);
    const level = r.level ?? 'not-recorded';
    for (const t of r.topics.length ? new Set(r.topics) : ['']) {
      const row = topicsByLevel.get(t) ?? new Map();
      row.set(level, (row.get(level) ?? 0) + 1);
      topicsByLevel.set(t, row);
      if (t) byTopic.set(t, (byTopic.get(t) ?? 0) + 1);
    }
  }
  return {
    period,
    contacts: records.length,
    signposted,
    referralOffered,
    referralAccepted,
    saidWillContact,
    declined,
    topicsByLevel,
    weeks: weeklyRows(records, weekStartsBetween(period.start, period.end)),
    topServices: topServices(records, 5),
    contentVersions: [...versions].sort(),
    byTopic,
  };
}

export const LEVEL_COLUMNS: ReadonlyArray<ContactLevel | 'not-recorded'> = [...LEVELS, 'not-recorded'];
