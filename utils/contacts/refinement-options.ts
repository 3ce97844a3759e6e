/**
 * The one-tap refinements offered after a log, and which of them policy hides
 * (`hiddenRefinements`): a whole group by its name, or one choice by its id.
 */
import type { ContactLevel, ContactOutcome } from './contact-record';
import { CHOOSABLE_OUTCOMES, LEVELS } from './contact-record';

export type RefinementGroup = 'level' | 'outcome' | 'intention';
const REFINEMENT_GROUPS: readonly RefinementGroup[] = ['level', 'outcome', 'intention'];
/** What `hiddenRefinements` may list. */
export const REFINEMENT_IDS: readonly string[] = [...REFINEMENT_GROUPS, ...LEVELS, ...CHOOSABLE_OUTCOMES];

/** Staff's words for each choice (the data dictionary maps them to the guide's and CQUIN's). */
export const LEVEL_LABELS: Record<ContactLevel, string> = { 'very-brief': 'Very brief', brief: 'Brief', extended: 'Extended' };
export const OUTCOME_LABELS: Record<ContactOutcome, string> = {
  information: 'Information given',
  signposted: 'Signposted',
  'referral-offered': 'Referral offered',
  'referral-accepted': 'Referral accepted',
  'referral-offered-or-accepted': 'Referral offered or accepted',
  declined: 'Declined',
};
export const INTENTION_LABEL = 'Said they would contact the service';

/** What the popup and sidebar show: empty lists (and intention false) mean the group is hidden. */
export interface RefinementChoices {
  levels: ContactLevel[];
  outcomes: ContactOutcome[];
  intention: boolean;
}

export function refinementChoices(hidden: readonly string[]): RefinementChoices {
  const off = new Set(hidden);
  return {
    levels: off.has('level') ? [] : LEVELS.filter((l) => !off.has(l)),
    outcomes: off.has('outcome') ? [] : CHOOSABLE_OUTCOMES.filter((o) => !off.has(o)),
    intention: !off.has('intention'),
  };
}
