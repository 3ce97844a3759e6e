/**
 * Builds a contact record from what the UI knows, keeping only what the privacy
 * contract allows. Ids are checked against the id pattern, so free text (a name, a
 * note typed somewhere) can never ride along in a topic or service field; level,
 * outcome and handover must be one of their listed words.
 */
import type { ContactLevel, ContactOutcome, ContactRecord, HandoverMethod, LoggedVia } from './contact-record';
import { CHOOSABLE_OUTCOMES, DEFAULT_LEVEL, HANDOVER_METHODS, LEVELS } from './contact-record';

export interface ContactInput {
  topics?: readonly string[];
  services?: readonly string[];
  level?: ContactLevel;
  outcome?: ContactOutcome;
  intention?: boolean;
  handover?: HandoverMethod | readonly HandoverMethod[];
  via: LoggedVia;
}

export interface ContactContext {
  now: Date;
  granularity: 'day' | 'hour';
  contentVersion: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cleanIds = (ids: readonly string[] | undefined) => [...new Set((ids ?? []).filter((id) => ID.test(id)))];

/** Listed methods only, each once, in the one fixed order (so equal sets compare equal). */
export function cleanHandover(methods: HandoverMethod | readonly HandoverMethod[] | undefined): HandoverMethod[] {
  const given = new Set<unknown>(typeof methods === 'string' ? [methods] : (methods ?? []));
  return HANDOVER_METHODS.filter((m) => given.has(m));
}

/** The local calendar date: staff think in their own day, not UTC's. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newContact(input: ContactInput, ctx: ContactContext): ContactRecord {
  const record: ContactRecord = {
    id: crypto.randomUUID(),
    date: localDate(ctx.now),
    topics: cleanIds(input.topics),
    services: cleanIds(input.services),
    // One click is a very brief intervention unless staff say otherwise.
    level: input.level && LEVELS.includes(input.level) ? input.level : DEFAULT_LEVEL,
    via: input.via,
    contentVersion: /^(built-in|feed:\d+)$/.test(ctx.contentVersion) ? ctx.contentVersion : 'unknown',
  };
  if (ctx.granularity === 'hour') record.hour = ctx.now.getHours();
  if (input.outcome && CHOOSABLE_OUTCOMES.includes(input.outcome)) record.outcome = input.outcome;
  if (input.intention === true) record.intention = true;
  const handover = cleanHandover(input.handover);
  if (handover.length) record.handover = handover;
  return record;
}
