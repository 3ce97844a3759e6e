/**
 * Builds a contact record from what the UI knows, keeping only what the privacy
 * contract allows. Ids are checked against the id pattern, so free text (a name, a
 * note typed somewhere) can never ride along in a topic or service field.
 */
import type { ContactOutcome, ContactRecord, LoggedVia } from './contact-record';
import { OUTCOMES } from './contact-record';

export interface ContactInput {
  topics?: readonly string[];
  services?: readonly string[];
  outcome?: ContactOutcome;
  via: LoggedVia;
}

export interface ContactContext {
  now: Date;
  granularity: 'day' | 'hour';
  contentVersion: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cleanIds = (ids: readonly string[] | undefined) => [...new Set((ids ?? []).filter((id) => ID.test(id)))];

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
    via: input.via,
    contentVersion: /^(built-in|feed:\d+)$/.test(ctx.contentVersion) ? ctx.contentVersion : 'unknown',
  };
  if (ctx.granularity === 'hour') record.hour = ctx.now.getHours();
  if (input.outcome && OUTCOMES.includes(input.outcome)) record.outcome = input.outcome;
  return record;
}
