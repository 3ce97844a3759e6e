/**
 * The text-message version of a service: name, phone (or its own text instruction) and
 * web address, one per line, for staff to paste into their messaging tool. The person's
 * number is typed there, never here.
 *
 * Typographic punctuation in our content (’ “ ” – — …) is not in the GSM alphabet: one
 * curly apostrophe would switch the whole text to UCS-2 and cut each part from 160 to 70
 * characters. We write the plain equivalents, as GOV.UK Notify does.
 */
import type { Service } from '../content/content-schema';

const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
};

/** Typographic punctuation replaced by its GSM-7 equivalent; everything else kept as written. */
export function plainPunctuation(text: string): string {
  return text.replace(
    /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u2033\u2012-\u2014\u2212\u2026\u00A0\u2007\u202F\u2009]/g,
    (ch) => PLAIN[ch] ?? ch,
  );
}

export function smsText(service: Service): string {
  // No public web page: the email is the way in instead (content rule: a linkless service has a phone, text or email).
  const web = service.url ?? (service.email ? `Email ${service.email}` : undefined);
  const lines = [service.name, service.phone ? `Phone ${service.phone}` : undefined, service.text, web].filter((line): line is string =>
    Boolean(line),
  );
  return plainPunctuation(lines.join('\n'));
}
