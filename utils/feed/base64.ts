/**
 * Base64 without Node's Buffer, so the same code runs in the extension and in Node.
 *
 * DSSE: "Either standard or URL-safe base64 encodings are allowed. Signers may use
 * either, and verifiers MUST accept either."
 * https://github.com/secure-systems-lab/dsse/blob/v1.0.0/envelope.md
 *
 * Decoding is strict otherwise (no whitespace, no mixed alphabets, correct padding,
 * zero trailing bits): bytes we verify signatures over must have one spelling only.
 */

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Each character's 6-bit value; '+' and '-' both mean 62, '/' and '_' both mean 63. */
const VALUE = new Map<string, number>([...[...STANDARD].map((c, i) => [c, i] as const), ['-', 62], ['_', 63]]);

export class Base64Error extends Error {
  override name = 'Base64Error';
}

export function encodeBase64(bytes: Uint8Array, options: { urlSafe?: boolean } = {}): string {
  const alphabet = options.urlSafe ? URL_SAFE : STANDARD;
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += alphabet[b0 >> 2]!;
    out += alphabet[((b0 & 0x03) << 4) | ((b1 ?? 0) >> 4)]!;
    out += b1 === undefined ? '=' : alphabet[((b1 & 0x0f) << 2) | ((b2 ?? 0) >> 6)]!;
    out += b2 === undefined ? '=' : alphabet[b2 & 0x3f]!;
  }
  // URL-safe base64 is usually written without padding (RFC 4648 §5).
  return options.urlSafe ? out.replace(/=+$/, '') : out;
}

/** Decodes standard or URL-safe base64, padded or not; throws Base64Error on anything else. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  if (typeof text !== 'string') throw new Base64Error('base64 value is not a string');
  const hasStandard = /[+/]/.test(text);
  const hasUrlSafe = /[-_]/.test(text);
  if (hasStandard && hasUrlSafe) throw new Base64Error('base64 mixes the standard and URL-safe alphabets');

  const body = text.replace(/={1,2}$/, '');
  const padding = text.length - body.length;
  if (padding > 0 && text.length % 4 !== 0) throw new Base64Error('base64 padding is wrong');
  if (body.length % 4 === 1) throw new Base64Error('base64 has an impossible length');

  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let o = 0;
  for (const c of body) {
    const v = VALUE.get(c);
    if (v === undefined) throw new Base64Error(`base64 contains an invalid character ${JSON.stringify(c)}`);
    bits = (bits << 6) | v;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      out[o++] = (bits >> bitCount) & 0xff;
      bits &= (1 << bitCount) - 1;
    }
  }
  // Leftover bits must be zero, or two different strings would decode to the same bytes.
  if (bits !== 0) throw new Base64Error('base64 has non-zero trailing bits');
  return out;
}
