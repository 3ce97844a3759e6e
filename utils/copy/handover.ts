/**
 * How a service was handed to the person, for the contact log. The names match the
 * evaluation's `handover` field. Only the method is ever recorded: never who received
 * it, their number, or the text sent.
 */
import type { HandoverMethod } from '../contacts/contact-record';

// One list of methods: the contact log's (a record may hold only these).
export { HANDOVER_METHODS } from '../contacts/contact-record';
export type { HandoverMethod };

/** How the log offer and its confirmation name the method, e.g. "signposting to Samaritans (QR code shown)". */
export const HANDOVER_LABELS: Record<HandoverMethod, string> = {
  'link-copied': 'link copied',
  'qr-shown': 'QR code shown',
  'card-printed': 'slip printed',
  'sms-text-copied': 'text message copied',
};
