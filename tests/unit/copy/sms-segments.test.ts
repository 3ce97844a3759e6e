import { describe, expect, it } from 'vitest';
import { countSms, SMS_LIMITS } from '../../../utils/copy/sms-segments';

const a = (n: number) => 'a'.repeat(n);
const u = (n: number) => 'ą'.repeat(n); // Polish a-ogonek: not in GSM 03.38, one UTF-16 unit

describe('countSms: GSM-7', () => {
  it('an empty text is no message', () => {
    expect(countSms('')).toMatchObject({ encoding: 'GSM-7', units: 0, segments: 0, remaining: 160 });
  });

  it('160 characters is one message, 161 is two parts of 153', () => {
    expect(countSms(a(160))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1, remaining: 0, tooLong: false });
    expect(countSms(a(161))).toMatchObject({ units: 161, segments: 2, perSegment: 153, remaining: 153 * 2 - 161 });
  });

  it('153 × 2 = 306 is two parts, 307 is three and warns (GOV.UK Notify: 306 = 2, 459 = 3)', () => {
    expect(countSms(a(306))).toMatchObject({ segments: 2, remaining: 0, tooLong: false });
    expect(countSms(a(307))).toMatchObject({ segments: 3, tooLong: true });
    expect(countSms(a(459)).segments).toBe(3);
    expect(countSms(a(460)).segments).toBe(4);
  });

  it.each(['€', '[', ']', '{', '}', '~', '^', '|', '\\', '\f'])('extension character %j counts as 2', (ch) => {
    expect(countSms(ch)).toMatchObject({ encoding: 'GSM-7', units: 2, characters: 1 });
    expect(countSms(a(158) + ch)).toMatchObject({ units: 160, segments: 1 });
    expect(countSms(a(159) + ch)).toMatchObject({ units: 161, segments: 2 });
  });

  it('80 euro signs fill one message exactly; 81 need two parts', () => {
    expect(countSms('€'.repeat(80))).toMatchObject({ units: 160, segments: 1 });
    expect(countSms('€'.repeat(81))).toMatchObject({ units: 162, segments: 2 });
  });

  it('never splits an escape pair between parts', () => {
    // 152 + 2 = 154 septets would cross the 153 boundary: the € moves to part two.
    // 306 septets would be exactly 2 × 153, but part one ends with a septet unused.
    const text = a(152) + '€' + a(152);
    expect(countSms(text).units).toBe(306);
    expect(countSms(text)).toMatchObject({ segments: 3 });
    // The same septets with the € first fit in two.
    expect(countSms('€' + a(152) + a(152)).segments).toBe(2);
  });

  it('accented letters in the GSM alphabet stay GSM-7 (é, ñ, ü, £, line breaks); ú does not', () => {
    expect(countSms('Café £5 Ñoño über\nnext line')).toMatchObject({ encoding: 'GSM-7', nonGsm: [] });
    expect(countSms('Ñandú').nonGsm).toEqual(['ú']);
  });

  it('knows the whole 03.38 alphabet: 127 basic characters and 10 extension characters', () => {
    const isGsm7 = (text: string) => countSms(text).encoding === 'GSM-7';
    const basic = [...Array(0x80).keys()].map((c) => String.fromCharCode(c)).filter((c) => /[A-Za-z0-9 ]/.test(c));
    expect(basic.every(isGsm7)).toBe(true);
    for (const ch of '@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&\'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà\n\r') expect(isGsm7(ch)).toBe(true);
    for (const ch of '`ÀÁÂÃÈÊËÌÍÎÏÒÓÔÕÙÚÛÝàáâãêëíîïóôõúûýÿç’“”–—…') {
      if (ch === 'à') continue; // à is in the basic table
      expect(isGsm7(ch), ch).toBe(false);
    }
  });
});

describe('countSms: UCS-2', () => {
  it('70 characters is one message, 71 is two parts of 67', () => {
    expect(countSms(u(70))).toMatchObject({ encoding: 'UCS-2', units: 70, segments: 1, remaining: 0 });
    expect(countSms(u(71))).toMatchObject({ encoding: 'UCS-2', segments: 2, perSegment: 67, remaining: 67 * 2 - 71 });
  });

  it('67 × 2 = 134 is two parts, 135 is three and warns', () => {
    expect(countSms(u(134))).toMatchObject({ segments: 2, tooLong: false });
    expect(countSms(u(135))).toMatchObject({ segments: 3, tooLong: true });
  });

  it('one curly apostrophe switches a GSM text to UCS-2', () => {
    const text = `It${'’'}s ${a(100)}`;
    expect(countSms(text)).toMatchObject({ encoding: 'UCS-2', nonGsm: ['’'], segments: 2 });
    expect(countSms(text.replace('’', "'"))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('an emoji costs two units (a surrogate pair) and forces UCS-2', () => {
    expect(countSms('👍')).toMatchObject({ encoding: 'UCS-2', units: 2, characters: 1, segments: 1 });
    expect(countSms(a(68) + '👍')).toMatchObject({ units: 70, segments: 1 });
    expect(countSms(a(69) + '👍')).toMatchObject({ units: 71, segments: 2 });
  });

  it('never splits a surrogate pair between parts', () => {
    // 66 + 2 crosses 67: the emoji starts part two.
    const text = a(66) + '👍' + a(66);
    expect(countSms(text)).toMatchObject({ units: 134, segments: 3 });
    expect(countSms('👍' + a(66) + a(66)).segments).toBe(2);
  });

  it('extension characters count once in UCS-2', () => {
    expect(countSms('€ą')).toMatchObject({ encoding: 'UCS-2', units: 2 });
  });

  it('Bengali text is UCS-2', () => {
    expect(countSms('স্বাস্থ্য')).toMatchObject({ encoding: 'UCS-2' });
  });

  it('limits are the network figures', () => {
    expect(SMS_LIMITS).toEqual({ 'GSM-7': { single: 160, perPart: 153 }, 'UCS-2': { single: 70, perPart: 67 } });
  });
});
