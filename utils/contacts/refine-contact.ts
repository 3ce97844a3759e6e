/**
 * One-tap refinements after the one click (issue 12): the level, the outcome, whether
 * the person said they would contact the service, and how a service was handed over.
 * A record can be refined only while it is still this browser's alone: until its
 * date (or hour) has passed and it may be uploaded (utils/contacts/upload-timing.ts).
 * After that the receiver may already hold it, and the two copies would differ.
 */
import { updateContact } from '../db/contacts-store';
import type { ContactLevel, ContactOutcome, ContactRecord, HandoverMethod } from './contact-record';
import { CHOOSABLE_OUTCOMES, LEVELS } from './contact-record';
import { cleanHandover } from './new-contact';
import { isUploadable } from './upload-timing';

export interface Refinement {
  level?: ContactLevel;
  /** null clears the outcome. */
  outcome?: ContactOutcome | null;
  intention?: boolean;
  /** Added to the record's handover methods (never removed: it happened). */
  handover?: HandoverMethod;
}

export type RefineResult = { ok: true; record: ContactRecord } | { ok: false; reason: string };

/** The refined record, or a reason (pure: the rules, without storage). */
function applyRefinement(record: ContactRecord, refinement: Refinement): ContactRecord | string {
  const next: ContactRecord = { ...record };
  if (refinement.level !== undefined) {
    if (!LEVELS.includes(refinement.level)) return 'That is not a level of conversation.';
    next.level = refinement.level;
  }
  if (refinement.outcome !== undefined) {
    if (refinement.outcome === null) delete next.outcome;
    else if (!CHOOSABLE_OUTCOMES.includes(refinement.outcome)) return 'That is not an outcome.';
    else next.outcome = refinement.outcome;
  }
  if (refinement.intention !== undefined) {
    if (refinement.intention === true) next.intention = true;
    else delete next.intention;
  }
  if (refinement.handover !== undefined) {
    const methods = cleanHandover([...(record.handover ?? []), refinement.handover]);
    if (!methods.includes(refinement.handover)) return 'That is not a way of handing a service over.';
    next.handover = methods;
  }
  return next;
}

export async function refineContact(id: string, refinement: Refinement, now = new Date()): Promise<RefineResult> {
  let reason = 'That contact is no longer in this browser.';
  const updated = await updateContact(id, (record) => {
    if (isUploadable(record, now)) {
      reason = 'That contact can no longer be changed: its day is over and it may already have been uploaded.';
      return null;
    }
    const next = applyRefinement(record, refinement);
    if (typeof next === 'string') {
      reason = next;
      return null;
    }
    return next;
  });
  return updated ? { ok: true, record: updated } : { ok: false, reason };
}
