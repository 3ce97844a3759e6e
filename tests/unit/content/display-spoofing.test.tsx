/**
 * L9: signed content must look like what it is. Links with user names or backslashes,
 * phones that would dial something else, over-long text and invisible bidi or zero-width
 * characters are refused or removed; what a card shows and dials comes from one value.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { contentSchemas } from '../../../utils/content/content-schema';
import { parsePhone } from '../../../utils/content/phone-number';
import { copyMessage, copyService, serviceDetailsText } from '../../../utils/copy/copy-formats';
import { displayUrl, ServiceCard, telHref } from '../../../components/ServiceCard';
import { fixtureFiles } from '../../fixtures/content-fixture';

const service = () => structuredClone(fixtureFiles()[2]!.data.services![0]!);
const parse = (overrides: Record<string, unknown>) => contentSchemas().serviceSchema.safeParse({ ...service(), ...overrides });

describe('display spoofing', () => {
  it.each([
    'https://www.nhs.uk@evil.example/',
    'https://nhs.uk:secret@evil.example/',
    'https://evil.example\\@nhs.uk/',
    'https://xn--nhs-ex.uk/caf\u00e9',
    'https://n\u0570s.uk/',
  ])('L9: refuses the link %s', (url) => {
    expect(parse({ url }).success).toBe(false);
  });

  it.each(['\u202E7654 321 0080', '0900 111 2222 0800 000 0000', '0300 123 4567, or 0800 000 0000', 'call us', '+44 (0)20 7946 0000)'])(
    'L9: refuses (or, for a bidi override, neutralises) the phone %j',
    (phone) => {
      // A bidi override is removed first, so "\u202E7654…" would show as "7654…": refused as it reads backwards.
      const result = parse({ phone });
      if (phone.startsWith('\u202E')) expect(result.success && result.data.phone).toBe('7654 321 0080');
      else expect(result.success).toBe(false);
    },
  );

  it('L9: dials exactly the digits it shows, "(0)" included', () => {
    for (const phone of [
      '+44 (0)20 7946 0000',
      '0300 123 1044',
      '(020) 8305 5000',
      '111, then choose the mental health option',
      '020 7974 4444, option 9',
    ]) {
      const parsed = parsePhone(phone)!;
      expect(parsed.tel.replace(/^tel:/, '').replace('+', '')).toBe(parsed.display.split(',')[0]!.replace(/[^0-9]/g, ''));
      expect(telHref(phone)).toBe(parsed.tel);
    }
    expect(parsePhone('+44 (0)20 7946 0000')).toEqual({ display: '+44 20 7946 0000', tel: 'tel:+442079460000' });
  });

  it('L9: refuses over-long names and text', () => {
    expect(parse({ name: 'N'.repeat(201) }).success).toBe(false);
    expect(parse({ description: 'x'.repeat(1001) }).success).toBe(false);
    expect(parse({ description: 'x'.repeat(1_000_000) }).success).toBe(false);
  });

  it('L9: strips bidi and zero-width characters from content and from what is copied', () => {
    const parsed = parse({ name: 'Quit\u200b Line\u202e', description: 'Help\u2066 to stop\u2069.' });
    expect(parsed.success && parsed.data.name).toBe('Quit Line');
    expect(parsed.success && parsed.data.description).toBe('Help to stop.');
    // Content that reached the sidebar some other way is cleaned again on the way out.
    const raw = { ...service(), name: 'Quit\u200e Line', url: 'https://quit.example.org/\u202e' };
    expect(serviceDetailsText(raw)).toBe('Quit Line — 0300 000 0000 — https://quit.example.org/');
    expect(copyService(raw, 'link').text).toBe('https://quit.example.org/');
    const message = { ...fixtureFiles()[3]!.data.messages![0]!, say: 'Stop\u202e smoking\u200b.' };
    expect(copyMessage(message).text).toBe('Stop smoking.');
  });

  it('L9: a card shows the parsed host, and its tel: matches the displayed digits', () => {
    const s = { ...service(), url: 'https://www.quit.example.org/help/', phone: '+44 (0)20 7946 0000' };
    const root = document.createElement('div');
    render(<ServiceCard service={s} areas={[]} onCopy={() => {}} />, root);
    const tel = root.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.textContent).toBe('+44 20 7946 0000');
    expect(tel.getAttribute('href')).toBe('tel:+442079460000');
    expect(root.textContent).toContain('quit.example.org/help');
    expect(displayUrl('https://www.nhs.uk/live-well/')).toBe('nhs.uk/live-well');
  });
});
