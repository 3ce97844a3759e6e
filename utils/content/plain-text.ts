/**
 * Characters that change how text looks without being seen: bidi overrides and isolates,
 * marks, zero-width spaces and joiners, the BOM. In signed content they let a phone number
 * or a link read differently from what it is ("\u202E7654 321 0080"), and they travel into
 * the texts and emails staff paste for patients (security review L9). So they are
 * removed from content when it is checked, and again from whatever is copied.
 * https://www.unicode.org/reports/tr9/#Directional_Formatting_Characters
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
