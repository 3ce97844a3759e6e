/**
 * How long a text message is, the way the phone network counts it (3GPP TS 23.038):
 * which encoding the text forces and how many parts ("segments") it is sent as.
 *
 * - GSM-7 (the GSM 03.38 default alphabet): 160 septets in one message, 153 per part
 *   once split (7 go to the concatenation header). Characters of the extension table
 *   (€ [ ] { } ~ ^ | \ and form feed) take two septets: an escape, then the character.
 * - UCS-2 (UTF-16 on the wire): one character outside the GSM alphabet — an emoji, a
 *   curly apostrophe, Bengali, Arabic — switches the whole message to it: 70 code units
 *   in one message, 67 per part. Emoji outside the Basic Multilingual Plane take two.
 *
 * An escape pair or a surrogate pair is never split between parts, so a part can hold
 * one unit fewer than its maximum; the count below packs parts the same way.
 */

export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** The GSM 03.38 default alphabet, in table order (LF and CR included). */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' + '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: each costs an escape septet plus itself. */
const GSM_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export const SMS_LIMITS = {
  'GSM-7': { single: 160, perPart: 153 },
  'UCS-2': { single: 70, perPart: 67 },
} as const satisfies Record<SmsEncoding, { single: number; perPart: number }>;

/** More parts than this and we warn: each part is billed, and long texts get cut or merged badly. */
export const SMS_WARN_ABOVE_SEGMENTS = 2;

export interface SmsCount {
  encoding: SmsEncoding;
  /** What the network counts: septets for GSM-7 (extension characters 2), UTF-16 units for UCS-2. */
  units: number;
  /** Characters as a person counts them (code points). */
  characters: number;
  /** Parts the message is sent as; 0 for an empty text. */
  segments: number;
  /** Units that fit in one part at the current length: the single limit, or the per-part limit once split. */
  perSegment: number;
  /** Units left before another part is needed. */
  remaining: number;
  /** More than SMS_WARN_ABOVE_SEGMENTS parts. */
  tooLong: boolean;
  /** Characters that forced UCS-2 (unique, in order of first use); empty for GSM-7. */
  nonGsm: string[];
}

/** The cost of each character, in the encoding's units. */
function costs(text: string, encoding: SmsEncoding): number[] {
  return [...text].map((ch) => (encoding === 'GSM-7' ? (EXTENSION.has(ch) ? 2 : 1) : ch.length));
}

/** Parts needed when each part holds `perPart` units and no character is split between parts. */
function packParts(unitCosts: number[], perPart: number): { parts: number; lastFill: number } {
  let parts = 1;
  let fill = 0;
  for (const cost of unitCosts) {
    if (fill + cost > perPart) {
      parts += 1;
      fill = 0;
    }
    fill += cost;
  }
  return { parts, lastFill: fill };
}

export function countSms(text: string): SmsCount {
  const nonGsm = [...new Set([...text].filter((ch) => !BASIC.has(ch) && !EXTENSION.has(ch)))];
  const encoding: SmsEncoding = nonGsm.length === 0 ? 'GSM-7' : 'UCS-2';
  const unitCosts = costs(text, encoding);
  const units = unitCosts.reduce((a, b) => a + b, 0);
  const limits = SMS_LIMITS[encoding];
  let segments: number;
  let perSegment: number;
  let remaining: number;
  if (units <= limits.single) {
    segments = units === 0 ? 0 : 1;
    perSegment = limits.single;
    remaining = limits.single - units;
  } else {
    const packed = packParts(unitCosts, limits.perPart);
    segments = packed.parts;
    perSegment = limits.perPart;
    remaining = limits.perPart - packed.lastFill;
  }
  return {
    encoding,
    units,
    characters: [...text].length,
    segments,
    perSegment,
    remaining,
    tooLong: segments > SMS_WARN_ABOVE_SEGMENTS,
    nonGsm,
  };
}
