import { describe, expect, it } from 'vitest';
import { readSlipQuery, SLIP_MAX_SERVICES, slipHref } from '../../../utils/copy/slip-link';

const query = (href: string) => href.slice(href.indexOf('?'));

describe('slip link', () => {
  it('round-trips services and the message', () => {
    const href = slipHref({ services: ['quit-line', 'camden-quit'], message: 'smoking-quit' });
    expect(href).toBe('slip.html?services=quit-line%2Ccamden-quit&message=smoking-quit');
    expect(readSlipQuery(query(href))).toEqual({ ok: true, request: { services: ['quit-line', 'camden-quit'], message: 'smoking-quit' } });
  });

  it('drops repeats and keeps the order chosen', () => {
    expect(readSlipQuery('?services=b,a,b')).toEqual({ ok: true, request: { services: ['b', 'a'] } });
  });

  it('refuses an empty slip, too many services, and anything that is not an id', () => {
    expect(readSlipQuery('')).toMatchObject({ ok: false, reason: expect.stringMatching(/No services/) });
    const many = Array.from({ length: SLIP_MAX_SERVICES + 1 }, (_, i) => `s${i}`).join(',');
    expect(readSlipQuery(`?services=${many}`)).toMatchObject({ ok: false, reason: expect.stringMatching(/up to 6/) });
    expect(readSlipQuery('?services=quit-line,<script>')).toMatchObject({ ok: false, reason: expect.stringMatching(/not a service/) });
    expect(readSlipQuery('?services=quit-line&message=Bad Id')).toMatchObject({ ok: false });
  });
});
