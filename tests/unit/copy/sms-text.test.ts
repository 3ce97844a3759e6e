import { describe, expect, it } from 'vitest';
import { plainPunctuation, smsText } from '../../../utils/copy/sms-text';
import { countSms } from '../../../utils/copy/sms-segments';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { fixtureFiles } from '../../fixtures/content-fixture';

const content = mergeContentFiles(fixtureFiles().map((f) => f.data));
const quitLine = content.services.find((s) => s.id === 'quit-line')!;

describe('smsText', () => {
  it('is the name, phone and web address, one per line', () => {
    expect(smsText(quitLine)).toBe('Quit Line\nPhone 0300 000 0000\nhttps://quit.example.org/');
  });

  it('leaves out a phone the service does not publish, keeps its own text instruction', () => {
    const s = { ...quitLine, phone: undefined, text: 'Text QUIT to 80000' };
    expect(smsText(s)).toBe('Quit Line\nText QUIT to 80000\nhttps://quit.example.org/');
  });

  it('writes curly quotes and dashes plainly so the text stays GSM-7', () => {
    const s = { ...quitLine, name: 'St Mungo’s “Street” Team – Outreach…' };
    expect(smsText(s).split('\n')[0]).toBe('St Mungo\'s "Street" Team - Outreach...');
    expect(countSms(smsText(s)).encoding).toBe('GSM-7');
    expect(countSms(s.name).encoding).toBe('UCS-2');
  });

  it('keeps letters outside GSM as written (we never transliterate names)', () => {
    expect(plainPunctuation('Zdrowie – Łódź')).toBe('Zdrowie - Łódź');
  });
});
