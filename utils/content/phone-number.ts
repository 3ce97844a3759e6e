/**
 * One normalised value for a service's phone number, so the number staff read out and
 * the number a click dials can never differ (security review L9: a bidi override, two
 * numbers run together, or "+44 (0)20 …" dialled as "+44020…").
 *
 * Accepted: a number of 3 to 15 digits (E.164's limit) written with spaces, hyphens and
 * brackets, optionally after "+", optionally followed by ", " and a short instruction
 * with no other number in it ("111, then choose the mental health option",
 * "020 7974 4444, option 9").
 *
 * The instruction is words with at most one keypad code of one or two digits ("option 9",
 * "then press 55 if you cannot speak", the police's Silent Solution): "or call 0 8 0 0 …" or
 * "then dial 08-00-…" would show staff a second number that the `tel:` link does not dial
 * (security review T3-PHONE-NOTE, docs/security-decisions.md).
 */
const NUMBER = /^\+?[0-9(][0-9 ()-]*[0-9]$|^[0-9]{3}$/;
const NOTE = /^(?=.{1,80}$)[A-Za-z][A-Za-z '-]*(?: [0-9]{1,2}(?: [A-Za-z][A-Za-z '-]*)?)?$/;

export interface PhoneNumber {
  /** What the card shows: the number as published (spacing tidied), then any instruction. */
  display: string;
  /** The `tel:` URI: digits and a leading + only (RFC 3966). */
  tel: string;
}

export function parsePhone(phone: string): PhoneNumber | null {
  const comma = phone.indexOf(',');
  const numberPart = (comma < 0 ? phone : phone.slice(0, comma)).trim().replace(/\s+/g, ' ');
  const note = comma < 0 ? '' : phone.slice(comma + 1).trim();
  if (!NUMBER.test(numberPart) || (comma >= 0 && !NOTE.test(note))) return null;
  // "+44 (0)20 …": the (0) is dialled only from inside the country, never after +44.
  const international = numberPart.startsWith('+');
  const shown = international ? numberPart.replace(/\s*\(0\)\s*/, ' ').replace(/\s+/g, ' ') : numberPart;
  const digits = shown.replace(/[^0-9]/g, '');
  if (digits.length < 3 || digits.length > 15) return null;
  if ((shown.match(/\(/g) ?? []).length !== (shown.match(/\)/g) ?? []).length) return null;
  return { display: note ? `${shown}, ${note}` : shown, tel: `tel:${international ? '+' : ''}${digits}` };
}

export function isPhoneNumber(phone: string): boolean {
  return parsePhone(phone) !== null;
}
