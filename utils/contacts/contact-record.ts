/**
 * A logged MECC contact, exactly as the privacy contract allows (DESIGN.md,
 * "Contact log") and nothing more. Never: the page URL or title, anything typed,
 * who the member of staff is, anything about the person, or an exact time (an exact
 * time plus a clinic can identify a patient). Organisation and team come from
 * policy at export/upload time, not per record.
 */

export type ContactOutcome = 'information' | 'signposted' | 'referred' | 'declined';
export type LoggedVia = 'toolbar' | 'shortcut' | 'sidebar' | 'popup';

export const OUTCOMES: readonly ContactOutcome[] = ['information', 'signposted', 'referred', 'declined'];

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
  outcome?: ContactOutcome;
  via: LoggedVia;
  /** Which content was in use: "built-in" or "feed:<version>". */
  contentVersion: string;
}
