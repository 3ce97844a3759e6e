import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../utils/feed/base64';
import { pae } from '../../../utils/feed/pae';

const utf8 = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

describe('pae', () => {
  it('matches the DSSE test vector', () => {
    expect(str(pae('http://example.com/HelloWorld', utf8('hello world')))).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world');
  });

  it('counts bytes, not characters', () => {
    expect(str(pae('t', utf8('£')))).toBe('DSSEv1 1 t 2 £');
    expect(str(pae('', new Uint8Array()))).toBe('DSSEv1 0  0 ');
  });
});

describe('base64', () => {
  const bytes = new Uint8Array([0xfb, 0xff, 0xfe, 0x00, 0x3e]);

  it('encodes standard (padded) and URL-safe (unpadded)', () => {
    expect(encodeBase64(bytes)).toBe('+//+AD4=');
    expect(encodeBase64(bytes, { urlSafe: true })).toBe('-__-AD4');
    expect(encodeBase64(utf8('hello world'))).toBe(Buffer.from('hello world').toString('base64'));
  });

  it('decodes both standard and URL-safe, padded or not', () => {
    for (const s of ['+//+AD4=', '+//+AD4', '-__-AD4', '-__-AD4=']) expect([...decodeBase64(s)]).toEqual([...bytes]);
    expect(decodeBase64('')).toEqual(new Uint8Array());
  });

  it('round-trips every length', () => {
    for (let n = 0; n < 40; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 0xff);
      expect([...decodeBase64(encodeBase64(b))]).toEqual([...b]);
      expect([...decodeBase64(encodeBase64(b, { urlSafe: true }))]).toEqual([...b]);
      expect(encodeBase64(b)).toBe(Buffer.from(b).toString('base64'));
    }
  });

  it.each([
    ['an invalid character', 'ab*d', /invalid character/],
    ['whitespace', 'aGVs bG8', /invalid character/],
    ['mixed alphabets', '+/-_', /mixes/],
    ['an impossible length', 'abcde', /impossible length/],
    ['bad padding', 'aGk==', /padding/],
    ['non-zero trailing bits', 'aGl=', /trailing bits/],
  ])('rejects %s', (_, input, message) => {
    expect(() => decodeBase64(input)).toThrow(message);
  });
});
