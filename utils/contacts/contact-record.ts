/**
 * A logged MECC contact, exactly as the privacy contract allows (docs/architecture.md,
 * "Contact log") and nothing more. Never: the page URL or title, anything typed,
 * who the member of staff is, anything about the person, or an exact time (an exact
 * time plus a clinic can identify a patient). Organisation and team come from
 * policy at export/upload time, not per record.
 *
 * The level, outcome, intention and handover are what the MECC evaluation guide,
 * CQUIN and NICE count (docs/evaluation.md, "Data dictionary"); each is one tap by
 * the member of staff, and none says anything about who the person is.
 */

/** How long the conversation was: a very brief intervention is under two minutes (MECC evaluation guide). */
export type ContactLevel = 'very-brief' | 'brief' | 'extended';
export const LEVELS: readonly ContactLevel[] = ['very-brief', 'brief', 'extended'];
/** What one click means: the usual MECC conversation. */
export const DEFAULT_LEVEL: ContactLevel = 'very-brief';

/**
 * What was done. `referral-offered-or-accepted` is only ever the migrated form of the
 * old single outcome "referred" (records logged before the offered/accepted split):
 * it is not offered in the UI, and never guessed into one of the two.
 */
export type ContactOutcome =
  'information' | 'signposted' | 'referral-offered' | 'referral-accepted' | 'referral-offered-or-accepted' | 'declined';
/** Every outcome a record can hold. */
export const OUTCOMES: readonly ContactOutcome[] = [
  'information',
  'signposted',
  'referral-offered',
  'referral-accepted',
  'referral-offered-or-accepted',
  'declined',
];
/** The outcomes staff can choose now (the popup's and sidebar's one-tap refinements). */
export const CHOOSABLE_OUTCOMES: readonly ContactOutcome[] = [
  'information',
  'signposted',
  'referral-offered',
  'referral-accepted',
  'declined',
];
/** The outcome records logged before the split carry after migration 3 (they said "referred"). */
export const LEGACY_REFERRED: ContactOutcome = 'referral-offered-or-accepted';

/** How a service was handed to the person. The method only: never who to, a number or the text sent. */
export type HandoverMethod = 'link-copied' | 'qr-shown' | 'card-printed' | 'sms-text-copied';
export const HANDOVER_METHODS: readonly HandoverMethod[] = ['link-copied', 'qr-shown', 'card-printed', 'sms-text-copied'];

export type LoggedVia = 'toolbar' | 'shortcut' | 'sidebar' | 'popup';
export const VIAS: readonly LoggedVia[] = ['toolbar', 'shortcut', 'sidebar', 'popup'];

export interface ContactRecord {
  /** Random (crypto.randomUUID): unique, and says nothing about who or when. */
  id: string;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** 0–23, only when the organisation's policy asks for hours. */
  hour?: number;
  /** Topic ids from the content (e.g. "smoking"). */
  topics: string[];
  /** Service ids signposted to. */
  services: string[];
  /** Absent only on records logged before levels were recorded ("not recorded"). */
  level?: ContactLevel;
  outcome?: ContactOutcome;
  /** true when, by the member of staff's account, the person said they would contact the service. */
  intention?: true;
  /** How the service(s) were handed over, each method once, in HANDOVER_METHODS order. */
  handover?: HandoverMethod[];
  via: LoggedVia;
  /** Which content was in use: "built-in" or "feed:<version>". */
  contentVersion: string;
}
